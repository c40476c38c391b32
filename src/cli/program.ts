import { Command, CommanderError, Option } from "commander";
import { ExitError, EXIT_USAGE } from "../util/errors";
import { COMMANDS } from "./commands";
import { makeContext } from "./context";

export function buildProgram(version: string, onExit: (code: number) => void): Command {
  const program = new Command("latutor")
    .description("latutor: learn the linear algebra behind machine learning by implementing it")
    .version(version, "-v, --version")
    .option("--debug", "show stack traces for errors")
    .option("--no-color", "no colours, even in a terminal")
    .showSuggestionAfterError(true)
    .exitOverride();

  for (const spec of COMMANDS) {
    const cmd = program.command(spec.args ? `${spec.name} ${spec.args}` : spec.name).description(spec.summary).exitOverride();
    for (const o of spec.options) {
      const option = new Option(o.flags, o.description);
      if (o.parse) {
        const parse = o.parse;
        option.argParser((value: string) => {
          try {
            return parse(value);
          } catch (error) {
            throw new ExitError(`${o.flags.split(/[ ,]/)[0]}: ${(error as Error).message}`);
          }
        });
      }
      cmd.addOption(option);
    }
    cmd.action(async (...received: unknown[]) => {
      const command = received[received.length - 1] as Command;
      const options = command.opts();
      const globals = program.opts();
      const args = command.processedArgs.flatMap((a: unknown) => (Array.isArray(a) ? a : a === undefined ? [] : [a])) as string[];
      const ctx = makeContext({ color: globals.color, debug: globals.debug, json: Boolean(options.json) });
      const { run } = await spec.load();
      const code = await run(args, options, ctx);
      onExit(code ?? 0);
    });
  }
  return program;
}

export function isCommanderExit(error: unknown): error is CommanderError {
  return error instanceof CommanderError;
}

export { EXIT_USAGE };
