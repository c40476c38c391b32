// expect: fail upper-factor
// Computes the right numbers but stores them as R = Lᵀ (row j holds column j of L): A = Rᵀ·R, the upper factor, not the lower one.
import { zeros, type Matrix } from "../helpers";

export function cholesky(A: Matrix): Matrix {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("cholesky: A must be square");
  if (A.some((row, i) => row.some((x, j) => x !== A[j][i]))) throw new Error("cholesky: A must be symmetric");
  const biggest = Math.max(...A.map((row) => Math.max(...row.map(Math.abs))));
  const R = zeros(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = A[i][j];
      for (let k = 0; k < j; k++) sum -= R[k][i] * R[k][j];
      if (i === j) {
        if (sum <= n * Number.EPSILON * biggest) throw new Error("cholesky: A is not positive definite");
        R[i][i] = Math.sqrt(sum);
      } else {
        R[j][i] = sum / R[j][j];
      }
    }
  }
  return R;
}
