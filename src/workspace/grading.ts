/** Grading an exercise of a workspace and recording the result: shared by check and watch. */
import type { Course, Exercise } from "../course/course";
import { cacheFileFor, grade } from "../grader/grade";
import type { GradeResult } from "../grader/result";
import { typecheck, workspaceTsconfig } from "../grader/typecheck";
import { recordResult } from "./progress";
import type { Session } from "./session";
import { updateState, type State } from "./state";
import { exerciseFile, exercisesDir } from "./workspace";

export interface GradeOptions {
  seed: number;
  plots?: boolean;
  typecheck?: boolean;
}

/**
 * Grades one exercise, never throwing: if latutor itself fails on it (a broken spec, a bug), the
 * result says so as an "internal" problem, so that `check --all` and `watch` still report every
 * other exercise.
 */
export async function gradeInWorkspace(session: Session, exercise: Exercise, options: GradeOptions): Promise<GradeResult> {
  const started = performance.now();
  try {
    return await gradeOrThrow(session, exercise, options);
  } catch (error) {
    const message = `latutor could not grade ${exercise.id}: ${String((error as Error)?.message ?? error).split("\n")[0]}`;
    return {
      exercise: exercise.id,
      passed: false,
      score: 0,
      seed: options.seed,
      file: exercise.workspacePath,
      cases: [],
      problem: { kind: "internal", message },
      durationMs: performance.now() - started,
    };
  }
}

async function gradeOrThrow(session: Session, exercise: Exercise, options: GradeOptions): Promise<GradeResult> {
  const { workspace, course } = session;
  const request = {
    exercise,
    file: exerciseFile(workspace, exercise),
    allowedRoot: exercisesDir(workspace),
    displayRoot: workspace.root,
    seed: options.seed,
    cacheFile: cacheFileFor(workspace.root, exercise.id),
    plots: options.plots,
  };
  // A pack's spec is code latutor did not write: it runs in a worker thread that can be stopped
  // when it hangs or allocates without end. The built-in course's runs here, at no extra cost.
  const result = course.trusted ? await grade({ ...request, course }) : await gradeInWorker(course, request);
  if (options.typecheck) {
    result.typeErrors = await typecheck([exerciseFile(workspace, exercise)], { tsconfig: workspaceTsconfig(workspace.root), displayRoot: workspace.root });
  }
  return result;
}

async function gradeInWorker(course: Course, r: Omit<Parameters<typeof grade>[0], "course">): Promise<GradeResult> {
  const { GradingPool, JobFailed } = await import("../grader/pool");
  const { courseRef } = await import("../grader/jobs");
  const { discardPrestartedRunner } = await import("../grader/runner-process");
  discardPrestartedRunner(); // the worker thread starts its own
  const pool = new GradingPool({ size: 1 });
  try {
    return await pool.run<GradeResult>(
      { kind: "grade", course: courseRef(course), exercise: r.exercise.id, file: r.file, allowedRoot: r.allowedRoot, displayRoot: r.displayRoot, seed: r.seed, cacheFile: r.cacheFile, plots: r.plots },
      r.exercise.budgetMs + 15_000,
    );
  } catch (error) {
    // Learner code is bounded by the exercise's budget inside the worker: what overruns it is the pack's own code.
    if (error instanceof JobFailed && error.reason !== "error") throw new Error(`the pack's spec or reference ${error.message}`);
    throw error;
  } finally {
    await pool.close();
  }
}

/** Records results in the workspace's progress (under its lock); returns the state written. */
export function recordResults(session: Session, results: GradeResult[], onWarning?: (w: string) => void): State {
  return updateState(
    session.workspace.root,
    (st) => {
      // latutor's own failure is not an attempt of the learner's.
      for (const r of results) if (r.problem?.kind !== "internal") recordResult(st, r);
    },
    onWarning,
  );
}
