// expect: fail exact-zero-test
// Partial pivoting, but singular only when the pivot is exactly 0: rounding leaves 1e-16 for [[1,2,3],[4,5,6],[7,8,9]] and it divides by it.
import type { Matrix, Vector } from "../helpers";

export function solve(A: Matrix, b: Vector): Vector {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("solve: A must be square");
  if (b.length !== n) throw new Error("solve: b must have one entry per row of A");

  const M = A.map((row, i) => [...row, b[i]]);
  let biggest = 0;
  for (const row of A) for (const x of row) biggest = Math.max(biggest, Math.abs(x));

  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) {
      if (Math.abs(M[i][k]) > Math.abs(M[p][k])) p = i;
    }
    if (M[p][k] === 0) throw new Error("solve: A is singular");
    const tmp = M[k];
    M[k] = M[p];
    M[p] = tmp;
    for (let i = k + 1; i < n; i++) {
      const m = M[i][k] / M[k][k];
      for (let j = k; j <= n; j++) M[i][j] -= m * M[k][j];
    }
  }

  const x: Vector = new Array(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = M[i][n];
    for (let j = i + 1; j < n; j++) sum -= M[i][j] * x[j];
    x[i] = sum / M[i][i];
  }
  return x;
}
