// expect: pass
// Right-looking (outer-product) Cholesky: take a column, then subtract its outer product from the rest of a working copy.
import { clone, zeros, type Matrix } from "../helpers";

export function cholesky(A: Matrix): Matrix {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("cholesky: A must be square");
  if (A.some((row, i) => row.some((x, j) => x !== A[j][i]))) throw new Error("cholesky: A must be symmetric");
  const limit = n * Number.EPSILON * Math.max(...A.map((row) => Math.max(...row.map(Math.abs))));
  const W = clone(A);
  const L = zeros(n, n);
  for (let k = 0; k < n; k++) {
    if (W[k][k] <= limit) throw new Error("cholesky: A is not positive definite");
    const d = Math.sqrt(W[k][k]);
    for (let i = k; i < n; i++) L[i][k] = W[i][k] / d;
    for (let i = k + 1; i < n; i++) {
      for (let j = k + 1; j <= i; j++) {
        W[i][j] -= L[i][k] * L[j][k];
        W[j][i] = W[i][j];
      }
    }
  }
  return L;
}
