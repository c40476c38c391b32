// expect: fail tol-ignored
// Accepts tol but always uses the default cut-off.
import type { Matrix } from "../helpers";
import { svd } from "./svd";

export function pinv(A: Matrix, _tol?: number): Matrix {
  const { U, S, V } = svd(A);
  const m = A.length;
  const n = A[0].length;
  const cutoff = Math.max(m, n) * Number.EPSILON * S[0];
  const X: Matrix = Array.from({ length: n }, () => new Array<number>(m).fill(0));
  for (let t = 0; t < S.length; t++) {
    if (S[t] <= cutoff) continue;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) X[i][j] += (V[i][t] * U[j][t]) / S[t];
    }
  }
  return X;
}
