// A learner's session, end to end, with the real binary in a temporary folder.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { latutor, ROOT, tempDir } from "./helpers";

/** The built-in course's exercise ids, in course order (the manifest is the one source). */
const manifest = JSON.parse(readFileSync(join(ROOT, "course.json"), "utf8")) as { topics: { exercises: { id: string }[] }[] };
const exerciseIds = manifest.topics.flatMap((t) => t.exercises.map((e) => e.id));

const solution = (rel: string) => readFileSync(join(ROOT, "solutions", rel), "utf8");

/** A fresh workspace whose learner has already solved vector-arithmetic and norms. */
async function workspaceWithEarlierExercisesDone(ws: string): Promise<void> {
  await latutor(["init", ws], join(ws, ".."));
  writeFileSync(join(ws, "exercises/01-vectors/vector-arithmetic.ts"), solution("01-vectors/vector-arithmetic.ts"));
  writeFileSync(join(ws, "exercises/01-vectors/norms.ts"), solution("01-vectors/norms.ts"));
}

describe("a learner's first session", () => {
  const home = tempDir();
  const ws = join(home, "latutor-workspace");
  const file = join(ws, "exercises/01-vectors/vector-arithmetic.ts");

  it("next, outside any workspace, makes one and shows the welcome lesson", async () => {
    const r = await latutor(["next"], home);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`created your workspace at ${ws}`);
    expect(r.stdout).toMatch(/Welcome/);
    expect(r.stdout).not.toContain("\u001b[");
    expect(existsSync(join(ws, ".latutor/workspace.json"))).toBe(true);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(join(ws, "exercises/helpers.ts"))).toBe(true);
    expect(existsSync(join(ws, "tsconfig.json"))).toBe(true);
  });

  it("next again shows the vectors lesson and names the first exercise", async () => {
    const r = await latutor(["next"], ws);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Vectors/);
    expect(r.stdout).toContain("exercises/01-vectors/vector-arithmetic.ts");
    expect(r.stdout).toContain("latutor check vector-arithmetic");
  });

  it("check of the untouched stub fails with exit 1 and a readable report", async () => {
    const r = await latutor(["check"], join(ws, "exercises"));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ vector-arithmetic failed: 0 of \d+ cases/);
    expect(r.stdout).toContain("add is not implemented yet");
    expect(r.stdout).toContain("First failing case: add two 3-vectors");
    expect(r.stdout).toContain("latutor hint vector-arithmetic");
  });

  it("hint gives one hint at a time", async () => {
    const first = await latutor(["hint"], ws);
    expect(first.stdout).toContain("Hint 1 of 3");
    expect(first.stdout).not.toContain("Hint 2 of 3");
    const second = await latutor(["hint"], ws);
    expect(second.stdout).toContain("Hint 2 of 3");
  });

  it("check of a correct solution passes with exit 0 and points at next", async () => {
    writeFileSync(file, solution("01-vectors/vector-arithmetic.ts"));
    const r = await latutor(["check", "vector-arithmetic"], ws);
    expect(r.stdout).toMatch(/✓ vector-arithmetic passed/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("latutor next");
  });

  it("next moves on to the next exercise", async () => {
    const r = await latutor(["next"], ws);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("norms");
    expect(r.stdout).toContain("exercises/01-vectors/norms.ts");
  });

  it("list shows the progress", async () => {
    const r = await latutor(["list"], ws);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/vector-arithmetic\s.*✓ passed/);
    expect(r.stdout).toContain(`1/${exerciseIds.length} exercises`);
    const json = JSON.parse((await latutor(["list", "--json"], ws)).stdout);
    expect(json.passed).toBe(1);
  });

  it("solution is shown only after passing, or with --force", async () => {
    expect((await latutor(["solution", "vector-arithmetic"], ws)).stdout).toContain("export function dot");
    const locked = await latutor(["solution", "norms"], ws);
    expect(locked.code).toBe(2); // a usage error, like every refusal to do what was asked
    expect(locked.stderr).toMatch(/you have not passed norms yet/);
    expect(locked.stdout).not.toContain("export function");
    const noTty = await latutor(["solution", "norms", "--force"], ws);
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toMatch(/--yes/);
    expect((await latutor(["solution", "norms", "--force", "--yes"], ws)).stdout).toContain("export function norm2");
  });

  it("reset puts the stub back and keeps a backup of the learner's file", async () => {
    const noTty = await latutor(["reset", "vector-arithmetic"], ws);
    expect(noTty.code).toBe(2);
    expect(readFileSync(file, "utf8")).toContain("export function dot(a: Vector, b: Vector): number {\n  sameLength");
    const r = await latutor(["reset", "vector-arithmetic", "--yes"], ws);
    expect(r.code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("TODO");
    const backups = readdirSync(join(ws, ".latutor/backups")).filter((f) => f.startsWith("vector-arithmetic.ts.reset-"));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(ws, ".latutor/backups", backups[0]), "utf8")).toContain("sameLength");
  });

  it("init never overwrites an existing learner file", async () => {
    writeFileSync(file, "// my own work\n");
    const r = await latutor(["init", "."], ws);
    expect(r.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe("// my own work\n");
  });
});

