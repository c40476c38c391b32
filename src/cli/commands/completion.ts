import { completionModel, completionScript, SHELLS, type Shell } from "../../render/completion";
import { ExitError } from "../../util/errors";
import { courseHere } from "../../workspace/course-here";
import { COMMANDS, type Handler } from "../commands";

export const run: Handler = async ([shell], _options, ctx) => {
  if (!SHELLS.includes(shell as Shell)) throw new ExitError(`no completion for "${shell}": latutor completion bash, zsh or fish`);
  // The scripts call this latutor by its path when no latutor is on the PATH (a clone run with node bin/latutor.js).
  const self = [process.execPath, process.argv[1]];
  process.stdout.write(completionScript(shell as Shell, completionModel(COMMANDS), self));
  void ctx;
  return 0;
};

/** What `latutor __complete <kind>` prints, one word a line: the ids of the course here. Never fails. */
export function completionWords(kind: string, cwd: string): string[] {
  try {
    const { course } = courseHere(cwd);
    if (kind === "exercises") return course.exercises.map((e) => e.id);
    if (kind === "topics") return course.topics.map((t) => t.id);
  } catch {
    /* no course here, a broken workspace: nothing to offer */
  }
  return [];
}
