/**
 * Shared by the specs of topic 10-eigen: matrices with chosen real eigenvalues, the check of an
 * eigenpair by its residual, the grader's own models of a Markov step and of PageRank (to judge
 * a result, and to recognise typical mistakes from the numbers they really produce).
 */
import { arb, detect, expect, fc, linalg, type Diagnosis, type JudgedCase } from "latutor/kit";

export type Vector = number[];
export type Matrix = number[][];

const { matMul, matVec, transpose, dot, norm2 } = linalg;

// ---- matrices with chosen eigenvalues ----

const diag = (d: Vector): Matrix => d.map((x, i) => d.map((_, j) => (i === j ? x : 0)));

/** Q·T·Qᵀ: similar to T, so it has T's eigenvalues (T's diagonal when T is triangular). */
export const similar = (Q: Matrix, T: Matrix): Matrix => matMul(matMul(Q, T), transpose(Q));

/** The eigenvector of an upper triangular T for its k-th diagonal entry (back substitution). */
function triangularEigenvector(T: Matrix, k: number): Vector {
  const n = T.length;
  const z = new Array<number>(n).fill(0);
  z[k] = 1;
  for (let j = k - 1; j >= 0; j--) {
    let s = 0;
    for (let l = j + 1; l <= k; l++) s += T[j][l] * z[l];
    z[j] = -s / (T[j][j] - T[k][k]);
  }
  return z;
}

/** How much of a unit vector lies along the all-ones start (|cos| of the angle between them). */
const alongOnes = (v: Vector) => Math.abs(v.reduce((s, x) => s + x, 0)) / (Math.sqrt(v.length) * norm2(v));

export interface Built {
  A: Matrix;
  eigenvalues: Vector;
}

/**
 * An n×n matrix with the given real eigenvalues: Q·diag·Qᵀ (symmetric) or Q·T·Qᵀ with T upper
 * triangular (not symmetric, not even normal). `target` is the index of the eigenvalue the method
 * should find: its eigenvector is kept away from being orthogonal to the all-ones start.
 */
export function withEigenvalues(eigenvalues: fc.Arbitrary<Vector>, symmetric: boolean, target: (values: Vector) => number): fc.Arbitrary<Built> {
  return eigenvalues
    .chain((values) => {
      const n = values.length;
      return fc.tuple(fc.constant(values), arb.orthogonal(n), arb.matrix(n, n, { max: 1, decimals: 1 }));
    })
    .map(([values, Q, R]) => {
      const T = symmetric ? diag(values) : R.map((row, i) => row.map((x, j) => (i === j ? values[i] : j > i ? x : 0)));
      const k = target(values);
      return { A: similar(Q, T), eigenvalues: values, v: matVec(Q, triangularEigenvector(T, k)) };
    })
    .filter(({ v }) => alongOnes(v) > 0.05)
    .map(({ A, eigenvalues: e }) => ({ A, eigenvalues: e }));
}

/** n eigenvalues: λ₁ of size 1…9 (either sign), the others at most 0.8·|λ₁| (so |λ₂/λ₁| ≤ 0.8). */
export const dominantSpectrum = (n: number, sign: "any" | "negative" = "any"): fc.Arbitrary<Vector> =>
  fc
    .tuple(fc.integer({ min: 1, max: 9 }), sign === "negative" ? fc.constant(true) : fc.boolean(), fc.array(fc.integer({ min: -80, max: 80 }), { minLength: n - 1, maxLength: n - 1 }))
    .map(([m, negative, ratios]) => {
      const l1 = negative ? -m : m;
      return [l1, ...ratios.map((r) => (l1 * r) / 100)];
    });

export const indexOfLargest = (values: Vector) => values.reduce((best, x, i) => (Math.abs(x) > Math.abs(values[best]) ? i : best), 0);

// ---- judging an eigenpair ----

export interface EigenResult {
  value: number;
  vector: Vector;
  iterations: number;
  history: number[];
}

interface EigenOptions {
  maxIterations?: number;
  tolerance?: number;
}

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === "object" && !Array.isArray(x);

/** The residual of a pair relative to the contract's scale: ‖Av − λv‖ / max(1, |λ|). */
export const relativeResidual = (A: Matrix, value: number, v: Vector): number => norm2(matVec(A, v).map((x, i) => x - value * v[i])) / Math.max(1, Math.abs(value));

/** Frobenius norm: the scale of the rounding a residual computed in floating point carries. */
const frobenius = (A: Matrix) => Math.sqrt(A.reduce((s, row) => s + row.reduce((t, x) => t + x * x, 0), 0));

/**
 * The result of powerMethod or inverseIteration, judged by the mathematics: the shape of
 * {value, vector, iterations, history}; a unit vector; the eigenvalue the method is meant to find
 * (the reference's, which is unique: the hidden spectra have a clear gap); the residual
 * ‖Av − λv‖ ≤ tolerance · max(1, |λ|), recomputed here; a history that ends at the value.
 */