describe("check --json and --all", () => {
  const ws = join(tempDir(), "ws");
  beforeAll(async () => {
    expect((await latutor(["init", ws], ws.replace(/ws$/, ""))).code).toBe(0);
    writeFileSync(join(ws, "exercises/01-vectors/norms.ts"), solution("01-vectors/norms.ts"));
  });

  it("prints exactly one JSON object with the contract's fields", async () => {
    const r = await latutor(["check", "norms", "--json", "--seed", "42"], ws);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ exercise: "norms", passed: true, score: 1, seed: 42 });
    for (const c of result.cases) expect(Object.keys(c)).toEqual(expect.arrayContaining(["name", "passed", "message"]));
  });

  it("--all --json grades every exercise in one object, exit 1 while some fail", async () => {
    const r = await latutor(["check", "--all", "--json"], ws);
    expect(r.code).toBe(1);
    const all = JSON.parse(r.stdout);
    expect(all.results.map((x: { exercise: string }) => x.exercise)).toEqual(exerciseIds);
    expect(all.results.find((x: { exercise: string }) => x.exercise === "norms").passed).toBe(true);
  });

  it("--junit writes a report CI systems read", async () => {
    const r = await latutor(["check", "--all", "--junit", "report.xml", "--json"], ws);
    expect(r.code).toBe(1);
    const xml = readFileSync(join(ws, "report.xml"), "utf8");
    expect(xml).toMatch(/<testsuite name="norms" tests="\d+" failures="0"/);
    expect(xml).toMatch(/<testsuite name="projection" tests="\d+" failures="[1-9]/);
  });

  it("the same seed gives the same cases", async () => {
    writeFileSync(join(ws, "exercises/01-vectors/norms.ts"), solution("01-vectors/norms.ts").replace("return largest * Math.sqrt(sum);", "return largest * Math.sqrt(sum) * (v.length > 3 ? 1.01 : 1);"));
    const [a, b] = [await latutor(["check", "norms", "--json", "--seed", "5"], ws), await latutor(["check", "norms", "--json", "--seed", "5"], ws)];
    const [ra, rb] = [JSON.parse(a.stdout), JSON.parse(b.stdout)];
    expect(ra.passed).toBe(false);
    expect(ra.cases).toEqual(rb.cases);
  });
});

