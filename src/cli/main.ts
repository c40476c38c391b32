import { packageVersion } from "../util/package";
import { ExitError, EXIT_USAGE } from "../util/errors";
import { discardPrestartedRunner } from "../grader/runner-process";
import { buildProgram, isCommanderExit } from "./program";

const GLOBAL_FLAGS = new Set(["--debug", "--no-color"]);

/** A person at a terminal (both ends), not a CI job: where `latutor` alone opens the menu. */
export function atTerminal(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY) && !process.env.CI;
}

/** The one top-level catch: user mistakes become one line and exit code 2; bugs show a stack with --debug. */
export async function main(argv: string[]): Promise<number> {
  // Tab completion asks for the course's ids: answered before anything else loads, and never an error.
  if (argv[0] === "__complete") {
    const { completionWords } = await import("./commands/completion");
    const words = completionWords(argv[1] ?? "", process.cwd());
    if (words.length) process.stdout.write(words.join("\n") + "\n");
    return 0;
  }
  let exitCode = 0;
  const debug = argv.includes("--debug");
  const program = buildProgram(packageVersion(), (code) => {
    exitCode = code;
  });
  try {
    if (argv.every((a) => GLOBAL_FLAGS.has(a))) {
      // latutor alone: the menu at a terminal; elsewhere (a pipe, CI) the help, which is not an error.
      if (!atTerminal()) {
        program.outputHelp();
        return 0;
      }
      argv = [...argv, "menu"];
    }
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    discardPrestartedRunner();
    if (isCommanderExit(error)) {
      // --help and --version exit 0; a usage error was already printed by commander.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof ExitError) {
      process.stderr.write(`latutor: ${error.message}\n`);
      if (debug && error.stack) process.stderr.write(error.stack + "\n");
      return error.exitCode;
    }
    const e = error as Error;
    process.stderr.write(`latutor: internal error: ${e?.message ?? String(error)}\n`);
    process.stderr.write(debug ? `${e?.stack ?? ""}\n` : "run again with --debug for details, and please report it\n");
    return EXIT_USAGE;
  }
}
