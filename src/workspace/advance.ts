/**
 * Sending the learner to a step of the course: the one thing `next`, `skip`, watch's `n` key and
 * the menu all do. The exercise's stub is written if it is missing (never over the learner's
 * file), and the progress records where they are.
 */
import type { Exercise } from "../course/course";
import { startExercise, type NextStep } from "./progress";
import type { Session } from "./session";
import { updateState, type State } from "./state";
import { scaffoldExercise } from "./workspace";

export interface Arrival {
  step: NextStep;
  /** The stub was written just now (the learner has not seen the file before). */
  created: boolean;
  state: State;
}

/**
 * Makes `step` the learner's current place. A lesson step counts as read (the caller shows it),
 * an exercise step starts its clock. `change` may record something else under the same lock
 * (skip marks the exercise it leaves).
 */
export function arriveAt(session: Session, step: NextStep, onWarning?: (w: string) => void, change?: (state: State) => void): Arrival {
  let created = false;
  const exercise: Exercise | undefined = step.kind === "done" ? undefined : step.exercise;
  if (exercise) created = scaffoldExercise(session.workspace, session.course, exercise);
  const state = updateState(
    session.workspace.root,
    (st) => {
      change?.(st);
      if (step.kind === "done") return;
      st.currentTopic = step.topic.id;
      st.currentExercise = exercise?.id;
      if (step.kind === "lesson" && !st.lessonsRead.includes(step.topic.id)) st.lessonsRead.push(step.topic.id);
      if (exercise) startExercise(st, exercise);
    },
    onWarning,
  );
  return { step, created, state };
}
