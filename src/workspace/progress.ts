/** Pure decisions about a learner's progress: no files, no output. */
import type { Course, Exercise, Topic } from "../course/course";
import type { GradeResult } from "../grader/result";
import { progressOf, type State } from "./state";

export type NextStep =
  | { kind: "lesson"; topic: Topic; exercise?: Exercise }
  | { kind: "exercise"; topic: Topic; exercise: Exercise }
  | { kind: "done" };

/**
 * The earliest thing not yet done, in course order: an unread lesson (with the first unfinished
 * exercise of its topic), else an unfinished exercise, else the end of the course.
 */
export function decideNext(course: Course, state: State): NextStep {
  for (const topic of course.topics) {
    const exercise = topic.exercises.find((e) => progressOf(state, e.id).status !== "passed");
    if (!state.lessonsRead.includes(topic.id)) return { kind: "lesson", topic, exercise };
    if (exercise) return { kind: "exercise", topic, exercise };
  }
  return { kind: "done" };
}

/**
 * The exercise `latutor check` grades when no id is given: the one the learner is on, which stays
 * the target after it passes until `latutor next` moves on (a check never silently grades another).
 */
export function currentExercise(course: Course, state: State): Exercise | undefined {
  if (state.currentExercise) {
    const e = course.exercises.find((x) => x.id === state.currentExercise);
    if (e) return e;
  }
  const step = decideNext(course, state);
  if (step.kind !== "done" && step.exercise) return step.exercise;
  // No exercise in the current topic (a lesson-only topic such as the welcome): the first unfinished one.
  return course.exercises.find((e) => progressOf(state, e.id).status !== "passed");
}

/** Records a grading result in the state (mutates `state`). */
export function recordResult(state: State, result: GradeResult, now = new Date()): void {
  // An exercise not begun (its file still the stub, e.g. under check --all) has not been attempted.
  if (result.untouched && progressOf(state, result.exercise).status === "pending") return;
  const p = { ...progressOf(state, result.exercise) };
  const at = now.toISOString();
  p.attempts += 1;
  p.lastScore = result.score;
  p.lastSeed = result.seed;
  p.bestScore = Math.max(p.bestScore, result.score);
  p.lastCheckedAt = at;
  if (result.challenges && !result.problem) {
    p.challengesMet = [...new Set([...(p.challengesMet ?? []), ...result.challenges.passed])];
    p.challengesOpen = result.challenges.open.filter((name) => !p.challengesMet!.includes(name));
  }
  if (result.passed) {
    p.status = "passed";
    p.firstPassedAt ??= at;
  } else if (p.status !== "passed") {
    p.status = "attempted";
  }
  state.exercises[result.exercise] = p;
}

/** What a learner built and how it went: the end-of-course record. */
export interface CourseRecord {
  built: { id: string; title: string; topic: Topic; exports: string[]; attempts: number }[];
  attempts: number;
  hintsShown: number;
  challengesMet: number;
  challengesOpen: number;
  /** From the workspace's creation to the last first pass. */
  days: number;
  hours: number;
}

export function courseRecord(course: Course, state: State): CourseRecord {
  const built = course.topics.flatMap((topic) =>
    topic.exercises.map((e) => ({ id: e.id, title: e.title, topic, exports: e.exports, attempts: progressOf(state, e.id).attempts })),
  );
  const passes = course.exercises.map((e) => progressOf(state, e.id).firstPassedAt).filter((x): x is string => Boolean(x));
  const last = passes.length ? Math.max(...passes.map((t) => Date.parse(t))) : Date.parse(state.createdAt);
  const ms = Math.max(0, last - Date.parse(state.createdAt));
  const all = course.exercises.map((e) => progressOf(state, e.id));
  return {
    built,
    attempts: all.reduce((s, p) => s + p.attempts, 0),
    hintsShown: all.reduce((s, p) => s + p.hintsShown, 0),
    challengesMet: all.reduce((s, p) => s + (p.challengesMet?.length ?? 0), 0),
    challengesOpen: all.reduce((s, p) => s + (p.challengesOpen?.length ?? 0), 0),
    days: Math.floor(ms / 86_400_000),
    hours: Math.round((ms % 86_400_000) / 3_600_000),
  };
}

export interface ProgressSummary {
  passed: number;
  total: number;
  lessonsRead: number;
  topics: number;
}

export function summarize(course: Course, state: State): ProgressSummary {
  return {
    passed: course.exercises.filter((e) => progressOf(state, e.id).status === "passed").length,
    total: course.exercises.length,
    lessonsRead: course.topics.filter((t) => state.lessonsRead.includes(t.id)).length,
    topics: course.topics.length,
  };
}
