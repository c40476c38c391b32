/**
 * For course authors: proves the course is consistent. Every reference solution passes its
 * hidden spec on several seeds, every untouched stub fails it, and every worked example in the
 * lessons agrees with the reference code.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { readLesson, type Course, type Exercise } from "../course/course";
import { checkExamples } from "../course/examples";
import { importCourseModule } from "../course/modules";
import { sections } from "../render/markdown";
import { compileLearnerFile } from "./compile";
import { grade, loadSpec } from "./grade";
import { RunnerPool, sharedRunners } from "./runner-process";
import { typecheck } from "./typecheck";
import type { GradeResult } from "./result";

export interface ExerciseVerdict {
  exercise: string;
  ok: boolean;
  problems: string[];
  referenceRuns: GradeResult[];
  stubRun?: GradeResult;
}

export interface LessonVerdict {
  topic: string;
  examples: number;
  problems: string[];
}

export interface VerifyReport {
  ok: boolean;
  seeds: number[];
  exercises: ExerciseVerdict[];
  lessons: LessonVerdict[];
  /** Type errors in course files that belong to no exercise (e.g. the helper module). */
  typeProblems: string[];
}

/**
 * Verifies one exercise. Its gradings reuse runner processes (from `runners`, else this thread's
 * shared pool): a course's references and stubs are one author's code, and each file still gets a
 * realm of its own in the runner.
 */
export async function verifyExercise(course: Course, exercise: Exercise, seeds: number[], runners: RunnerPool = sharedRunners()): Promise<ExerciseVerdict> {
  const problems: string[] = [];
  const referenceRuns: GradeResult[] = [];
  // The reference is compiled once for all its seeds (the files do not change during a verify).
  const solution = { entry: join(course.root, exercise.solution), allowedRoot: join(course.root, "solutions"), displayRoot: course.root };
  const compiled = await compileLearnerFile(solution);
  for (const [i, seed] of seeds.entries()) {
    // Speed advice is for learners; plots are drawn once, to prove they draw.
    const r = await grade({ course, exercise, file: solution.entry, allowedRoot: solution.allowedRoot, displayRoot: course.root, seed, complexity: false, plots: i === 0, runners, compiled });
    referenceRuns.push(r);
    if (!r.passed) {
      const bad = r.problem?.message ?? r.cases.filter((c) => !c.passed).map((c) => `"${c.name}": ${c.message}`).join("; ");
      problems.push(`the reference fails its spec with seed ${seed}: ${bad}`);
    }
  }
  const stubRun = await grade({ course, exercise, file: join(course.root, exercise.stub), allowedRoot: join(course.root, "exercises"), displayRoot: course.root, seed: seeds[0], complexity: false, plots: false, runners });
  if (stubRun.problem) problems.push(`the stub does not compile or load: ${stubRun.problem.message}`);
  else if (stubRun.passed) problems.push("the untouched stub passes its spec: the spec cannot tell a missing answer from a right one");
  const missing = exercise.exports.filter((name) => !stubRun.cases.some((c) => c.call === name));
  if (missing.length) problems.push(`the spec has no case for ${missing.join(", ")}`);
  // Every lesson section the exercise or its diagnoses point learners at must exist.
  const { spec } = await loadSpec(course, exercise);
  const topic = course.topics.find((t) => t.id === exercise.topicId)!;
  const anchors = new Set(sections(readLesson(course, topic)).map((s) => s.id));
  const pointers = [exercise.section, ...(spec.diagnoses ?? []).map((d) => d.section)].filter((s): s is string => Boolean(s));
  for (const section of new Set(pointers)) {
    if (!anchors.has(section)) problems.push(`points learners at section "${section}", which ${topic.lesson} does not have (its sections: ${[...anchors].join(", ")})`);
  }
  return { exercise: exercise.id, ok: problems.length === 0, problems, referenceRuns, stubRun };
}

/** All reference exports of the course, for evaluating lesson examples. */
export async function referenceScope(course: Course): Promise<Record<string, unknown>> {
  const scope: Record<string, unknown> = {};
  for (const e of course.exercises) Object.assign(scope, await importCourseModule(course, e.solution));
  return scope;
}

export async function verifyLessons(course: Course): Promise<LessonVerdict[]> {
  const scope = await referenceScope(course);
  return course.topics.map((topic) => {
    const { checked, failures } = checkExamples(readLesson(course, topic), scope);
    return { topic: topic.id, examples: checked, problems: failures.map((f) => `${topic.lesson}:${f.example.line}: ${f.example.expression.split("\n")[0]} → claims ${f.example.claim}, but ${f.why}`) };
  });
}

/**
 * Type errors in the helper module and the exercises' stubs and references, each as one line,
 * by the exercise whose file it is in (the helper module's belong to no exercise).
 */
export async function courseTypeErrors(course: Course, exercises: Exercise[]): Promise<{ byExercise: Map<string, string[]>; other: string[] }> {
  const byExercise = new Map<string, string[]>();
  const other: string[] = [];
  const files = [join(course.root, course.helpers), ...exercises.flatMap((e) => [join(course.root, e.stub), join(course.root, e.solution)])];
  for (const p of await typecheck(files, { displayRoot: course.root })) {
    const line = `type error: ${p.file}:${p.line}:${p.column} TS${p.code}: ${p.message}`;
    const owner = exercises.find((e) => p.file === e.stub || p.file === e.solution);
    if (owner) byExercise.set(owner.id, [...(byExercise.get(owner.id) ?? []), line]);
    else other.push(line);
  }
  return { byExercise, other };
}

export async function verifyCourse(
  course: Course,
  options: { seeds: number[]; only?: string[]; typecheck?: boolean; concurrency?: number; onExercise?: (v: ExerciseVerdict) => void },
): Promise<VerifyReport> {
  const selected = course.exercises.filter((e) => !options.only || options.only.includes(e.id));
  // The type check (a worker thread, seconds of work) runs while the exercises grade; each exercise's
  // line waits for it, so that it includes the exercise's type errors.
  let typeErrors = new Map<string, string[]>();
  const typeProblems: string[] = [];
  const typesChecked = (async () => {
    if (options.typecheck === false) return;
    const found = await courseTypeErrors(course, selected);
    typeErrors = found.byExercise;
    typeProblems.push(...found.other);
  })();
  // Its failure (a broken tsconfig.json) is reported below, after the grading, not as an unhandled rejection.
  typesChecked.catch(() => {});
  const withTypes = async (v: ExerciseVerdict) => {
    await typesChecked;
    const extra = typeErrors.get(v.exercise) ?? [];
    if (extra.length) {
      v.problems.push(...extra);
      v.ok = false;
    }
    options.onExercise?.(v);
    return v;
  };
  // One grading per core at a time, on runners that are reused from one file to the next.
  const runners = new RunnerPool(Math.max(1, options.concurrency ?? availableParallelism()));
  const exercises: ExerciseVerdict[] = new Array(selected.length);
  const reported: Promise<ExerciseVerdict>[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < selected.length; i = next++) {
      const v = await verifyExercise(course, selected[i], options.seeds, runners);
      exercises[i] = v;
      const line = withTypes(v);
      line.catch(() => {});
      reported.push(line);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? availableParallelism(), selected.length)) }, worker));
  } finally {
    runners.close();
  }
  await typesChecked;
  await Promise.all(reported);
  const lessons = options.only ? [] : await verifyLessons(course);
  return {
    ok: exercises.every((v) => v.ok) && lessons.every((l) => l.problems.length === 0) && typeProblems.length === 0,
    seeds: options.seeds,
    exercises,
    lessons,
    typeProblems,
  };
}
