// expect: fail no-pivoting
// Gauss–Jordan that never swaps rows: [[0, 1], [1, 0]] divides by its zero pivot, and a 1e-20 pivot wipes out the −1 of the answer.
import type { Matrix } from "../helpers";

export function inverse(A: Matrix): Matrix {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("inverse: A must be square");
  const M = A.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let k = 0; k < n; k++) {
    if (M[k][k] === 0) throw new Error("inverse: zero pivot, A is singular");
    const pivot = M[k][k];
    for (let j = 0; j < 2 * n; j++) M[k][j] /= pivot;
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const m = M[i][k];
      for (let j = 0; j < 2 * n; j++) M[i][j] -= m * M[k][j];
    }
  }
  return M.map((row) => row.slice(n));
}
