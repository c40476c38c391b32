/** What `latutor watch` has to say, as data (the command draws it), and the answers to its keys. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Exercise } from "../course/course";
import type { GradeResult } from "../grader/result";
import { arriveAt } from "./advance";
import type { HintShown } from "./hints";
import { decideNext, type NextStep } from "./progress";
import type { ProgressReport } from "./progress-report";
import type { Session } from "./session";
import { progressOf, updateState, type ExerciseProgress, type State } from "./state";
import { resetExercise } from "./workspace";

export type GradeReason = "start" | "save" | "rerun" | "silent-save";

export interface ChallengeItem {
  name: string;
  met: boolean;
  message?: string;
  section?: string;
}

export type WatchEvent =
  | { kind: "graded"; exercise: Exercise; result: GradeResult; reason: GradeReason; progress: ExerciseProgress }
  | { kind: "finished-earlier"; exercise: Exercise; progress: ExerciseProgress }
  | { kind: "arrived"; step: Exclude<NextStep, { kind: "done" }>; created: boolean; progress?: ExerciseProgress }
  | { kind: "course-done" }
  | { kind: "nothing-to-watch" }
  | { kind: "hint"; exercise: Exercise; hint?: HintShown }
  | { kind: "list"; report: ProgressReport; exercise?: Exercise }
  | { kind: "challenges"; exercise: Exercise; items: ChallengeItem[]; checked: boolean }
  | { kind: "solution"; exercise: Exercise; text: string }
  | { kind: "confirm-reset"; exercise: Exercise }
  | { kind: "reset"; exercise: Exercise; backup?: string }
  | { kind: "reset-cancelled" }
  | { kind: "needs-pass"; key: "n" | "s"; exercise?: Exercise }
  | { kind: "ignored-save"; file: string; saved?: Exercise; target?: Exercise; why: "finished" | "other" }
  | { kind: "suggest-poll"; exercise: Exercise }
  | { kind: "help"; passed: boolean }
  | { kind: "suspend" }
  | { kind: "error"; message: string };

/** The going-deeper challenges of an exercise: from its last check when there is one, else as recorded. */
export function challengeItems(exercise: Exercise, last: GradeResult | undefined, state: State): Extract<WatchEvent, { kind: "challenges" }> {
  if (last && !last.problem) {
    const items = last.cases.filter((c) => c.tier === "challenge").map((c) => ({ name: c.name, met: c.passed, message: c.passed ? undefined : c.message, section: c.section }));
    return { kind: "challenges", exercise, items, checked: true };
  }
  const p = progressOf(state, exercise.id);
  const items = [...(p.challengesMet ?? []).map((name) => ({ name, met: true })), ...(p.challengesOpen ?? []).map((name) => ({ name, met: false }))];
  return { kind: "challenges", exercise, items, checked: p.attempts > 0 };
}

/** `n`: on to the next step of the course (a lesson is shown by the command; a fresh stub is not graded). */
export function moveOn(session: Session, onWarning: (w: string) => void): WatchEvent {
  const step = decideNext(session.course, session.state);
  if (step.kind === "done") return { kind: "course-done" };
  const { created, state } = arriveAt(session, step, onWarning);
  return { kind: "arrived", step, created, progress: step.exercise ? progressOf(state, step.exercise.id) : undefined };
}

/** `s`, after a pass: the reference solution's text. */
export function solutionOf(session: Session, exercise: Exercise): WatchEvent {
  return { kind: "solution", exercise, text: readFileSync(join(session.course.root, exercise.solution), "utf8") };
}

/** `x` then `y`: the stub back (the learner's file kept in .latutor/backups), the exercise pending again. */
export function resetTo(session: Session, exercise: Exercise): WatchEvent {
  const { backup } = resetExercise(session.workspace, session.course, exercise);
  updateState(session.workspace.root, (st) => {
    st.exercises[exercise.id] = { ...progressOf(st, exercise.id), status: "pending" };
  });
  return { kind: "reset", exercise, backup };
}
