import type { Exercise } from "../course/course";
import { touch } from "./progress";
import { progressOf, updateState } from "./state";

export interface HintShown {
  /** 1-based number of the hint shown. */
  number: number;
  total: number;
  text: string;
  /** That was the last one. */
  last: boolean;
}

/**
 * The learner's next hint for an exercise (the last one again once all are shown), counted in the
 * progress. Undefined when the exercise has no hints.
 */
export function takeHint(root: string, exercise: Exercise, onWarning?: (w: string) => void): HintShown | undefined {
  const total = exercise.hints.length;
  if (total === 0) return undefined;
  let number = 0;
  updateState(
    root,
    (st) => {
      const p = { ...progressOf(st, exercise.id) };
      number = Math.min(total, p.hintsShown + 1);
      p.hintsShown = Math.max(p.hintsShown, number);
      touch(p, new Date());
      st.exercises[exercise.id] = p;
    },
    onWarning,
  );
  return { number, total, text: exercise.hints[number - 1], last: number === total };
}
