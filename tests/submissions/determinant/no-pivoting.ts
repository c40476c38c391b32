// expect: fail no-pivoting
// Multiplies the pivots of elimination without row exchanges: [[0, 1], [1, 0]] divides by its zero pivot and gives NaN.
import type { Matrix } from "../helpers";

export function det(A: Matrix): number {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("det: A must be square");
  const U = A.map((row) => row.slice());
  let product = 1;
  for (let k = 0; k < n; k++) {
    product *= U[k][k];
    for (let i = k + 1; i < n; i++) {
      const m = U[i][k] / U[k][k];
      for (let j = k; j < n; j++) U[i][j] -= m * U[k][j];
    }
  }
  return product;
}
