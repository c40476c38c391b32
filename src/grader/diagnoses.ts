/**
 * Recognising typical mistakes from what a learner's code returned. A spec lists the mistakes of
 * its exercise (built from the detectors here); a few generic ones apply to every exercise. Each
 * diagnosis is one line plus, where one exists, the lesson section that explains it.
 */
import type { Args, Diagnosis, JudgedCase } from "./spec";

export type { Diagnosis, JudgedCase };

export interface DiagnosisResult {
  id: string;
  message: string;
  section?: string;
}

// ---- numeric relations between a result and the expected one ----

const isNum = (x: unknown): x is number => typeof x === "number";
const isVec = (x: unknown): x is number[] => Array.isArray(x) && x.every(isNum);
const flat = (x: unknown): number[] | undefined => (isNum(x) ? [x] : isVec(x) ? x : Array.isArray(x) && x.every(isVec) ? (x as number[][]).flat() : undefined);
const scaleOf = (xs: number[]) => Math.max(1e-300, ...xs.map(Math.abs));

/**
 * got and expected have the same shape and finite entries within a relative 1e-6. Never true for
 * NaN or ±Infinity on either side: a tolerance scaled by an infinite value would match anything,
 * and a diagnosis must not rest on that.
 */
export function near(got: unknown, expected: unknown, rel = 1e-6): boolean {
  const g = flat(got);
  const e = flat(expected);
  if (!g || !e || g.length !== e.length) return false;
  if (!g.every(Number.isFinite) || !e.every(Number.isFinite)) return false;
  const tol = rel * scaleOf(e);
  return g.every((x, i) => Math.abs(x - e[i]) <= tol);
}

/** got ≈ c·expected for a single factor c. */
export function scaleFactor(got: unknown, expected: unknown): number | undefined {
  const g = flat(got);
  const e = flat(expected);
  if (!g || !e || g.length !== e.length || g.length === 0) return undefined;
  const k = e.reduce((best, x, i) => (Math.abs(x) > Math.abs(e[best]) ? i : best), 0);
  if (e[k] === 0) return undefined;
  const c = g[k] / e[k];
  return near(g, e.map((x) => c * x)) ? c : undefined;
}

export const negated = (got: unknown, expected: unknown) => {
  const c = scaleFactor(got, expected);
  return c !== undefined && Math.abs(c + 1) < 1e-6;
};

/** Every entry of got is expected's entry rounded or truncated to an integer, and that made a difference. */
export function integerOnly(got: unknown, expected: unknown): boolean {
  const g = flat(got);
  const e = flat(expected);
  if (!g || !e || g.length !== e.length || !g.every(Number.isInteger)) return false;
  // At least one answer that visibly is not whole (not 5e-200, which rounds to 0 honestly).
  // …and a visibly rounded non-zero result where the answer has a fraction (all zeros is more
  // likely an underflow; 1 for 0.99995 is more likely a wrong scale).
  if (!e.some((x, i) => Math.abs(x) >= 0.5 && !Number.isInteger(x) && g[i] !== 0 && Math.abs(x - g[i]) > 0.01)) return false;
  return g.every((x, i) => [Math.round(e[i]), Math.trunc(e[i]), Math.floor(e[i]), Math.ceil(e[i])].includes(x));
}

/** Right except the last entry (left as 0, as the input's, or missing). */
export function lastEntrySkipped(got: unknown, expected: unknown): boolean {
  if (!isVec(got) || !isVec(expected) || expected.length < 2) return false;
  const n = expected.length;
  // The entries before the last must say something (a prefix of zeros matches too much).
  if (!expected.slice(0, n - 1).some((x) => x !== 0)) return false;
  if (got.length === n - 1) return near(got, expected.slice(0, n - 1));
  return got.length === n && near(got.slice(0, n - 1), expected.slice(0, n - 1)) && !near([got[n - 1]], [expected[n - 1]]);
}

/** The same entries in another order. */
export function reordered(got: unknown, expected: unknown): boolean {
  if (!isVec(got) || !isVec(expected) || got.length !== expected.length || near(got, expected)) return false;
  const sort = (v: number[]) => [...v].sort((a, b) => a - b);
  return near(sort(got), sort(expected));
}

/** got is expected transposed (and not equal to it). */
export function transposed(got: unknown, expected: unknown): boolean {
  if (!Array.isArray(got) || !Array.isArray(expected) || !expected.every(isVec) || !got.every(isVec)) return false;
  const e = expected as number[][];
  if (e.length === 0) return false;
  const t = e[0].map((_, j) => e.map((row) => row[j]));
  return near(got, t) && !near(got, e);
}

// ---- detectors over the judged cases ----

const failing = (cases: JudgedCase[], call?: string) => cases.filter((c) => !c.passed && (!call || c.call === call));
const returned = (c: JudgedCase) => c.outcome === "returned";

/**
 * Some failing case of `call` returned a value for which `test(got, expected, args)` holds. Only
 * cases with an answer to compare count: a must-throw case that returned says nothing about how
 * the answer was computed (returnedInsteadOfThrowing names that mistake).
 */
