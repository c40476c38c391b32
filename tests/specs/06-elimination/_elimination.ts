/**
 * Shared by the specs of topic 06-elimination: a little linear algebra of the grader's own, the
 * grader's model of elimination WITHOUT pivoting (to recognise that mistake from its results), the
 * structural checks, and the diagnoses every elimination exercise shares.
 */
import { arb, detect, expect, fc, linalg, type Diagnosis, type JudgedCase, type Matrix, type Vector } from "latutor/kit";

export type { Matrix, Vector };

/** The grader's own kernel: largest |entry| (the scale of a matrix), products, transpose, identity. */
export const { maxAbs, matMul, transpose, identity } = linalg;

/** ‖A‖∞: the largest row sum of absolute values. */
export const rowSumNorm = (A: Matrix): number => A.reduce((m, row) => Math.max(m, row.reduce((s, x) => s + Math.abs(x), 0)), 0);

export const scaled = (c: number, A: Matrix): Matrix => A.map((row) => row.map((x) => c * x));

/** Hadamard's bound Π‖rowᵢ‖₂ ≥ |det A|: the size a determinant's rounding error is measured against. */
export const hadamard = (A: Matrix): number => A.reduce((p, row) => p * Math.hypot(...row), 1);

export const finiteNumbers = (x: unknown): boolean =>
  typeof x === "number" ? Number.isFinite(x) : Array.isArray(x) ? x.every(finiteNumbers) : x !== null && typeof x === "object" ? Object.values(x).every(finiteNumbers) : false;

// ---- the mistake modelled: elimination that never swaps rows ----

/** L and U as elimination without row exchanges computes them (dividing by whatever pivot it meets). */
export function naiveLU(A: Matrix): { L: Matrix; U: Matrix } {
  const n = A.length;
  const U = A.map((row) => row.slice());
  const L = identity(n);
  for (let k = 0; k < n; k++) {
    for (let i = k + 1; i < n; i++) {
      const m = U[i][k] / U[k][k];
      L[i][k] = m;
      for (let j = k; j < n; j++) U[i][j] -= m * U[k][j];
    }
  }
  return { L, U };
}

export function naiveSolve(A: Matrix, b: Vector): Vector {
  const n = A.length;
  const { L, U } = naiveLU(A);
  const y: Vector = [];
  for (let i = 0; i < n; i++) y.push(b[i] - L[i].slice(0, i).reduce((s, l, j) => s + l * y[j], 0));
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) x[i] = (y[i] - U[i].slice(i + 1).reduce((s, u, j) => s + u * x[i + 1 + j], 0)) / U[i][i];
  return x;
}

export const naiveDet = (A: Matrix): number => naiveLU(A).U.reduce((p, row, i) => p * row[i], 1);

/** Gauss–Jordan without row exchanges: what an inverse without pivoting computes. */
export function naiveInverse(A: Matrix): Matrix {
  const n = A.length;
  const M = A.map((row, i) => [...row, ...identity(n)[i]]);
  for (let k = 0; k < n; k++) {
    const p = M[k][k];
    M[k] = M[k].map((x) => x / p);
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const m = M[i][k];
      M[i] = M[i].map((x, j) => x - m * M[k][j]);
    }
  }
  return M.map((row) => row.slice(n));
}

/**
 * On an invertible input tagged "pivot" (a zero or tiny leading pivot), the learner's result is what
 * elimination without row exchanges gives: an Error or NaN/Infinity where it meets the zero pivot
 * (or refuses the tiny one), or the same wrong numbers the grader's model computes.
 */
export function matchesNoPivoting(c: JudgedCase, model: (args: unknown[]) => unknown, same: (got: unknown, modelled: unknown) => boolean = detect.near): boolean {
  if (c.passed || c.kind === "throws" || c.mutated || !c.args || !c.tags.includes("pivot")) return false;
  if (c.outcome === "threw") return c.thrown?.isError === true;
  if (c.outcome !== "returned" || c.got === undefined) return false;
  if (!finiteNumbers(c.got)) return true;
  try {
    return same(c.got, model(c.args));
  } catch {
    return false;
  }
}