describe("submissions that must not pass", () => {
  const ws = join(tempDir(), "ws");
  const target = join(ws, "exercises/01-vectors/cosine-similarity.ts");
  beforeAll(() => workspaceWithEarlierExercisesDone(ws));
  const check = async (source: string) => {
    writeFileSync(target, source);
    return latutor(["check", "cosine-similarity"], ws);
  };

  it("a syntax error shows file:line:column and a code frame", async () => {
    const r = await check("export function cosineSimilarity(a: number[], b: number[]): number {\n  return a. ;\n}\n");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("your file does not compile");
    expect(r.stdout).toMatch(/exercises\/01-vectors\/cosine-similarity\.ts:2:\d+/);
    expect(r.stdout).toContain("> 2 |   return a. ;");
  });

  it("an infinite loop is stopped and fails", async () => {
    const started = Date.now();
    const r = await check("export function cosineSimilarity(a: number[], b: number[]): number { for (;;) {} }\n");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/did not finish within \d+ ms: an infinite loop, or an algorithm far slower than this input needs\?/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("a forbidden import is refused with the rule explained", async () => {
    const r = await check('import { readFileSync } from "node:fs";\nexport function cosineSimilarity(a: number[], b: number[]): number { return readFileSync("x").length; }\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('import "node:fs" refused');
    expect(r.stdout).toContain("write each algorithm yourself");
  });

  it("importing the reference solution is refused", async () => {
    const ref = join(ROOT, "solutions/01-vectors/cosine-similarity.ts");
    const r = await check(`export { cosineSimilarity } from ${JSON.stringify(ref)};\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/refused/);
  });

  it("a mutated input is caught", async () => {
    const r = await check(solution("01-vectors/cosine-similarity.ts").replace("const na = norm2(a);", "a.reverse(); a.reverse(); a[0] = a[0] + 0; const na = norm2(a); b.fill(b[0]);"));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/changed its 2nd argument \(b\)/);
  });

  it("process.exit(0) inside the learner's code does not pass", async () => {
    const r = await check("export function cosineSimilarity(a: number[], b: number[]): number { process.exit(0); }\n");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("was refused: process.exit is not allowed in an exercise");
  });

  it("a correct solution that imports the learner's own earlier exercises passes", async () => {
    const r = await check(solution("01-vectors/cosine-similarity.ts"));
    expect(r.stdout).toContain("✓ cosine-similarity passed");
    expect(r.code).toBe(0);
  });
});

describe("mistakes a user can make", () => {
  it("outside a workspace, check says what to do, exit 2", async () => {
    const r = await latutor(["check", "norms"], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/not inside a latutor workspace: run latutor next/);
  });

  it("beside the workspace next made, check says to cd into it", async () => {
    const dir = tempDir();
    await latutor(["init", join(dir, "latutor-workspace")], dir);
    const r = await latutor(["check", "norms"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("latutor: not inside a latutor workspace: your workspace is right here, run cd latutor-workspace first");
  });

  it("an unknown exercise id is a usage error", async () => {
    const ws = join(tempDir(), "ws");
    await latutor(["init", ws], ws.replace(/ws$/, ""));
    const r = await latutor(["check", "nope"], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no exercise "nope"');
    const seed = await latutor(["check", "norms", "--seed", "abc"], ws);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toMatch(/--seed/);
  });

  it("init refuses to turn a course's own folder into a workspace", async () => {
    const r = await latutor(["init", "."], ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds a course/);
  });

  it("an unknown command is a usage error", async () => {
    const r = await latutor(["frobnicate"], tempDir());
    expect(r.code).toBe(2);
  });

  it("a corrupt state file is backed up and reported, and work goes on", async () => {
    const ws = join(tempDir(), "ws");
    await latutor(["init", ws], ws.replace(/ws$/, ""));
    writeFileSync(join(ws, ".latutor/state.json"), "{{{");
    const r = await latutor(["list"], ws);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/unreadable; it was moved aside/);
    expect(readdirSync(join(ws, ".latutor/backups")).some((f) => f.startsWith("state.json.corrupt-"))).toBe(true);
  });

  it("lesson --section shows one section, and names the sections when it is wrong", async () => {
    const dir = tempDir();
    const ok = await latutor(["lesson", "01-vectors", "--section", "overflow"], dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout.split("\n")[0]).toMatch(/■/);
    const bad = await latutor(["lesson", "01", "--section", "nope"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/its sections are .*overflow/);
  });
});

describe("hardened isolation, seen from the command line", () => {
  const ws = join(tempDir(), "ws");
  const target = join(ws, "exercises/01-vectors/cosine-similarity.ts");
  beforeAll(() => workspaceWithEarlierExercisesDone(ws));
  /** A correct solution that also tries something forbidden on the first song case only. */
  const sneaky = (attempt: string) =>
    solution("01-vectors/cosine-similarity.ts").replace(
      "export function cosineSimilarity(a: Vector, b: Vector): number {",
      `export function cosineSimilarity(a: Vector, b: Vector): number {\n  if (a[0] === 0.73 && b[0] === 0.69) { ${attempt} }`,
    );
  const attempts: [string, string][] = [
    ["write a file", `(globalThis as any).process.getBuiltinModule("fs").writeFileSync("/tmp/latutor-pwned", "x");`],
    ["spawn ls", `(globalThis as any).require("child_process").execSync("ls");`],
    ["read a reference solution", `(globalThis as any).process.binding("fs");`],
    ["open a socket", `(globalThis as any).fetch("http://127.0.0.1:9/");`],
  ];
  for (const [what, code] of attempts) {
    it(`trying to ${what} is refused, and the other cases still report`, async () => {
      writeFileSync(target, sneaky(code));
      const r = await latutor(["check", "cosine-similarity", "--json"], ws);
      expect(r.code).toBe(1);
      const result = JSON.parse(r.stdout);
      const bad = result.cases.filter((c: { passed: boolean }) => !c.passed);
      expect(bad.map((c: { name: string }) => c.name)).toEqual(["songs: Blinding Lights vs Levitating"]);
      expect(bad[0].message).toMatch(/was refused: .* is not allowed in an exercise/);
      expect(result.score).toBeGreaterThan(0.8);
    });
  }

  it("--no-plot leaves the plots out, --typecheck adds type errors", async () => {
    writeFileSync(join(ws, "exercises/01-vectors/norms.ts"), solution("01-vectors/norms.ts").replace("const largest = normInf(v);", "const largest: string = normInf(v) as any as number;"));
    const withPlot = await latutor(["check", "norms"], ws);
    expect(withPlot.stdout).toContain("Accuracy of norm2");
    const noPlot = await latutor(["check", "norms", "--no-plot", "--typecheck"], ws);
    expect(noPlot.stdout).not.toContain("Accuracy of norm2");
    expect(noPlot.stdout).toMatch(/exercises\/01-vectors\/norms\.ts:\d+:\d+ TS2322/);
  });

  it("the quiz takes scripted answers without a terminal", async () => {
    const r = await latutor(["quiz", "00"], ws, { LATUTOR_ANSWERS: JSON.stringify(Array(10).fill("0")) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\d of \d right/);
    const noAnswers = await latutor(["quiz", "00"], ws);
    expect(noAnswers.code).toBe(2);
  });
});
