import { packageVersion } from "../util/package";
import { ExitError, EXIT_USAGE } from "../util/errors";
import { discardPrestartedRunner } from "../grader/runner-process";
import { buildProgram, isCommanderExit } from "./program";

/** The one top-level catch: user mistakes become one line and exit code 2; bugs show a stack with --debug. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes("--debug");
  const program = buildProgram(packageVersion(), (code) => {
    exitCode = code;
  });
  try {
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
