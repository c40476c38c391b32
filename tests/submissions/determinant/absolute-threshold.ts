// expect: fail absolute-threshold
// Elimination with partial pivoting that returns 0 as soon as a pivot is below 1e-10: a matrix scaled by 1e-12 gets determinant 0.
import type { Matrix } from "../helpers";

export function det(A: Matrix): number {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("det: A must be square");
  const U = A.map((row) => row.slice());
  let sign = 1;
  let product = 1;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) {
      if (Math.abs(U[i][k]) > Math.abs(U[p][k])) p = i;
    }
    if (Math.abs(U[p][k]) < 1e-10) return 0;
    if (p !== k) {
      [U[k], U[p]] = [U[p], U[k]];
      sign = -sign;
    }
    product *= U[k][k];
    for (let i = k + 1; i < n; i++) {
      const m = U[i][k] / U[k][k];
      for (let j = k; j < n; j++) U[i][j] -= m * U[k][j];
    }
  }
  return sign * product;
}