// ---- diagnoses shared by the elimination exercises ----

/** Elimination without pivoting: recognised from the results it really produces. */
export const noPivoting = (call: string, model: (args: unknown[]) => unknown, same?: (got: unknown, modelled: unknown) => boolean): Diagnosis => ({
  id: "no-pivoting",
  message:
    "no pivoting: a zero pivot divides by 0 and a tiny pivot (like 1e-20) swamps the other rows. Before eliminating column k, swap up the row whose entry in column k is largest in absolute value (partial pivoting)",
  section: "pivoting",
  test: (cases) => {
    const mine = cases.filter((c) => c.call === call);
    if (!mine.some((c) => c.passed)) return false;
    const failing = mine.filter((c) => !c.passed && c.kind !== "throws" && !c.mutated);
    if (!failing.some((c) => matchesNoPivoting(c, model, same))) return false;
    // No other failure may sit on a case that elimination without pivoting gets right: another
    // bug (rows above the pivot never cleared, say) can match the model on one tiny-pivot case by
    // chance, but it also fails plain cases that need no pivoting at all.
    return failing.every((c) => matchesNoPivoting(c, model, same) || !modelGetsItRight(c, model, same));
  },
});

function modelGetsItRight(c: JudgedCase, model: (args: unknown[]) => unknown, same: (got: unknown, modelled: unknown) => boolean = detect.near): boolean {
  if (!c.args || c.expected === undefined) return false;
  try {
    return same(model(c.args), c.expected);
  } catch {
    return false;
  }
}

/** Elimination that overwrote the caller's matrix (the typical way: a shallow copy, A.slice()). */
export const inPlace = (call: string): Diagnosis => ({
  id: "in-place",
  message: `your ${call} changes the caller's matrix while it eliminates: copy every row first, A.map((row) => row.slice()) or clone(A) from ../helpers (A.slice() or [...A] copies only the outer array; the rows are still shared)`,
  section: "elimination",
  test: (cases) => cases.some((c) => c.call === call && c.mutated),
});

export const shapeNotChecked = (call: string, what = "A must be square (n×n)"): Diagnosis => ({
  id: "shape-not-checked",
  message: `check the shapes before you compute: ${what}; otherwise throw an Error that says so`,
  section: "systems",
  test: detect.returnedInsteadOfThrowing(call, "shape"),
});

const threw = (c: JudgedCase) => c.outcome === "threw" && c.thrown?.isError === true;
const returned = (c: JudgedCase) => c.outcome === "returned";
const tagged = (cases: JudgedCase[], call: string, tag: string) => cases.filter((c) => c.call === call && c.tags.includes(tag));

/**
 * A fixed threshold where a relative one belongs: a well-conditioned matrix scaled by 1e-12 is
 * refused (its pivots are all about 1e-12), or a singular one scaled by 1e12 is not (its rounding
 * leftovers are about 1e-4), while the unscaled twin is judged right.
 */
export const absoluteThreshold = (call: string, refusedSmall: (c: JudgedCase) => boolean = threw): Diagnosis => ({
  id: "absolute-threshold",
  message:
    "your zero test uses a fixed threshold (like 1e-10): a matrix scaled by 1e-12 has pivots near 1e-12 and is perfectly fine, while rounding leaves 'zeros' near 1e-5 in a singular matrix with entries near 1e12. Compare |pivot| with n·ε·(largest |entry| of A) instead",
  section: "singular",
  test: (cases) => {
    const small = tagged(cases, call, "scaled-down").some((c) => !c.passed && refusedSmall(c)) && tagged(cases, call, "unscaled").some((c) => c.passed);
    const big = tagged(cases, call, "scaled-up-singular").some((c) => !c.passed && returned(c)) && tagged(cases, call, "rounding-singular").some((c) => c.passed);
    return small || big;
  },
});