export function checkEigenpair(got: unknown, A: Matrix, options: EigenOptions | undefined, expected: EigenResult, which: string): void {
  const n = A.length;
  if (!isObject(got)) throw new expect.Mismatch(`the result should be an object { value, vector, iterations, history }`, { got });
  const { value, vector, iterations, history } = got;
  expect.expectNumber(value, "value");
  expect.expectVector(vector, n, "vector");
  if (typeof iterations !== "number" || !Number.isInteger(iterations) || iterations < 1) {
    throw new expect.Mismatch(`iterations is ${JSON.stringify(iterations)}, expected a whole number ≥ 1 (how many steps you made)`, { got: iterations });
  }
  const cap = options?.maxIterations ?? 1000;
  if (iterations > cap) throw new expect.Mismatch(`iterations is ${iterations}, more than maxIterations = ${cap}`, { got: iterations, limit: cap });
  expect.expectVector(history, undefined, "history");
  if (history.length !== iterations) {
    throw new expect.Mismatch(`history has ${history.length} entries but iterations is ${iterations}: record one estimate per step`, { got: history.length, expected: iterations });
  }
  const last = history[history.length - 1];
  const tol = options?.tolerance ?? 1e-10;
  if (!(Math.abs(last - value) <= Math.max(1e-8, 10 * tol) * Math.max(1, Math.abs(value)))) {
    throw new expect.Mismatch(`the last entry of history is ${last}, but value is ${value}: the history should end at the estimate you return`, { got: last, expected: value });
  }
  const length = norm2(vector);
  if (!(Math.abs(length - 1) <= 1e-8)) {
    throw new expect.Mismatch(`vector has length ‖v‖ = ${length}, expected a unit vector (2-norm 1)`, { property: "‖v‖₂", measured: length, limit: 1 });
  }
  const e = expected.value;
  if (!(Math.abs(value - e) <= 1e-6 * Math.max(1, Math.abs(e)))) {
    throw new expect.Mismatch(`value is ${value}, but ${which} is ${e}`, { got: value, expected: e });
  }
  const residual = relativeResidual(A, value, vector);
  const limit = tol + (64 * n * Number.EPSILON * frobenius(A)) / Math.max(1, Math.abs(value));
  if (!(residual <= limit)) {
    throw new expect.Mismatch(
      `the pair is not converged: ‖A·v − λ·v‖ / max(1, |λ|) = ${residual.toExponential(2)}, allowed ${tol.toExponential(0)} (the tolerance); keep iterating until the residual itself is that small`,
      { property: "‖Av − λv‖ / max(1, |λ|)", measured: residual, limit },
    );
  }
}

// ---- recognising mistakes in an eigenpair ----

const asResult = (x: unknown): EigenResult | undefined =>
  isObject(x) && typeof x.value === "number" && Array.isArray(x.vector) && (x.vector as unknown[]).every((t) => typeof t === "number") ? (x as unknown as EigenResult) : undefined;

/** On some failing case, `test` holds for the learner's and the reference's results. */
export const whenPair = (call: string, test: (got: EigenResult, expected: EigenResult, args: unknown[]) => boolean) =>
  detect.whenResult(call, (got, expected, args) => {
    const g = asResult(got);
    const e = asResult(expected);
    return !!g && !!e && g.vector.length === e.vector.length && test(g, e, args);
  });

const cosine = (a: Vector, b: Vector) => Math.abs(dot(a, b)) / (norm2(a) * norm2(b));

/** The vector points along the eigenvector but is not of length 1. */
export const notNormalised = (call: string, section: string): Diagnosis => ({
  id: "not-normalised",
  message: "your vector points along the eigenvector but its length is not 1: divide it by its 2-norm ‖v‖ = √(Σvᵢ²) (after every step, so it neither overflows nor vanishes, and once more before you return it)",
  section,
  test: whenPair(call, (g, e) => norm2(g.vector) > 0 && cosine(g.vector, e.vector) > 1 - 1e-6 && Math.abs(norm2(g.vector) - 1) > 1e-6),
});

/** The eigenvalue is right to many digits, the vector is a unit vector, yet the residual is too big. */
export const stoppedOnEstimate = (call: string, section: string): Diagnosis => ({
  id: "stopped-on-estimate",
  message:
    "your eigenvalue is right but the pair is not converged: you stopped when λ stopped changing, and λ settles long before v does. Stop when the residual ‖A·v − λ·v‖ ≤ tolerance · max(1, |λ|)",
  section,
  test: whenPair(call, (g, e, args) => {
    const A = args[0] as Matrix;
    const tol = (args[call === "powerMethod" ? 1 : 2] as EigenOptions | undefined)?.tolerance ?? 1e-10;
    return (
      Math.abs(g.value - e.value) <= 1e-6 * Math.max(1, Math.abs(e.value)) &&
      Math.abs(norm2(g.vector) - 1) <= 1e-8 &&
      relativeResidual(A, g.value, g.vector) > tol * 1.01 &&
      relativeResidual(A, g.value, g.vector) < 1e-2
    );
  }),
});

