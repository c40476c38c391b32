import { Command, CommanderError, Option } from "commander";
import { ExitError, EXIT_USAGE } from "../util/errors";
import { COMMANDS, type CommandSpec } from "./commands";
import { drainNotices } from "../util/notices";
import { makeContext } from "./context";

export function buildProgram(version: string, onExit: (code: number) => void): Command {
  const program = new Command("latutor")
    .description("latutor: learn the linear algebra behind machine learning by implementing it")
    .version(version, "-v, --version")
    .option("--debug", "show stack traces for errors")
    .option("--no-color", "no colours, even in a terminal")
    .showSuggestionAfterError(true)
    .exitOverride();

  const add = (parent: Command, spec: CommandSpec) => {
    const cmd = parent.command(spec.args ? `${spec.name} ${spec.args}` : spec.name).description(spec.summary).exitOverride();
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
    for (const sub of spec.subcommands ?? []) add(cmd, sub);
    const load = spec.load;
    if (!load) return;
    cmd.action(async (...received: unknown[]) => {
      const command = received[received.length - 1] as Command;
      const options = command.opts();
      const globals = program.opts();
      const args = command.processedArgs.flatMap((a: unknown) => (Array.isArray(a) ? a : a === undefined ? [] : [a])) as string[];
      const ctx = makeContext({ color: globals.color, debug: globals.debug, json: Boolean(options.json) });
      const { run } = await load();
      try {
        const code = await run(args, options, ctx);
        onExit(code ?? 0);
      } finally {
        // What happened below the command (a workspace brought up to a new course version), told once.
        for (const line of drainNotices()) ctx.err(line);
      }
    });
  };
  for (const spec of COMMANDS) add(program, spec);
  return program;
}

export function isCommanderExit(error: unknown): error is CommanderError {
  return error instanceof CommanderError;
}

export { EXIT_USAGE };
