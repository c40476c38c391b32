// expect: fail in-place
// Eliminates on A.slice(), a shallow copy: the rows are the caller's, so A is overwritten (b is copied properly).
import type { Matrix, Vector } from "../helpers";

export function solve(A: Matrix, b: Vector): Vector {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("solve: A must be square");
  if (b.length !== n) throw new Error("solve: b must have one entry per row of A");

  const M = A.slice(); const rhs = b.slice(); M.forEach((row, i) => row.push(rhs[i]));
  let biggest = 0;
  for (const row of A) for (const x of row) biggest = Math.max(biggest, Math.abs(x));

  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) {
      if (Math.abs(M[i][k]) > Math.abs(M[p][k])) p = i;
    }
    if (Math.abs(M[p][k]) <= n * Number.EPSILON * biggest) throw new Error("solve: A is singular");
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
