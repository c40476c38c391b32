import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadBuiltinCourse } from "../../src/course/builtin";
import { grade } from "../../src/grader/grade";

export const course = loadBuiltinCourse();
export const exercise = (id: string) => {
  const e = course.exercises.find((x) => x.id === id);
  if (!e) throw new Error(`no exercise ${id}`);
  return e;
};

/** A scratch workspace with the given files under exercises/. */
export function scratch(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "latutor-grade-"));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, "exercises", rel, ".."), { recursive: true });
    writeFileSync(join(root, "exercises", rel), text);
  }
  return root;
}

export const reference = (id: string) => readFileSync(join(course.root, exercise(id).solution), "utf8");

/**
 * Grades `source` as the learner's file for exercise `id`, in a scratch workspace where the
 * reference solutions of every other exercise stand in for the learner's own.
 */
export async function gradeSource(id: string, source: string, seed = 7) {
  const e = exercise(id);
  const rel = `${e.topicId}/${e.id}.ts`;
  const siblings = Object.fromEntries(course.exercises.map((x) => [`${x.topicId}/${x.id}.ts`, reference(x.id)]));
  const root = scratch({ ...siblings, [rel]: source, "helpers.ts": readFileSync(join(course.root, "exercises/helpers.ts"), "utf8") });
  return grade({ course, exercise: e, file: join(root, "exercises", rel), allowedRoot: join(root, "exercises"), displayRoot: root, seed });
}
