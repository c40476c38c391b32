/**
 * Seeded generators for hidden cases, built on fast-check so that a failing input shrinks to a
 * small one. Entries are drawn as integers divided by a power of ten: they shrink towards small
 * round numbers (0, 1, 0.5) that a learner can follow by hand.
 */
import * as fc from "fast-check";
import { fromSingularValues, matMul, orthogonalFrom, transpose, type Matrix, type Vector } from "./linalg";

export { fc };

export interface EntryOptions {
  /** Largest absolute value of an entry (default 10). */
  max?: number;
  /** Decimal places (default 2); 0 gives integers. */
  decimals?: number;
}

/** One number in [−max, max] with `decimals` decimal places. */
export function entry({ max = 10, decimals = 2 }: EntryOptions = {}): fc.Arbitrary<number> {
  const scale = 10 ** decimals;
  return fc.integer({ min: -max * scale, max: max * scale }).map((k) => (k === 0 ? 0 : k / scale));
}

/** A vector of exactly n entries. */
export const vector = (n: number, options?: EntryOptions): fc.Arbitrary<Vector> => fc.array(entry(options), { minLength: n, maxLength: n });

/** A length from the range, then whatever `build` makes of it (so related vectors share a length). */
export const sized = <T>(min: number, max: number, build: (n: number) => fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.integer({ min, max }).chain(build);

/** A vector with at least one entry of magnitude ≥ 0.5, so it has a direction. */
export const nonZeroVector = (n: number, options?: EntryOptions): fc.Arbitrary<Vector> =>
  fc.tuple(vector(n, options), fc.integer({ min: 0, max: n - 1 }), fc.boolean()).map(([v, i, neg]) => {
    if (v.some((x) => Math.abs(x) >= 0.5)) return v;
    const w = v.slice();
    w[i] = neg ? -1 : 1;
    return w;
  });

/** An m×n matrix. */
export const matrix = (m: number, n: number, options?: EntryOptions): fc.Arbitrary<Matrix> =>
  fc.array(vector(n, options), { minLength: m, maxLength: m });

/** Run `gen` with a fixed seed and return `count` samples (for fixed cases built from randomness). */
export function sample<T>(gen: fc.Arbitrary<T>, seed: number, count = 1): T[] {
  return fc.sample(gen, { seed, numRuns: count });
}

/** An n×n matrix. */
export const square = (n: number, options?: EntryOptions): fc.Arbitrary<Matrix> => matrix(n, n, options);

/** An m×n matrix with m > n (more equations than unknowns), sizes from the ranges. */
export const tall = (rows: [number, number], cols: [number, number], options?: EntryOptions): fc.Arbitrary<Matrix> =>
  fc.integer({ min: cols[0], max: cols[1] }).chain((n) => fc.integer({ min: Math.max(rows[0], n + 1), max: Math.max(rows[1], n + 1) }).chain((m) => matrix(m, n, options)));

/** An m×n matrix with m < n. */
export const wide = (rows: [number, number], cols: [number, number], options?: EntryOptions): fc.Arbitrary<Matrix> =>
  tall(cols, rows, options).map((A) => transpose(A));

/** An n×n orthogonal matrix (QᵀQ = I), from the QR factorisation of a random matrix. */
export const orthogonal = (n: number): fc.Arbitrary<Matrix> =>
  matrix(n, n, { max: 1, decimals: 3 })
    .map((A) => A.map((row, i) => row.map((x, j) => x + (i === j ? 2 : 0))))
    .map(orthogonalFrom);

/** An m×n matrix with exactly the given singular values (in any order; padded with zeros). */
export const withSingularValues = (m: number, n: number, singular: number[]): fc.Arbitrary<Matrix> =>
  fc.tuple(orthogonal(m), orthogonal(n)).map(([U, V]) => {
    const s = Array.from({ length: Math.min(m, n) }, (_, i) => singular[i] ?? 0);
    return fromSingularValues(U, s, V);
  });

/** An n×n matrix with 2-norm condition number κ: singular values spaced geometrically from 1 to 1/κ. */
export const withCondition = (n: number, kappa: number): fc.Arbitrary<Matrix> =>
  withSingularValues(n, n, Array.from({ length: n }, (_, i) => (n === 1 ? 1 : kappa ** (-i / (n - 1)))));

/** An m×n matrix of rank exactly r (r < min(m, n) makes it rank-deficient). */
export const withRank = (m: number, n: number, r: number): fc.Arbitrary<Matrix> =>
  fc.array(fc.integer({ min: 1, max: 10 }), { minLength: r, maxLength: r }).chain((s) => withSingularValues(m, n, s));

/** A symmetric positive definite n×n matrix: BBᵀ + nI for a random B. */
export const spd = (n: number, options?: EntryOptions): fc.Arbitrary<Matrix> =>
  matrix(n, n, options).map((B) => {
    const A = matMul(B, transpose(B));
    return A.map((row, i) => row.map((x, j) => (i === j ? x + n : (x + A[j][i]) / 2)));
  });

/**
 * An invertible n×n matrix (n ≥ 2) whose top-left entry is 0: Gaussian elimination without row
 * exchanges divides by zero at once. Built as P·L·U with U's diagonal non-zero and L[1][0] = 0,
 * P swapping rows 0 and 1.
 */
export const zeroLeadingPivot = (n: number): fc.Arbitrary<Matrix> =>
  fc.tuple(matrix(n, n, { max: 5, decimals: 0 }), fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n }), fc.array(fc.boolean(), { minLength: n, maxLength: n })).map(([R, diag, neg]) => {
    const L = R.map((row, i) => row.map((x, j) => (i === j ? 1 : j < i && !(i === 1 && j === 0) ? x : 0)));
    const U = R.map((row, i) => row.map((x, j) => (i === j ? (neg[i] ? -diag[i] : diag[i]) : j > i ? x : 0)));
    const M = matMul(L, U);
    [M[0], M[1]] = [M[1], M[0]];
    return M;
  });

/** The n×n Hilbert matrix 1/(i + j + 1): famously ill-conditioned (κ ≈ 1.5e10 at n = 8). */
export const hilbert = (n: number): Matrix => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => 1 / (i + j + 1)));

/** Small edge cases every matrix function should survive: 1×1, a single row, a single column. */
export const edgeMatrices = (options?: EntryOptions): fc.Arbitrary<Matrix> =>
  fc.oneof(matrix(1, 1, options), fc.integer({ min: 2, max: 4 }).chain((n) => fc.oneof(matrix(1, n, options), matrix(n, 1, options))));
