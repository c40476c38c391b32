// A corpus of learner submissions (tests/submissions/<exercise>/*.ts), each stating its verdict on
// its first line: `// expect: pass` (a valid but different solution; `// expect: pass, open: <case>; <case>`
// when it leaves those going-deeper challenges open) or `// expect: fail <id>` (a typical mistake
// that must fail with that diagnosis, shown on a small failing case). No diagnosis ever fires on a
// submission that passes.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { course, gradeSource } from "./support/grade-file";

const DIR = join(import.meta.dirname, "submissions");
const exercises = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

const size = (v: unknown): number => (Array.isArray(v) ? v.reduce((s: number, x) => s + size(x), 0) : 1);

describe("the submission corpus", () => {
  it("covers every exercise of the course", () => {
    expect(exercises.sort()).toEqual(course.exercises.map((e) => e.id).sort());
  });

  for (const id of exercises) {
    for (const file of readdirSync(join(DIR, id)).filter((f) => f.endsWith(".ts"))) {
      const source = readFileSync(join(DIR, id, file), "utf8");
      const header = /^\/\/ expect: (pass(?:, open: (.+))?|fail ([a-z-]+))\s*$/.exec(source.split("\n")[0]);
      it(`${id}/${file}: ${header?.[1] ?? "(no expect line)"}`, async () => {
        expect(header, "first line must be // expect: pass or // expect: fail <diagnosis>").not.toBeNull();
        if (header![1].startsWith("pass")) {
          const open = header![2]?.split(";").map((s) => s.trim()) ?? [];
          for (const seed of [1, 2, 3]) {
            const r = await gradeSource(id, source, seed);
            expect(r.passed, `seed ${seed}`).toBe(true);
            expect(r.cases.filter((c) => !c.passed && !open.includes(c.name)).map((c) => `${c.name}: ${c.message}`), `seed ${seed}`).toEqual([]);
            expect(r.challenges?.open ?? [], `open challenges, seed ${seed}`).toEqual(open);
            expect(r.diagnoses).toBeUndefined();
          }
          return;
        }
        const r = await gradeSource(id, source, 1);
        expect(r.passed).toBe(false);
        // The diagnosis a learner reads first names the mistake.
        expect(r.diagnoses?.map((d) => d.id) ?? []).toContain(header![3]);
        expect(r.diagnoses![0].id).toBe(header![3]);
        // The first failure shown is small: a hand-written case, or a random one shrunk.
        const first = r.cases.find((c) => !c.passed && c.tier === "required")!;
        expect(size(first.input ?? []), `first failing case "${first.name}" should be small`).toBeLessThanOrEqual(first.kind === "random" ? 12 : 24);
      });
    }
  }
});
