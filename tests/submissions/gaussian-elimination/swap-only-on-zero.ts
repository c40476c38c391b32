// expect: fail no-pivoting
// Swaps rows only when the pivot is exactly 0: the zero pivot is handled, but a pivot of 1e-20 is kept, and the singularity test then refuses an invertible A.
import type { Matrix, Vector } from "../helpers";

export function solve(A: Matrix, b: Vector): Vector {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n) || b.length !== n) throw new Error("solve: bad shapes");
  const M = A.map((row, i) => [...row, b[i]]);
  const biggest = Math.max(...A.map((row) => Math.max(...row.map(Math.abs))));
  for (let k = 0; k < n; k++) {
    if (M[k][k] === 0) {
      const p = M.findIndex((row, i) => i > k && row[k] !== 0);
      if (p < 0) throw new Error("solve: singular");
      [M[k], M[p]] = [M[p], M[k]];
    }
    if (Math.abs(M[k][k]) <= n * Number.EPSILON * biggest) throw new Error("solve: singular");
    for (let i = k + 1; i < n; i++) {
      const m = M[i][k] / M[k][k];
      for (let j = k; j <= n; j++) M[i][j] -= m * M[k][j];
    }
  }
  const x: Vector = new Array(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i][n];
    for (let j = i + 1; j < n; j++) s -= M[i][j] * x[j];
    x[i] = s / M[i][i];
  }
  return x;
}
