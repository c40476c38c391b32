/**
 * Scripted answers for latutor's questions, for tests and for people who answer without a
 * terminal: LATUTOR_ANSWERS holds them in order, either as a JSON array (["2", 0, "yes"]) or as a
 * comma-separated list (2,0,yes). A question with choices takes the choice's number counted from 0
 * or its text (case and spacing do not matter; a number too large to be a choice's number is read
 * as a text); a yes/no question takes y, yes, true, n, no, false.
 */
import { ExitError } from "../util/errors";

export function parseAnswers(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === "") return [];
  const text = raw.trim();
  if (text.startsWith("[")) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new ExitError(`LATUTOR_ANSWERS is not a valid JSON array: write it like ["2", "0", "yes"] or 2,0,yes`);
    }
    if (!Array.isArray(data) || !data.every((a) => typeof a === "string" || (typeof a === "number" && Number.isInteger(a)) || typeof a === "boolean")) {
      throw new ExitError(`LATUTOR_ANSWERS must be an array of strings, whole numbers or booleans, such as ["2", "0", "yes"]`);
    }
    return data.map((a) => String(a));
  }
  return text.split(",").map((a) => a.trim());
}

const normal = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/** The index of the choice an answer picks, or an error that names the question and the choices. */
export function pickChoice(answer: string, choices: string[], question: string): number {
  // A whole number in range is the choice's number; anything else is a choice's text (choices can be numbers: "10,000").
  const n = Number(answer);
  if (answer.trim() !== "" && Number.isInteger(n) && n >= 0 && n < choices.length) return n;
  const i = choices.findIndex((c) => normal(c) === normal(answer));
  if (i >= 0) return i;
  throw new ExitError(`LATUTOR_ANSWERS: "${answer}" is not one of the choices of "${question}": give a number from 0 to ${choices.length - 1} or the choice's text`);
}

export function yesOrNo(answer: string, question: string): boolean {
  if (/^(y|yes|true)$/i.test(answer.trim())) return true;
  if (/^(n|no|false)$/i.test(answer.trim())) return false;
  throw new ExitError(`LATUTOR_ANSWERS: "${answer}" does not answer "${question}": give yes or no`);
}
