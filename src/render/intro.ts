/** What the learner sees when they arrive at an exercise: what it is, which file to edit, what to run. */
import type { Exercise } from "../course/course";
import type { Style } from "./style";

export interface IntroOptions {
  style: Style;
  /** The file's name as the learner should type it (relative to where they are). */
  file: string;
  /** The file's name, clickable where the terminal supports it. */
  fileShown?: string;
  /** The stub was written just now. */
  created: boolean;
  /** A skipped exercise, offered again. */
  revisit?: boolean;
  /** A call to try on your own input (from the stub's examples). */
  example?: string;
}

export function renderExerciseIntro(exercise: Exercise, o: IntroOptions): string {
  const s = o.style;
  return [
    `${s.bold.magenta("Exercise")} ${s.bold(exercise.id)}: ${exercise.title}${o.revisit ? s.dim(" (you skipped it earlier: here it is again)") : ""}`,
    `  ${exercise.summary}`,
    `  ${o.created ? "Created" : "Edit"} ${s.bold(o.fileShown ?? o.file)}${o.created ? ": fill in the TODOs." : ""}`,
    `  Then run ${s.cyan(`latutor check ${exercise.id}`)} (or keep ${s.cyan("latutor watch")} open)  ·  stuck? ${s.cyan(`latutor hint ${exercise.id}`)}`,
    ...(o.example ? [`  Try it on your own input: ${s.cyan(`latutor try ${exercise.id} ${shellQuote(o.example)}`)}`] : []),
  ].join("\n");
}

/** Single quotes for a POSIX shell (an example holds brackets, commas and spaces). */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}
