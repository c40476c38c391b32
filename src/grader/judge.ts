/**
 * Judging one call of the learner's function, in the grader's own realm, from the plain data that
 * came back: did it return, throw, time out; did it change its inputs or hand one back; does the
 * answer pass the spec's check against the reference's.
 */
import { describeShape, formatValue } from "../render/format";
import { Mismatch } from "./numeric";
import type { CallOutcome, Thrown } from "./sandbox";
import type { Args, Case, Spec } from "./spec";

export type Reference = Record<string, (...args: unknown[]) => unknown>;

const ordinal = (i: number) => ["1st", "2nd", "3rd"][i] ?? `${i + 1}th`;

/** Where `after` first differs from `before` (plain data; NaN equals NaN, and 0 equals −0), or undefined. */
function firstDifference(before: unknown, after: unknown, path: string): string | undefined {
  if (Array.isArray(before)) {
    if (!Array.isArray(after)) return `${path} was an array, now ${describeShape(after)}`;
    if (before.length !== after.length) return `${path} had length ${before.length}, now ${after.length}`;
    for (let i = 0; i < before.length; i++) {
      const d = firstDifference(before[i], after[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (before !== null && typeof before === "object") {
    if (after === null || typeof after !== "object") return `${path} was an object, now ${describeShape(after)}`;
    for (const key of Object.keys(before)) {
      const d = firstDifference((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], `${path}.${key}`);
      if (d) return d;
    }
    return undefined;
  }
  if (typeof before === "number" && typeof after === "number") {
    if (before === after || (Number.isNaN(before) && Number.isNaN(after))) return undefined;
    // Every digit when six would print the same ("was 0.5, now 0.5" for a change of 1e-12).
    const digits = formatValue(before) === formatValue(after) ? 17 : 6;
    return `${path} was ${formatValue(before, digits)}, now ${formatValue(after, digits)}`;
  }
  return Object.is(before, after) ? undefined : `${path} was ${formatValue(before)}, now ${formatValue(after)}`;
}

const isStubThrow = (t: Thrown) => t.isError && /^TODO\b/.test(t.message);

export function describeThrow(t: Thrown): string {
  if (!t.isError) return `threw ${t.message} (a ${t.name}, not an Error)`;
  return `threw ${t.name}: ${t.message}`;
}

export interface Evaluation {
  passed: boolean;
  message: string;
  /** Advice on a passed call (see CheckContext.note). */
  note?: string;
  /** The function whose stub threw "TODO", when it is not the one called. */
  todo?: string;
  /** The called function itself still throws its stub's "TODO". */
  stub?: boolean;
  expected?: unknown;
  got?: unknown;
  outcome: string;
  thrown?: Thrown;
  mutated?: boolean;
  aliased?: boolean;
  /** A failure that re-running would only repeat slowly (time-out, crash): do not shrink it. */
  hard?: boolean;
}

/** Decides one call's verdict, in the grader's realm, from the plain data that came back. */
export function judge(spec: Spec, reference: Reference, c: Case, args: Args, outcome: CallOutcome): Evaluation {
  const e = judgeOutcome(spec, reference, c, args, outcome);
  return { ...e, outcome: outcome.kind, thrown: outcome.kind === "threw" ? outcome.thrown : undefined };
}

/**
 * Errors JavaScript itself throws when code stumbles (reading a property of undefined, reducing an
 * empty array, calling what is not a function): a function that only throws those on invalid input
 * has not checked it, so a "must throw" case does not count them.
 */
const ACCIDENTAL: Record<string, RegExp> = {
  TypeError: /^(Cannot (read|set) propert(y|ies) of (undefined|null)|Cannot convert undefined or null to object|Reduce of empty array with no initial value|.+ is not (a function|iterable|a constructor)\b)/,
  RangeError: /^(Invalid array length|Maximum call stack size exceeded)/,
};

export function isAccidental(t: { name: string; message: string }): boolean {
  return ACCIDENTAL[t.name]?.test(t.message) ?? false;
}

function judgeOutcome(spec: Spec, reference: Reference, c: Case, args: Args, outcome: CallOutcome): Omit<Evaluation, "outcome"> {
  const name = (i: number) => spec.params?.[c.call]?.[i];
  switch (outcome.kind) {
    case "missing":
      return { passed: false, message: `your file does not export a function named ${c.call}` };
    case "unclonable":
      return { passed: false, message: `${c.call} ${outcome.message}` };
    case "timeout":
      return {
        passed: false,
        hard: true,
        message:
          c.tier === "challenge"
            ? `${c.call} did not finish within ${outcome.limitMs} ms: this challenge asks for an algorithm fast enough for this input`
            : `${c.call} did not finish within ${outcome.limitMs} ms: an infinite loop, or an algorithm far slower than this input needs?`,
      };
    case "crashed":
    case "skipped":
      return { passed: false, hard: true, message: `${c.call}: ${outcome.message}` };
    case "threw": {
      const t = outcome.thrown;
      if (isStubThrow(t)) {
        // "TODO: implement norm2(v)" thrown from inside cosineSimilarity: the stub that is not done
        // is norm2's (an earlier exercise, reset perhaps), not this one.
        const inner = /^TODO:?\s*implement\s+([A-Za-z_$][\w$]*)/.exec(t.message)?.[1];
        if (inner && inner !== c.call) return { passed: false, todo: inner, message: `${c.call} calls ${inner}, which is not implemented yet (it still throws "${t.message}")` };
        return { passed: false, stub: true, message: `${c.call} is not implemented yet (it still throws "${t.message}")` };
      }
      if (t.isError && t.name === "Refused") return { passed: false, message: `${c.call} was refused: ${t.message}` };
      if (c.kind === "throws") {
        if (!t.isError) return { passed: false, message: `${c.call} ${describeThrow(t)}; throw new Error("…") with a message that says what is wrong` };
        if (!t.message.trim()) return { passed: false, message: `${c.call} threw an Error with an empty message; say what is wrong (${c.because})` };
        // JavaScript's own complaint from deep inside the code is a crash, not a refusal of the input.
        if (isAccidental(t)) return { passed: false, message: `${c.call} crashed (${t.name}: ${t.message}) instead of refusing the input: check it first and throw an Error that says what is wrong (${c.because})` };
        return { passed: true, message: "ok" };
      }
      if (t.isError && /ERR_ACCESS_DENIED|Access to this API has been restricted/.test(t.message)) {
        return { passed: false, message: `${c.call} was refused: it tried to reach files or processes, which an exercise may not (${t.message})` };
      }
      if (t.isError && t.name === "RangeError" && /call stack/i.test(t.message)) {
        return { passed: false, message: `${c.call} overflowed the call stack: is a function calling itself without end?` };
      }
      return { passed: false, message: `${c.call} ${describeThrow(t)}` };
    }
    case "returned": {
      for (let i = 0; i < args.length; i++) {
        const diff = firstDifference(args[i], outcome.argsAfter[i], "");
        if (diff) {
          const where = diff.startsWith("[") || diff.startsWith(".") ? `: element ${diff}` : "";
          return {
            passed: false,
            mutated: true,
            message: `${c.call} changed its ${ordinal(i)} argument${name(i) ? ` (${name(i)})` : ""}${where || ` (${diff.trim()})`}; functions must not modify their inputs (copy first)`,
          };
        }
      }
      if (c.kind === "throws") {
        return { passed: false, got: outcome.value, message: `${c.call} returned ${formatValue(outcome.value, 6, 6)}, but it should throw an Error because ${c.because}` };
      }
      const fn = reference[c.call];
      if (typeof fn !== "function") throw new Error(`the reference solution does not export ${c.call}`);
      const expected = fn(...structuredClone(args));
      if (outcome.aliased) {
        const which = `${ordinal(outcome.aliased.arg)} argument${name(outcome.aliased.arg) ? ` (${name(outcome.aliased.arg)})` : ""}`;
        return {
          passed: false,
          aliased: true,
          expected,
          got: outcome.value,
          message: `${c.call} returned ${outcome.aliased.part ? "rows of " : ""}its ${which} itself instead of a new array; return a copy`,
        };
      }
      const check = c.check ?? spec.checks[c.call];
      let note: string | undefined;
      try {
        check(outcome.value, { args, expected, call: c.call, note: (advice) => (note ??= advice) });
        return { passed: true, message: "ok", expected, got: outcome.value, note };
      } catch (error) {
        // By name too: a pack's spec may bundle its own copy of the kit, with its own Mismatch class.
        if (error instanceof Mismatch || (error instanceof Error && error.name === "Mismatch")) return { passed: false, message: `${c.call}: ${error.message}`, expected, got: outcome.value };
        return { passed: false, message: `${c.call}: the grader could not read the result (${(error as Error).message}); it returned ${describeShape(outcome.value)}`, expected, got: outcome.value };
      }
    }
  }
}

