/**
 * Every question latutor asks goes through here, so that tests can script the answers
 * (LATUTOR_ANSWERS='["yes","no"]' answers the next prompts in order) and so that nothing ever
 * prompts without a terminal: there the caller must pass --yes instead.
 */
import { ExitError } from "../util/errors";
import type { Context } from "./context";

let scripted: string[] | undefined;
function nextScripted(): string | undefined {
  if (scripted === undefined) {
    try {
      scripted = process.env.LATUTOR_ANSWERS ? (JSON.parse(process.env.LATUTOR_ANSWERS) as string[]) : [];
    } catch {
      scripted = [];
    }
  }
  return scripted.shift();
}

export async function confirm(ctx: Context, message: string, flagHint: string): Promise<boolean> {
  const answer = nextScripted();
  if (answer !== undefined) return /^(y|yes|true)$/i.test(answer);
  if (!ctx.interactive) throw new ExitError(`${message} Not asking without a terminal: add ${flagHint} to confirm.`);
  const { confirm: ask } = await import("@inquirer/prompts");
  return ask({ message, default: false });
}

export async function select(ctx: Context, message: string, choices: string[]): Promise<number> {
  const answer = nextScripted();
  if (answer !== undefined) {
    const n = Number(answer);
    return Number.isInteger(n) ? n : choices.indexOf(answer);
  }
  if (!ctx.interactive) throw new ExitError(`${message} Not asking without a terminal.`);
  const { select: ask } = await import("@inquirer/prompts");
  return ask({ message, choices: choices.map((name, value) => ({ name, value })) });
}
