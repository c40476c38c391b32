/**
 * Every question latutor asks goes through here, so that tests can script the answers
 * (LATUTOR_ANSWERS='["yes","no"]' answers the next prompts in order; see answers.ts for the
 * formats) and so that nothing ever prompts without a terminal: there the caller must pass --yes
 * instead.
 */
import { ExitError } from "../util/errors";
import { parseAnswers, pickChoice, yesOrNo } from "./answers";
import type { Context } from "./context";

/** Ctrl-C (or Ctrl-D) at a question: nothing is done, and latutor stops (exit 130, as shells do). */
export class PromptCancelled extends ExitError {
  constructor() {
    super("cancelled: nothing was changed", 130);
    this.name = "PromptCancelled";
  }
}

let scripted: string[] | undefined;
function nextScripted(): string | undefined {
  scripted ??= parseAnswers(process.env.LATUTOR_ANSWERS);
  return scripted.shift();
}

/** Runs an @inquirer/prompts question; its "force closed" error becomes PromptCancelled. */
async function asking<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if ((error as Error)?.name === "ExitPromptError" || (error as Error)?.name === "AbortPromptError") throw new PromptCancelled();
    throw error;
  }
}

export async function confirm(ctx: Context, message: string, flagHint: string): Promise<boolean> {
  const answer = nextScripted();
  if (answer !== undefined) return yesOrNo(answer, message);
  if (!ctx.interactive) throw new ExitError(`${message} Not asking without a terminal: add ${flagHint} to confirm.`);
  const { confirm: ask } = await import("@inquirer/prompts");
  return asking(() => ask({ message, default: false }));
}

export async function select(ctx: Context, message: string, choices: string[]): Promise<number> {
  const answer = nextScripted();
  if (answer !== undefined) return pickChoice(answer, choices, message);
  if (!ctx.interactive) throw new ExitError(`${message} Not asking without a terminal (LATUTOR_ANSWERS can give the answers: the choices' numbers from 0, or their text).`);
  const { select: ask } = await import("@inquirer/prompts");
  return asking(() => ask({ message, choices: choices.map((name, value) => ({ name, value })), pageSize: Math.min(20, Math.max(7, (process.stdout.rows || 24) - 4)), loop: false }));
}
