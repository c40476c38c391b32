import { findExercise } from "../../course/course";
import { ExitError } from "../../util/errors";
import { currentExercise } from "../../workspace/progress";
import { openSession } from "../../workspace/session";
import { progressOf, updateState } from "../../workspace/state";
import type { Handler } from "../commands";

export const run: Handler = async ([id], options, ctx) => {
  const { workspace, course, state } = openSession(ctx.cwd);
  const exercise = id ? findExercise(course, id) : currentExercise(course, state);
  if (!exercise) throw new ExitError(id ? `no exercise "${id}": run latutor list to see the exercise ids` : "no current exercise: name one, latutor hint <id>");
  const s = ctx.style;
  const shown = progressOf(state, exercise.id).hintsShown;
  const total = exercise.hints.length;
  const upTo = options.all ? total : Math.min(total, shown + 1);
  for (let i = 0; i < upTo; i++) {
    ctx.out(`${s.bold.yellow(`Hint ${i + 1} of ${total}`)} ${s.dim(`(${exercise.id})`)}`);
    ctx.out(`  ${exercise.hints[i]}\n`);
  }
  if (upTo < total) ctx.out(s.dim(`Still stuck? latutor hint ${exercise.id} shows the next hint.`));
  else if (exercise.section) ctx.out(s.dim(`That was the last hint. The lesson explains it: latutor lesson ${exercise.topicId} --section ${exercise.section}`));
  updateState(workspace.root, (st) => {
    const p = progressOf(st, exercise.id);
    st.exercises[exercise.id] = { ...p, hintsShown: Math.max(p.hintsShown, upTo) };
  });
  return 0;
};
