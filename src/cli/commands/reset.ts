import { relative } from "node:path";
import { findExercise } from "../../course/course";
import { ExitError } from "../../util/errors";
import { openSession } from "../../workspace/session";
import { progressOf, updateState } from "../../workspace/state";
import { exerciseFile, importersOf, resetExercise } from "../../workspace/workspace";
import type { Handler } from "../commands";
import { confirm } from "../prompts";

export const run: Handler = async ([id], options, ctx) => {
  const { workspace, course } = openSession(ctx.cwd);
  const exercise = findExercise(course, id);
  if (!exercise) throw new ExitError(`no exercise "${id}": run latutor list to see the exercise ids`);
  const file = relative(ctx.cwd, exerciseFile(workspace, exercise));
  if (!options.yes && !(await confirm(ctx, `Replace ${file} with the original stub?`, "--yes"))) {
    ctx.out("Nothing changed.");
    return 0;
  }
  const { backup } = resetExercise(workspace, course, exercise);
  updateState(workspace.root, (st) => {
    const p = progressOf(st, exercise.id);
    st.exercises[exercise.id] = { ...p, status: "pending" };
  });
  ctx.out(`${ctx.style.green("✓")} ${file} is the original stub again${backup ? `; your version is kept at ${relative(ctx.cwd, backup)}` : ""}`);
  const importers = importersOf(workspace, course, exercise);
  if (importers.length) {
    ctx.err(
      `${ctx.style.yellow("note:")} ${importers.map((e) => e.id).join(", ")} import${importers.length === 1 ? "s" : ""} ${exercise.id}: ${importers.length === 1 ? "it fails" : "they fail"} with "not implemented yet" until you solve ${exercise.id} again`,
    );
  }
  return 0;
};
