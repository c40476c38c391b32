/**
 * The grader's own SVD and the measurements the three topic-12 specs share (specs never import the
 * reference, and never trust the learner's). One-sided Jacobi: accurate to about ε·σ₁ for every
 * singular value, so it can judge answers on matrices where the AᵀA route loses digits.
 */
import { arb, fc, linalg, type Args } from "latutor/kit";

export type Matrix = number[][];
export type Vector = number[];

export interface SVD {
  U: Matrix;
  S: Vector;
  V: Matrix;
}


/** The kit's thin SVD (one-sided Jacobi; singular values descending; U columns of zero σ completed). */
export const svdOf = (A: Matrix): SVD => linalg.thinSVD(A);

export const frobenius = (A: Matrix): number => linalg.norm2(A.flat());

/** Σ over the chosen indices of S[i]·u_i·v_iᵀ (an m×n matrix; the zero matrix for no index). */
export function partialSum({ U, S, V }: SVD, indices: number[]): Matrix {
  return U.map((urow) => V.map((vrow) => indices.reduce((s, i) => s + S[i] * urow[i] * vrow[i], 0)));
}

/** Σ over the chosen indices of v_i·u_iᵀ / S[i] (an n×m matrix): a pseudoinverse keeping those σ. */
export function inverseSum({ U, S, V }: SVD, indices: number[]): Matrix {
  return V.map((vrow) => U.map((urow) => indices.reduce((s, i) => s + (vrow[i] * urow[i]) / S[i], 0)));
}

export const range = (k: number): number[] => Array.from({ length: k }, (_, i) => i);

export const isMatrix = (x: unknown): x is Matrix => Array.isArray(x) && x.length > 0 && x.every((r) => Array.isArray(r) && r.every((v) => typeof v === "number"));

/** Largest |entry| of (QᵀQ − I), the worst pair of columns, and their dot product itself (the squared length when i = j). */
export function orthoError(Q: Matrix): { err: number; i: number; j: number; value: number } {
  const k = Q[0]?.length ?? 0;
  let worst = { err: 0, i: 0, j: 0, value: 1 };
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      let s = 0;
      for (const row of Q) s += row[i] * row[j];
      const e = Math.abs(s - (i === j ? 1 : 0));
      if (!(e <= worst.err)) worst = { err: Number.isNaN(e) ? Infinity : e, i, j, value: s };
    }
  }
  return worst;
}

export const fmt = (x: number): string => (x === 0 ? "0" : Math.abs(x) >= 1e-3 && Math.abs(x) < 1e6 ? String(Number(x.toPrecision(6))) : x.toExponential(3));

export const scaled = (c: number, A: Matrix): Matrix => A.map((row) => row.map((x) => x * c));

/**
 * Every singular value is either clearly non-zero (≥ 1e-3·σ₁: the AᵀA route still gets it to about
 * 1e-10) or clearly zero (≤ 1e-12·σ₁: rounding dust of an exactly rank-deficient matrix). Required
 * random cases keep to such matrices, so that the textbook route is accurate enough on all of them.
 */
export function clearSpectrum(A: Matrix): boolean {
  const { S } = svdOf(A);
  if (S[0] === 0) return true;
  return S.every((s) => s >= 1e-3 * S[0] || s <= 1e-12 * S[0]);
}

/** Products B·C of small one-decimal matrices, B m×r and C r×n with r < min(m, n): exactly rank-deficient. */
export const rankDeficient = (mMax = 5, nMax = 5): fc.Arbitrary<Args> =>
  fc
    .tuple(fc.integer({ min: 2, max: mMax }), fc.integer({ min: 2, max: nMax }))
    .chain(([m, n]) => fc.integer({ min: 1, max: Math.min(m, n) - 1 }).chain((r) => fc.tuple(arb.matrix(m, r, { max: 5, decimals: 1 }), arb.matrix(r, n, { max: 5, decimals: 1 }))))
    .map(([B, C]) => [linalg.matMul(B, C)] as Args)
    .filter((args) => clearSpectrum(args[0] as Matrix) && linalg.maxAbs(args[0] as Matrix) > 0);

/** Any small matrix (1 to 5 rows and columns) whose spectrum is clear-cut. */
export const anyMatrix: fc.Arbitrary<Args> = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([m, n]) => arb.matrix(m, n))
  .map((A) => [A] as Args)
  .filter((args) => clearSpectrum(args[0] as Matrix));

/** A matrix with a repeated singular value: U·diag(s)·Vᵀ with s = [a, a, b] or [a, b, b] style spectra. */
export const repeated: fc.Arbitrary<Args> = fc
  .tuple(fc.integer({ min: 3, max: 5 }), fc.integer({ min: 3, max: 5 }), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 3 }), fc.boolean())
  .chain(([m, n, a, b, top]) => arb.withSingularValues(m, n, top ? [a, a, b] : [a + b, b, b]))
  .map((A) => [A] as Args);
