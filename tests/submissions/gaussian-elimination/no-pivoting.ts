// expect: fail no-pivoting
// Elimination that never swaps rows (and never checks a pivot): a zero first pivot gives NaN, a 1e-20 pivot gives [0, 1] instead of [1, 1].
import type { Matrix, Vector } from "../helpers";

export function solve(A: Matrix, b: Vector): Vector {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n) || b.length !== n) throw new Error("solve: bad shapes");
  const M = A.map((row, i) => [...row, b[i]]);
  for (let k = 0; k < n; k++) {
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
