// The baseline for "what a grader built on a conventional test runner costs": the same hidden
// spec's cases, run by vitest against the same learner file. The test file imports the learner's
// file, the reference solution and the spec, draws the random cases with the same seeds as latutor
// (fast-check), and runs every case with the spec's own check against the reference's answer. It
// does less than latutor: no separate process or time limit around the learner's code, no
// shrinking, no diagnoses or report. So the comparison favours vitest.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Writes the test file and its config into `dir`; returns the command that runs it. */
export function vitestBaseline({ root, dir, learnerFile, exercise, seed = 1 }) {
  mkdirSync(dir, { recursive: true });
  const abs = (p) => JSON.stringify(p);
  writeFileSync(
    join(dir, "vitest.config.mjs"),
    // No imports: the config lives outside the repository, where vitest itself cannot be resolved.
    `export default {
  resolve: { alias: { "latutor/kit": ${abs(join(root, "src/grader/kit.ts"))} } },
  test: { globals: true, include: ["grader.test.mjs"], watch: false },
};
`,
  );
  writeFileSync(
    join(dir, "grader.test.mjs"),
    `// ${exercise.id}: the hidden spec's cases as vitest tests (see scripts/bench/vitest-baseline.mjs).
import * as learner from ${abs(learnerFile)};
import * as reference from ${abs(join(root, exercise.solution))};
import spec from ${abs(join(root, exercise.spec))};
import { fc } from "latutor/kit";

const SEED = ${seed};
// latutor's own per-case seeds (src/grader/grade.ts), so both draw the same inputs.
const caseSeed = (seed, index) => (seed + Math.imul(index + 1, 0x9e3779b1)) | 0;

for (const [index, c] of spec.cases.entries()) {
  test(c.name, () => {
    const inputs = c.kind === "random" ? fc.sample(c.args, { seed: caseSeed(SEED, index), numRuns: c.runs ?? 25 }) : [c.args];
    for (const args of inputs) {
      const fn = learner[c.call];
      expect(typeof fn).toBe("function");
      if (c.kind === "throws") {
        expect(() => fn(...structuredClone(args))).toThrow();
        continue;
      }
      const got = fn(...structuredClone(args));
      const expected = reference[c.call](...structuredClone(args));
      const check = c.check ?? spec.checks[c.call];
      check(got, { args, expected, call: c.call, note: () => {} });
    }
  });
}
`,
  );
  return { command: process.execPath, args: [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "--config", join(dir, "vitest.config.mjs"), "--root", dir], cwd: dir };
}
