// expect: fail penalty-sign
// Subtracts λ from the diagonal: the sign of the penalty's gradient is flipped.
import type { Matrix, Vector } from "../helpers";
import { solve } from "../06-elimination/gaussian-elimination";

export function ridge(X: Matrix, y: Vector, lambda: number): Vector {
  if (lambda < 0) throw new Error("lambda must be ≥ 0");
  const m = X.length;
  const n = m ? X[0].length : 0;
  if (X.some((row) => row.length !== n)) throw new Error("rows of X differ in length");
  if (y.length !== m) throw new Error("y needs one entry per row of X");

  const A: Matrix = [];
  const b: Vector = [];
  for (let i = 0; i < n; i++) {
    A.push([]);
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < m; k++) s += X[k][i] * X[k][j];
      A[i].push(i === j ? s - lambda : s);
    }
    let t = 0;
    for (let k = 0; k < m; k++) t += X[k][i] * y[k];
    b.push(t);
  }
  return solve(A, b);
}
