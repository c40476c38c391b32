/**
 * `latutor pack verify`: everything an instructor must know before handing a pack to a class.
 * The manifest against its schema (errors name the file and field), every file present, every
 * quiz valid, every lesson renders and its executed examples hold, every reference passes its
 * spec on several seeds, every untouched stub fails it, every section a learner is pointed at
 * exists, stubs and references type-check, and every spec finishes within its limits. The pack's
 * own code (specs, references) runs in the grading pool's worker threads, so a spec that hangs or
 * allocates without end becomes one problem, not a hung latutor.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { loadCourse, readLesson, readQuiz, MANIFEST_FILE, type Course } from "../course/course";
import { describeIssue, formatPath, manifestSchema } from "../course/schema";
import { courseRef } from "../grader/jobs";
import { GradingPool, JobFailed } from "../grader/pool";
import { courseTypeErrors, type ExerciseVerdict, type LessonVerdict } from "../grader/verify";
import { renderMarkdown } from "../render/markdown";
import { makeStyle } from "../render/style";
import { CourseError } from "../util/errors";
import { compileCourse } from "./compile";
import { checkCompatible } from "./store";

/** The built-in course's name, which no pack may take. */
export const RESERVED = "latutor-core";

export interface PackExerciseRow {
  exercise: string;
  ok: boolean;
  problems: string[];
  /** Seeds on which the reference passed, of those tried. */
  referencePassed: number;
  /** The untouched stub: "fails" (as it must), "passes" (the spec cannot tell), "error" (it could not be graded). */
  stub: "fails" | "passes" | "error";
  seconds: number;
}

export interface PackVerifyReport {
  ok: boolean;
  pack?: { name: string; version: string; title: string; topics: number; exercises: number };
  seeds: number[];
  /** Problems of the pack as a whole (manifest, compatibility, compilation, quizzes, types). */
  problems: string[];
  exercises: PackExerciseRow[];
  lessons: LessonVerdict[];
}

/** Each schema problem of a pack's manifest on a line of its own (undefined when it is not a schema problem). */
function manifestProblems(dir: string): string[] | undefined {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(join(dir, MANIFEST_FILE), "utf8")));
    if (parsed.success) return undefined;
    return parsed.error.issues.map((issue) => `${MANIFEST_FILE}: ${formatPath(issue.path)}: ${describeIssue(issue)}`);
  } catch {
    return undefined;
  }
}

export const verifySeeds = (count: number) => Array.from({ length: count }, (_, i) => 1000 + i * 7919);

export async function verifyPack(dir: string, options: { seeds: number[]; workers?: number; onExercise?: (row: PackExerciseRow) => void }): Promise<PackVerifyReport> {
  const report: PackVerifyReport = { ok: false, seeds: options.seeds, problems: [], exercises: [], lessons: [] };
  let course: Course;
  try {
    course = loadCourse(dir);
    checkCompatible(course);
  } catch (error) {
    if (!(error instanceof CourseError)) throw error;
    // Every problem of the manifest at once, not one per run.
    report.problems.push(...(manifestProblems(dir) ?? [error.message]));
    return report;
  }
  report.pack = { name: course.id, version: course.version, title: course.title, topics: course.topics.length, exercises: course.exercises.length };
  if (course.id === RESERVED) report.problems.push(`course.json: id: ${RESERVED} is the built-in course's name: a pack needs a name of its own`);
  for (const topic of course.topics) {
    try {
      readQuiz(course, topic);
    } catch (error) {
      report.problems.push((error as Error).message);
    }
    try {
      renderMarkdown(readLesson(course, topic), makeStyle(0), 80);
    } catch (error) {
      report.problems.push(`${topic.lesson} does not render: ${(error as Error).message}`);
    }
  }
  const compiled = mkdtempSync(join(tmpdir(), "latutor-pack-verify-"));
  const pool = new GradingPool({ size: Math.max(1, options.workers ?? availableParallelism()) });
  try {
    try {
      await compileCourse(course, join(compiled, "course"));
    } catch (error) {
      report.problems.push((error as Error).message);
      return report;
    }
    const ready: Course = { ...course, compiledRoot: join(compiled, "course"), trusted: false };
    const types = courseTypeErrors(course, course.exercises);
    const rows = course.exercises.map(async (e): Promise<PackExerciseRow> => {
      const started = performance.now();
      // Each grading may take the exercise's whole budget; beyond that, the spec itself is stuck.
      const timeoutMs = (options.seeds.length + 1) * (e.budgetMs + 10_000);
      let row: PackExerciseRow;
      try {
        const v = await pool.run<ExerciseVerdict>({ kind: "verify", course: courseRef(ready), exercise: e.id, seeds: options.seeds }, timeoutMs);
        row = {
          exercise: e.id,
          ok: v.ok,
          problems: v.problems,
          referencePassed: v.referenceRuns.filter((r) => r.passed).length,
          stub: !v.stubRun || v.stubRun.problem ? "error" : v.stubRun.passed ? "passes" : "fails",
          seconds: 0,
        };
      } catch (error) {
        const why = error instanceof JobFailed ? error.message : String(error);
        row = { exercise: e.id, ok: false, problems: [`its spec or reference ${why}`], referencePassed: 0, stub: "error", seconds: 0 };
      }
      row.seconds = Math.round(performance.now() - started) / 1000;
      options.onExercise?.(row);
      return row;
    });
    report.exercises = await Promise.all(rows);
    try {
      report.lessons = await pool.run<LessonVerdict[]>({ kind: "lessons", course: courseRef(ready) }, 120_000);
    } catch (error) {
      report.problems.push(`the lessons' worked examples could not be checked: ${(error as Error).message}`);
    }
    const { byExercise, other } = await types;
    for (const row of report.exercises) {
      const extra = byExercise.get(row.exercise) ?? [];
      if (extra.length) {
        row.problems.push(...extra);
        row.ok = false;
      }
    }
    report.problems.push(...other);
  } finally {
    await pool.close();
    rmSync(compiled, { recursive: true, force: true });
  }
  report.ok = report.problems.length === 0 && report.exercises.every((r) => r.ok) && report.lessons.every((l) => l.problems.length === 0);
  return report;
}
