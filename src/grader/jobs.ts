/**
 * The work a grading pool's worker does (pool.ts): grade one file, or verify one exercise or a
 * course's lessons. Jobs name their course by folder, so they cross a thread boundary as plain data.
 */
import { loadCourse, findExercise, type Course } from "../course/course";
import { grade } from "./grade";
import { RunnerPool } from "./runner-process";
import type { GradeResult } from "./result";
import { verifyExercise, verifyLessons, type ExerciseVerdict, type LessonVerdict } from "./verify";

export interface CourseRef {
  root: string;
  compiledRoot?: string;
  trusted: boolean;
}

export type Job =
  | {
      kind: "grade";
      course: CourseRef;
      exercise: string;
      file: string;
      allowedRoot: string;
      displayRoot: string;
      seed: number;
      cacheFile?: string;
      plots?: boolean;
      complexity?: boolean;
      /**
       * Gradings with the same key (one student's files) may share runner processes: each file
       * still gets a realm of its own, but the process is shared, so only one author's code may
       * share one. A new key ends the previous key's runners.
       */
      reuseKey?: string;
    }
  | { kind: "verify"; course: CourseRef; exercise: string; seeds: number[] }
  | { kind: "lessons"; course: CourseRef };

export type JobResult = GradeResult | ExerciseVerdict | LessonVerdict[];

export const courseRef = (course: Course): CourseRef => ({ root: course.root, compiledRoot: course.compiledRoot, trusted: course.trusted });

const courses = new Map<string, Course>();
function courseOf(ref: CourseRef): Course {
  const key = `${ref.root}\n${ref.compiledRoot ?? ""}`;
  let course = courses.get(key);
  if (!course) {
    course = { ...loadCourse(ref.root), compiledRoot: ref.compiledRoot, trusted: ref.trusted };
    courses.set(key, course);
  }
  return course;
}

function exerciseOf(course: Course, id: string) {
  const exercise = findExercise(course, id);
  if (!exercise) throw new Error(`no exercise "${id}" in ${course.id}`);
  return exercise;
}

/** This thread's runners for the current reuse key (see Job). */
let runners: { key: string; pool: RunnerPool } | undefined;
function runnersFor(key: string | undefined): RunnerPool | undefined {
  if (runners && runners.key !== key) {
    runners.pool.close();
    runners = undefined;
  }
  if (key === undefined) return undefined;
  runners ??= { key, pool: new RunnerPool(1) };
  return runners.pool;
}

export async function runJob(job: Job): Promise<JobResult> {
  const course = courseOf(job.course);
  switch (job.kind) {
    case "grade":
      return grade({
        runners: runnersFor(job.reuseKey),
        course,
        exercise: exerciseOf(course, job.exercise),
        file: job.file,
        allowedRoot: job.allowedRoot,
        displayRoot: job.displayRoot,
        seed: job.seed,
        cacheFile: job.cacheFile,
        plots: job.plots,
        complexity: job.complexity,
      });
    case "verify":
      return verifyExercise(course, exerciseOf(course, job.exercise), job.seeds);
    case "lessons":
      return verifyLessons(course);
  }
}
