// Helpers for the pca spec: the statistics the checks and diagnoses compare with, computed in the
// grader's realm from the input alone, and generators of data with a known covariance.
import { arb, fc, linalg, type Args, type Matrix, type Vector } from "latutor/kit";

const { dot, norm2, matMul, transpose, maxAbs } = linalg;

export { dot, norm2, matMul, transpose, maxAbs };
export type { Matrix, Vector };

export const columnMeans = (X: Matrix): Vector => X[0].map((_, j) => X.reduce((s, row) => s + row[j], 0) / X.length);
export const centre = (X: Matrix, mean: Vector): Matrix => X.map((row) => row.map((x, j) => x - mean[j]));

/** Xcᵀ·Xc / (n − 1) for the centred data. */
export function covariance(X: Matrix): Matrix {
  const Xc = centre(X, columnMeans(X));
  const d = X[0].length;
  return Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => Xc.reduce((s, row) => s + row[i] * row[j], 0) / (X.length - 1)));
}

/** XᵀX / (n − 1) of the raw data: what a PCA that forgot to centre diagonalises. */
export function uncentredSecondMoment(X: Matrix): Matrix {
  const d = X[0].length;
  return Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => X.reduce((s, row) => s + row[i] * row[j], 0) / (X.length - 1)));
}

export const trace = (S: Matrix): number => S.reduce((s, row, i) => s + row[i], 0);

/** Eigenvalues of a symmetric matrix, descending (cyclic Jacobi; small matrices only). */
export const eigenvaluesSym = (S: Matrix): Vector => linalg.jacobiEigen(S).values;

export const matVec = (S: Matrix, v: Vector): Vector => S.map((row) => dot(row, v));
/** vᵀSv / vᵀv: the variance along v when S is the covariance. */
export const rayleigh = (S: Matrix, v: Vector): number => dot(v, matVec(S, v)) / dot(v, v);
/** ‖Sv − (vᵀSv)v‖ / ‖v‖: zero exactly when v is an eigenvector of S. */
export function eigenResidual(S: Matrix, v: Vector): number {
  const nv = norm2(v);
  const u = v.map((x) => x / nv);
  const r = rayleigh(S, u);
  return norm2(matVec(S, u).map((x, i) => x - r * u[i]));
}

// ---------- data with a known covariance ----------

/**
 * n samples whose sample covariance is exactly Q·diag(variances)·Qᵀ (up to rounding), centred at
 * `mean`: Xc = U·diag(√((n − 1)·s))·Qᵀ with U's columns orthonormal and orthogonal to the ones
 * vector (so the columns of Xc sum to 0). U comes from a random n×d matrix, centred and
 * orthonormalised; returns undefined when that matrix was too degenerate.
 */
export function withCovariance(R: Matrix, Q: Matrix, variances: Vector, mean: Vector): Matrix | undefined {
  const n = R.length;
  const d = Q.length;
  const cols = transpose(R).map((c) => {
    const m = c.reduce((s, x) => s + x, 0) / n;
    return c.map((x) => x - m);
  });
  const U: Vector[] = [];
  for (const c of cols) {
    let w = c.slice();
    for (let pass = 0; pass < 2; pass++) {
      for (const q of U) {
        const t = dot(q, w);
        w = w.map((x, i) => x - t * q[i]);
      }
    }
    const nw = norm2(w);
    if (!(nw > 1e-3 * Math.max(1, norm2(c)))) return undefined;
    U.push(w.map((x) => x / nw));
  }
  const scale = variances.map((s) => Math.sqrt((n - 1) * s));
  return Array.from({ length: n }, (_, r) => Array.from({ length: d }, (_, j) => mean[j] + U.reduce((s, u, i) => s + u[r] * scale[i] * Q[j][i], 0)));
}

/** Data with a known covariance: a random orientation, the given variances, a random mean. */
export const knownCovariance = (d: number, variances: Vector, k: number, extraRows: [number, number] = [1, 5], meanMax = 50): fc.Arbitrary<Args> =>
  fc
    .tuple(fc.integer({ min: d + extraRows[0], max: d + extraRows[1] }), arb.orthogonal(d), arb.vector(d, { max: meanMax, decimals: 1 }))
    .chain(([n, Q, mean]) => arb.matrix(n, d, { max: 1, decimals: 3 }).map((R) => withCovariance(R, Q, variances, mean)))
    .filter((X): X is Matrix => X !== undefined)
    .map((X) => [X, k] as Args);

/** The relative gaps between the top k + 1 variances are at least `gap`: eigenvectors are well separated. */
export function separated(X: Matrix, k: number, gap = 0.1): boolean {
  const C = covariance(X);
  const lam = eigenvaluesSym(C);
  if (!(lam[0] > 1e-9 * Math.max(1, maxAbs(X)) ** 2)) return false;
  for (let i = 0; i < Math.min(k, lam.length - 1); i++) if (lam[i] - lam[i + 1] < gap * lam[i]) return false;
  return true;
}