export function whenResult(call: string | undefined, test: (got: unknown, expected: unknown, args: Args) => boolean) {
  return (cases: JudgedCase[]) => failing(cases, call).some((c) => c.kind !== "throws" && returned(c) && c.args !== undefined && test(c.got, c.expected, c.args));
}

/** A case that must throw (of `call`, or tagged `tag`) returned a value instead. */
export function returnedInsteadOfThrowing(call?: string, tag?: string) {
  return (cases: JudgedCase[]) => failing(cases, call).some((c) => c.kind === "throws" && returned(c) && (!tag || c.tags.includes(tag)));
}

/** The failures of `call` are exactly among the cases tagged `tag`, and some untagged case passed. */
export function failsOnlyOn(tag: string, call?: string) {
  return (cases: JudgedCase[]) => {
    const mine = cases.filter((c) => !call || c.call === call);
    const bad = mine.filter((c) => !c.passed);
    return bad.length > 0 && bad.every((c) => c.tags.includes(tag)) && mine.some((c) => c.passed && !c.tags.includes(tag));
  };
}

/** Some failing case tagged `tag` (of `call`). */
export function failsOn(tag: string, call?: string) {
  return (cases: JudgedCase[]) => failing(cases, call).some((c) => c.tags.includes(tag));
}

export const all =
  (...tests: ((cases: JudgedCase[]) => boolean)[]) =>
  (cases: JudgedCase[]) =>
    tests.every((t) => t(cases));

export const any =
  (...tests: ((cases: JudgedCase[]) => boolean)[]) =>
  (cases: JudgedCase[]) =>
    tests.some((t) => t(cases));

/** Mistakes that look the same in every exercise. */
export const GENERIC_DIAGNOSES: Diagnosis[] = [
  {
    id: "mutates-input",
    message: "your function changes its input; work on a copy and return a new array (a.slice() copies a vector; a matrix needs every row copied: A.map((row) => row.slice()))",
    test: (cases) => cases.some((c) => c.mutated),
  },
  {
    id: "returns-input",
    message: "your function returns its input array itself (or one of its rows) instead of a new one: a caller who changes the result would change the input too",
    test: (cases) => cases.some((c) => c.aliased),
  },
  {
    id: "integer-only",
    message: "your results are whole numbers where the answers are not: something rounds or truncates (Math.round, Math.floor, | 0, parseInt)",
    test: whenResult(undefined, integerOnly),
  },
  {
    id: "last-entry-skipped",
    message: "every entry is right except the last: check the loop bound (i < n, not i < n − 1)",
    test: whenResult(undefined, lastEntrySkipped),
  },
  {
    id: "sign-flipped",
    message: "your result has the right size but the opposite sign: an operand order or a subtraction is reversed",
    test: whenResult(undefined, negated),
  },
  {
    id: "transposed",
    message: "your result is the transpose of the answer: rows and columns (i and j) are swapped somewhere",
    test: whenResult(undefined, transposed),
  },
  {
    id: "not-unit",
    message: "your vector points the right way but is not of length 1: divide it by its 2-norm",
    test: whenResult(undefined, (got, expected) => {
      const e = flat(expected);
      const c = scaleFactor(got, expected);
      return !!e && e.length > 1 && Math.abs(Math.hypot(...e) - 1) < 1e-9 && c !== undefined && Math.abs(Math.abs(c) - 1) > 1e-6;
    }),
  },
  {
    id: "not-sorted",
    message: "your result has the right entries in the wrong order: check the sort (direction, and the tie rule)",
    test: whenResult(undefined, reordered),
  },
];

/** Generic diagnoses that stand even when an exercise-specific one explains the failures. */
const ALWAYS = new Set(["mutates-input", "returns-input"]);

const safeTest = (d: Diagnosis, cases: JudgedCase[]) => {
  try {
    return d.test(cases);
  } catch {
    return false; // a detector that cannot read this result simply does not apply
  }
};

/**
 * The diagnoses that the judged cases show: the spec's own most specific one (the first in the
 * spec's order that applies: one mistake named at a time, since a second guess is usually a side
 * effect of the first and sends the learner the wrong way); generic guesses only when no specific
 * one applies; and beside them the mistakes that are certain whatever else is wrong (changing or
 * returning an input).
 */
export function diagnose(specific: Diagnosis[] | undefined, cases: JudgedCase[], max = 3): DiagnosisResult[] {
  if (cases.every((c) => c.passed)) return [];
  const first = (specific ?? []).find((d) => safeTest(d, cases));
  const own = first ? [first] : [];
  const generic = GENERIC_DIAGNOSES.filter((d) => (own.length === 0 || ALWAYS.has(d.id)) && !own.some((o) => o.id === d.id) && safeTest(d, cases));
  return [...own, ...generic].slice(0, max).map((d) => ({ id: d.id, message: d.message, section: d.section }));
}
