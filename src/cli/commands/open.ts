import { relative } from "node:path";
import { findExercise } from "../../course/course";
import { ExitError } from "../../util/errors";
import { editorCommand, openInEditor } from "../../workspace/editor";
import { currentExercise } from "../../workspace/progress";
import { openSession } from "../../workspace/session";
import { exerciseFile, scaffoldExercise } from "../../workspace/workspace";
import type { Handler } from "../commands";

export const run: Handler = async ([id], _options, ctx) => {
  const { workspace, course, state } = openSession(ctx.cwd);
  const exercise = id ? findExercise(course, id) : currentExercise(course, state);
  if (!exercise) throw new ExitError(id ? `no exercise "${id}": run latutor list to see the exercise ids` : "no current exercise: name one, latutor open <id>");
  const file = exerciseFile(workspace, exercise);
  // A missing stub is written first (never over a file of the learner's).
  if (scaffoldExercise(workspace, course, exercise)) ctx.err(`wrote the stub ${exercise.workspacePath}`);
  const shown = relative(ctx.cwd, file) || file;
  const editor = editorCommand();
  if (!editor) throw new ExitError(`no editor set: export VISUAL or EDITOR (e.g. EDITOR=nano, or EDITOR="code --wait"), or open ${shown} yourself`);
  let code: number;
  try {
    code = await openInEditor(editor, file);
  } catch (error) {
    throw new ExitError(`could not start the editor "${editor}" (${(error as Error).message}): check VISUAL or EDITOR, or open ${shown} yourself`);
  }
  if (code === 127) throw new ExitError(`could not start the editor "${editor}" (command not found): check VISUAL or EDITOR, or open ${shown} yourself`);
  if (code !== 0) throw new ExitError(`the editor "${editor}" stopped with exit code ${code}`);
  ctx.out(`${ctx.style.dim(`${shown} closed.`)} ${ctx.style.cyan(`latutor check ${exercise.id}`)} grades it.`);
  return 0;
};