/** `pivot === 0` as the singularity test: an exact zero is refused, a rounding-sized one is divided by. */
export const exactZeroTest = (call: string): Diagnosis => ({
  id: "exact-zero-test",
  message:
    "rounding left a pivot of about 1e-16 instead of exactly 0, so a test like pivot === 0 missed that A is singular and divided by it. Treat |pivot| ≤ n·ε·(largest |entry| of A) as zero",
  section: "singular",
  test: (cases) => tagged(cases, call, "rounding-singular").some((c) => !c.passed && returned(c)) && tagged(cases, call, "singular").some((c) => c.passed),
});

export const singularNotRefused = (call: string): Diagnosis => ({
  id: "singular-not-refused",
  message: "A is singular (elimination runs out of non-zero pivots), so there is no answer: throw an Error instead of returning Infinity or NaN",
  section: "singular",
  test: (cases) => tagged(cases, call, "singular").some((c) => !c.passed && returned(c)),
});

// ---- checks ----

export function expectSquareOf(got: unknown, n: number, label: string): asserts got is Matrix {
  expect.expectMatrix(got, n, n, label);
}

/** ‖X − Y‖max / scale ≤ tol, or a Mismatch naming the property. */
export function relativeResidual(X: Matrix, Y: Matrix, scale: number, tol: number, property: string): void {
  let err = 0;
  X.forEach((row, i) => row.forEach((x, j) => (err = Math.max(err, Math.abs(x - Y[i][j])))));
  const rel = scale > 0 ? err / scale : err;
  if (!(rel <= tol)) {
    throw new expect.Mismatch(`${property} is too large: ${rel.toExponential(2)} relative to the largest entry of A, allowed ${tol.toExponential(2)}`, {
      property,
      measured: rel,
      limit: tol,
    });
  }
}

// ---- inputs ----

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * An invertible n×n integer matrix that needs row exchanges: a diagonally dominant matrix (each
 * diagonal entry outweighs the rest of its row) with its rows shuffled. Shrinks towards a
 * shuffled identity.
 */
export const shuffledDominant = (n: number): fc.Arbitrary<Matrix> =>
  fc.tuple(arb.square(n, { max: 9, decimals: 0 }), fc.shuffledSubarray(range(n), { minLength: n, maxLength: n })).map(([R, order]) => {
    const D = R.map((row, i) => row.map((x, j) => (i !== j ? x : (x < 0 ? -1 : 1) * (row.reduce((s, y, k) => (k === i ? s : s + Math.abs(y)), 0) + 1 + Math.abs(x)))));
    return order.map((i) => D[i]);
  });

/** An n×n integer matrix of rank below n: B·C with B n×r and C r×n, r < n. */
export const rankDeficient = (n: number): fc.Arbitrary<Matrix> =>
  fc.integer({ min: 0, max: n - 1 }).chain((r) =>
    r === 0 ? fc.constant(Array.from({ length: n }, () => new Array<number>(n).fill(0))) : fc.tuple(arb.matrix(n, r, { max: 3, decimals: 0 }), arb.matrix(r, n, { max: 3, decimals: 0 })).map(([B, C]) => matMul(B, C)),
  );

/** A deterministic, well-conditioned n×n matrix for timing (no randomness: every run times the same work). */
export const timingMatrix = (n: number): Matrix =>
  Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? n + 1 : Math.sin(1 + i * n + j))));

/** The lesson's 3×3 system: elimination swaps rows on the way. */
export const LESSON_A: Matrix = [
  [2, 1, -1],
  [-3, -1, 2],
  [-2, 1, 2],
];
export const LESSON_B: Vector = [8, -11, -3];

/** Singular: the third row is twice the second minus the first, yet rounding leaves a pivot of 1e-16, not 0. */
export const ROUNDING_SINGULAR: Matrix = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9],
];
/** Singular too, scaled by 1e12: rounding leaves a pivot near 1.5e-5, far above any fixed threshold like 1e-10. */
export const SCALED_UP_SINGULAR: Matrix = scaled(1e12, [
  [0.1, 0.2, 0.3],
  [0.4, 0.5, 0.6],
  [0.7, 0.8, 0.9],
]);
