import { findExercise } from "../../course/course";
import { ExitError } from "../../util/errors";
import { arriveAt } from "../../workspace/advance";
import { currentExercise, decideNext, skipExercise } from "../../workspace/progress";
import { openSession } from "../../workspace/session";
import { progressOf, updateState } from "../../workspace/state";
import type { Handler } from "../commands";
import { showStep } from "./next";

export const run: Handler = async ([id], _options, ctx) => {
  const session = openSession(ctx.cwd);
  const { course, state } = session;
  const s = ctx.style;
  if (session.warning) ctx.err(`${s.yellow("warning:")} ${session.warning}`);
  const exercise = id ? findExercise(course, id) : currentExercise(course, state);
  if (!exercise) throw new ExitError(id ? `no exercise "${id}": run latutor list to see the exercise ids` : "no current exercise to skip: every exercise has passed");
  if (progressOf(state, exercise.id).status === "passed") {
    ctx.out(`${exercise.id} has passed already: nothing to skip. ${s.cyan("latutor next")} moves on.`);
    return 0;
  }
  // Where the learner goes once this one is set aside.
  const after = structuredClone(state);
  skipExercise(after, exercise);
  const step = decideNext(course, after);
  const warn = (w: string) => ctx.err(`${s.yellow("warning:")} ${w}`);
  if (step.kind === "done" || (step.kind === "exercise" && step.exercise.id === exercise.id)) {
    updateState(session.workspace.root, (st) => void skipExercise(st, exercise), warn);
    ctx.out(`${s.yellow("⤼")} ${exercise.id} is marked skipped, but nothing else is left: it is the last unfinished exercise (${s.cyan(`latutor check ${exercise.id}`)} when you are ready).`);
    return 0;
  }
  const { created } = arriveAt(session, step, warn, (st) => void skipExercise(st, exercise));
  ctx.out(`${s.yellow("⤼")} skipped ${exercise.id}: it comes back once everything else is done (${s.cyan("latutor list")} marks it ⤼).\n`);
  await showStep(ctx, session, step, created);
  return 0;
};
