/** Pure decisions about a learner's progress: no files, no output. */
import type { Course, Exercise, Topic } from "../course/course";
import type { GradeResult } from "../grader/result";
import { progressOf, type ExerciseProgress, type State } from "./state";

export type NextStep =
  | { kind: "lesson"; topic: Topic; exercise?: Exercise }
  | { kind: "exercise"; topic: Topic; exercise: Exercise; revisit?: boolean }
  | { kind: "done" };

/** Passed or skipped: not offered again on the way through the course. */
const settled = (state: State, e: Exercise) => {
  const status = progressOf(state, e.id).status;
  return status === "passed" || status === "skipped";
};

/**
 * The topics in the order the learner meets them: from the current topic on (where `next --topic`
 * or the menu put them), then the ones before it. Without a current topic, the course order.
 */
export function topicsFrom(course: Course, state: State): Topic[] {
  const at = state.currentTopic ? course.topics.findIndex((t) => t.id === state.currentTopic) : -1;
  return at <= 0 ? course.topics : [...course.topics.slice(at), ...course.topics.slice(0, at)];
}

/**
 * The earliest thing not yet done, from the current topic on: an unread lesson (with the first
 * unfinished exercise of its topic), else an unfinished exercise. Skipped exercises come back
 * once everything else is done, in course order; then the end of the course.
 */
export function decideNext(course: Course, state: State): NextStep {
  for (const topic of topicsFrom(course, state)) {
    const exercise = topic.exercises.find((e) => !settled(state, e));
    if (!state.lessonsRead.includes(topic.id)) return { kind: "lesson", topic, exercise };
    if (exercise) return { kind: "exercise", topic, exercise };
  }
  for (const topic of course.topics) {
    const exercise = topic.exercises.find((e) => progressOf(state, e.id).status === "skipped");
    if (exercise) return { kind: "exercise", topic, exercise, revisit: true };
  }
  return { kind: "done" };
}

/**
 * Where `latutor next --topic <id>` starts: the topic's lesson when it is unread, else its first
 * unfinished exercise (a skipped one counts: the learner asked for this topic), else its first
 * exercise when every one has passed (to practise again), else the lesson again.
 */
export function stepInTopic(topic: Topic, state: State): Exclude<NextStep, { kind: "done" }> {
  const exercise = topic.exercises.find((e) => progressOf(state, e.id).status !== "passed");
  if (!state.lessonsRead.includes(topic.id)) return { kind: "lesson", topic, exercise };
  if (exercise) return { kind: "exercise", topic, exercise, revisit: progressOf(state, exercise.id).status === "skipped" || undefined };
  return { kind: "lesson", topic, exercise: topic.exercises[0] };
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

/**
 * Time on an exercise is added up from the gaps between the learner's events on it (being sent to
 * it, checks, hints); a gap longer than this counts as this long (the learner was away).
 */
export const ACTIVE_GAP_CAP_MS = 20 * 60_000;

/** Adds the time since the exercise's last event (capped) and makes `now` its last event. */
export function touch(p: ExerciseProgress, now: Date): void {
  const at = now.toISOString();
  const last = p.lastActiveAt ? Date.parse(p.lastActiveAt) : NaN;
  const gap = now.getTime() - last;
  if (Number.isFinite(gap) && gap > 0) p.activeMs = (p.activeMs ?? 0) + Math.min(gap, ACTIVE_GAP_CAP_MS);
  p.startedAt ??= at;
  p.lastActiveAt = at;
}

/** The learner was sent to an exercise (next, skip, the menu): its clock starts (again) now. */
export function startExercise(state: State, exercise: Exercise, now = new Date()): void {
  const p = { ...progressOf(state, exercise.id) };
  p.startedAt ??= now.toISOString();
  p.lastActiveAt = now.toISOString();
  state.exercises[exercise.id] = p;
}

/** Moves on without passing: a skipped exercise comes back at the end (see decideNext). Passed ones stay passed. */
export function skipExercise(state: State, exercise: Exercise): boolean {
  const p = progressOf(state, exercise.id);
  if (p.status === "passed") return false;
  state.exercises[exercise.id] = { ...p, status: "skipped" };
  return true;
}

/** Records a grading result in the state (mutates `state`). */
export function recordResult(state: State, result: GradeResult, now = new Date()): void {
  // An exercise not begun (its file still the stub, e.g. under check --all) has not been attempted.
  if (result.untouched && progressOf(state, result.exercise).status === "pending") return;
  const p = { ...progressOf(state, result.exercise) };
  const at = now.toISOString();
  touch(p, now);
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
  } else if (p.status !== "passed" && p.status !== "skipped") {
    // A skipped exercise stays skipped (offered again at the end) until it passes.
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
  skipped: number;
  total: number;
  lessonsRead: number;
  topics: number;
}

export function summarize(course: Course, state: State): ProgressSummary {
  return {
    passed: course.exercises.filter((e) => progressOf(state, e.id).status === "passed").length,
    skipped: course.exercises.filter((e) => progressOf(state, e.id).status === "skipped").length,
    total: course.exercises.length,
    lessonsRead: course.topics.filter((t) => state.lessonsRead.includes(t.id)).length,
    topics: course.topics.length,
  };
}