/** A "no-convergence" case (it must throw) returned a pair. */
export const convergenceNotChecked = (call: string, section: string): Diagnosis => ({
  id: "no-convergence-returned",
  message:
    "this iteration can never converge (the two candidate eigenvalues are equally strong), but your function returned a pair anyway: when the residual is still above the tolerance after maxIterations steps, throw an Error",
  section,
  test: detect.returnedInsteadOfThrowing(call, "no-convergence"),
});

export const shapeNotChecked = (call: string, section: string): Diagnosis => ({
  id: "shape-not-checked",
  message: "check the input before iterating: A must be square (n×n, n ≥ 1) and x0 must have n entries; otherwise throw an Error that says so",
  section,
  test: detect.returnedInsteadOfThrowing(call, "shape"),
});

export const zeroStartNotRefused = (call: string, section: string): Diagnosis => ({
  id: "zero-start-not-refused",
  message: "x0 = 0 has no direction: A·0 = 0 and dividing by its norm gives NaN. Throw an Error when x0 is all zeros",
  section,
  test: detect.returnedInsteadOfThrowing(call, "zero-start"),
});

// ---- Markov chains and PageRank: the grader's own models ----

/** π·P: one step of the chain, for a row vector π. */
export const step = (pi: Vector, P: Matrix): Vector => P[0].map((_, j) => pi.reduce((s, p, i) => s + p * P[i][j], 0));

/** The random surfer's matrix G for these links: each row is where a surfer on that page goes next. */
export function googleMatrix(links: Matrix, damping: number, dangling: "spread" | "leak" = "spread"): Matrix {
  const n = links.length;
  return links.map((row) => {
    const out = row.reduce((s, x) => s + x, 0);
    if (out === 0) return row.map(() => (dangling === "spread" ? 1 / n : (1 - damping) / n));
    return row.map((x) => (damping * x) / out + (1 - damping) / n);
  });
}

/** Iterates r ← r·G from the uniform vector until it settles (G is a contraction: damping < 1). */
export function surf(G: Matrix, renormalise = false): Vector {
  const n = G.length;
  let r = new Array<number>(n).fill(1 / n);
  for (let k = 0; k < 5000; k++) {
    let next = step(r, G);
    if (renormalise) {
      const s = next.reduce((a, b) => a + b, 0);
      next = next.map((x) => x / s);
    }
    const change = next.reduce((s, x, i) => s + Math.abs(x - r[i]), 0);
    r = next;
    if (change < 1e-15) break;
  }
  return r;
}

export const modelPagerank = (links: Matrix, damping = 0.85): Vector => surf(googleMatrix(links, damping));

/** How the messages of checkDistribution name the result and the step (grammar included). */
export interface DistributionNames {
  /** The vector as a whole, in a sentence: "π", "your ranks r". */
  what: string;
  /** One entry: "π[2]", "r[2]" (given the index). */
  entry: (i: number) => string;
  /** Whether `what` takes a plural verb ("your ranks sum", "π sums"). */
  plural: boolean;
  /** One more step applied to it, and what that step is: "π·P", "r·G". */
  step: string;
  /** The name of the vector inside the formula: "π", "r". */
  symbol: string;
  /** Said after the residual, to define the step's matrix: ", with G the random surfer's matrix". */
  stepNote?: string;
}

export const MARKOV_NAMES: DistributionNames = { what: "π", entry: (i) => `π[${i}]`, plural: false, step: "π·P", symbol: "π" };

/** Non-negative entries summing to 1, and ‖x·M − x‖₂ ≤ limit (x·M: one more step of the chain). */
export function checkDistribution(got: unknown, M: Matrix, limit: number, names: DistributionNames): void {
  const n = M.length;
  const { what, entry, plural, step: stepName, symbol, stepNote = "" } = names;
  const verb = (singular: string, pluralForm: string) => (plural ? pluralForm : singular);
  expect.expectVector(got, n, symbol); // "r has length 3", "π[1] is NaN": the symbol keeps the grammar simple
  got.forEach((x, i) => {
    if (x < -1e-12) throw new expect.Mismatch(`${entry(i)} is ${x}; probabilities are never negative`, { got });
  });
  const total = got.reduce((s, x) => s + x, 0);
  if (!(Math.abs(total - 1) <= 1e-9)) {
    throw new expect.Mismatch(`${what} ${verb("sums", "sum")} to ${total}, expected 1 (${verb("it is", "they are")} a probability distribution)`, { got, property: "Σ", measured: total, limit: 1 });
  }
  const after = step(got, M);
  const residual = norm2(after.map((x, i) => x - got[i]));
  if (!(residual <= limit)) {
    throw new expect.Mismatch(
      `${what} ${verb("is", "are")} not steady: one more step changes ${verb("it", "them")} by ‖${stepName} − ${symbol}‖ = ${residual.toExponential(2)}${stepNote}, allowed ${limit.toExponential(0)}`,
      {
        property: `‖${stepName} − ${symbol}‖₂`,
        measured: residual,
        limit,
      },
    );
  }
}

export const sum = (v: Vector) => v.reduce((s, x) => s + x, 0);
export const isVector = (x: unknown): x is Vector => Array.isArray(x) && x.every((t) => typeof t === "number");
export type { JudgedCase };
