// expect: pass
// Straight from the lesson: shape checks, XᵀX and Xᵀy by loops, then the learner's own solve from topic 06.
import type { Matrix, Vector } from "../helpers";
import { solve } from "../06-elimination/gaussian-elimination";

export function leastSquares(X: Matrix, y: Vector): Vector {
  const m = X.length;
  const n = m > 0 ? X[0].length : 0;
  if (m === 0 || n === 0) throw new Error("leastSquares: X is empty");
  if (X.some((row) => row.length !== n)) throw new Error("leastSquares: rows of X differ in length");
  if (m < n) throw new Error("leastSquares: X must have at least as many rows as columns");
  if (y.length !== m) throw new Error("leastSquares: y needs one entry per row of X");

  const XtX: Matrix = [];
  const Xty: Vector = [];
  for (let i = 0; i < n; i++) {
    XtX.push([]);
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < m; k++) s += X[k][i] * X[k][j];
      XtX[i].push(s);
    }
    let t = 0;
    for (let k = 0; k < m; k++) t += X[k][i] * y[k];
    Xty.push(t);
  }
  return solve(XtX, Xty); // throws when XᵀX is singular, i.e. X is rank-deficient
}
