import { findExercise, readCourseText } from "../../course/course";
import { ExitError } from "../../util/errors";
import { openSession } from "../../workspace/session";
import { progressOf } from "../../workspace/state";
import type { Handler } from "../commands";
import { confirm } from "../prompts";

export const run: Handler = async ([id], options, ctx) => {
  const { course, state } = openSession(ctx.cwd);
  const exercise = findExercise(course, id);
  if (!exercise) throw new ExitError(`no exercise "${id}": run latutor list to see the exercise ids`);
  const passed = progressOf(state, exercise.id).status === "passed";
  if (!passed) {
    if (!options.force) {
      throw new ExitError(`you have not passed ${exercise.id} yet: try latutor hint ${exercise.id}. To see the solution anyway: latutor solution ${exercise.id} --force`);
    }
    if (!options.yes && !(await confirm(ctx, `Show the reference solution of ${exercise.id} before you have solved it?`, "--yes"))) {
      ctx.out("Not shown. Good luck!");
      return 0;
    }
  }
  ctx.out(ctx.style.dim(`// Reference solution: ${exercise.solution}`));
  ctx.out(readCourseText(course, exercise.solution));
  return 0;
};
