// Workspaces for npm run bench: an untouched stub, a wrong answer, a passing answer, a class.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchEnv } from "./measure.mjs";

export function loadManifest(root) {
  const course = JSON.parse(readFileSync(join(root, "course.json"), "utf8"));
  const exercises = course.topics.flatMap((t) =>
    t.exercises.map((e) => ({
      ...e,
      topic: t.id,
      workspacePath: `exercises/${t.id}/${e.id}.ts`,
      solution: e.solution ?? `solutions/${t.id}/${e.id}.ts`,
      spec: e.spec ?? `tests/specs/${t.id}/${e.id}.spec.ts`,
    })),
  );
  return { course, exercises };
}

/**
 * A realistic wrong answer: for vector-arithmetic, a dot product that adds where it should
 * multiply (it fails the random cases, so the grader also replays and shrinks them); for any other
 * exercise, exports that throw an Error of their own (not the stub's TODO).
 */
export function wrongAnswer(exercise) {
  if (exercise.id === "vector-arithmetic") {
    return `// A wrong answer: dot adds the entries instead of multiplying them.
export type Vector = number[];
function sameLength(a: Vector, b: Vector): void {
  if (a.length !== b.length) throw new Error(\`the vectors have different lengths (\${a.length} and \${b.length})\`);
}
export function add(a: Vector, b: Vector): Vector { sameLength(a, b); return a.map((x, i) => x + b[i]); }
export function subtract(a: Vector, b: Vector): Vector { sameLength(a, b); return a.map((x, i) => x - b[i]); }
export function scale(c: number, v: Vector): Vector { return v.map((x) => c * x); }
export function hadamard(a: Vector, b: Vector): Vector { sameLength(a, b); return a.map((x, i) => x * b[i]); }
export function dot(a: Vector, b: Vector): number {
  sameLength(a, b);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] + b[i];
  return sum;
}
`;
  }
  return exercise.exports.map((name) => `export function ${name}(..._args: unknown[]): never {\n  throw new Error("not sure yet");\n}\n`).join("");
}

/** A fresh workspace made by latutor init, with every reference solution copied in when `solved`. */
export function makeWorkspace(root, bin, dir, { solved = false } = {}) {
  execFileSync(process.execPath, [bin, "init", dir], { env: benchEnv(), stdio: "ignore" });
  if (solved) {
    for (const e of loadManifest(root).exercises) writeFileSync(join(dir, e.workspacePath), readFileSync(join(root, e.solution), "utf8"));
  }
  return dir;
}

/**
 * A synthetic class: `students` workspaces, each at a different point of the course. Student k has
 * solved the first (7 + 3k) mod 35 exercises (the reference solutions), has a wrong answer (an
 * Error of its own) in every seventh of those, and the untouched stubs after them: like a real class
 * graded mid-term, where most checks are passes, some fail and some were never started.
 */
export function makeClass(root, bin, dir, students) {
  const { exercises } = loadManifest(root);
  mkdirSync(dir, { recursive: true });
  const template = join(dir, ".template");
  if (!existsSync(template)) makeWorkspace(root, bin, template);
  for (let k = 0; k < students; k++) {
    const ws = join(dir, `student-${String(k + 1).padStart(2, "0")}`);
    cpSync(template, ws, { recursive: true });
    const solved = (7 + 3 * k) % (exercises.length + 1);
    exercises.slice(0, solved).forEach((e, i) => {
      const text = i % 7 === 6 ? wrongAnswer(e) : readFileSync(join(root, e.solution), "utf8");
      writeFileSync(join(ws, e.workspacePath), text);
    });
  }
  return { dir, checks: students * exercises.length };
}
