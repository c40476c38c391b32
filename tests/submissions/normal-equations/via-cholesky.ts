// expect: pass
// XᵀX through the topic-03 matrix helpers, then the learner's cholesky and two triangular solves.
import type { Matrix, Vector } from "../helpers";
import { transpose } from "../03-matrices/matrix-ops";
import { matMul, matVec } from "../03-matrices/matrix-multiply";
import { cholesky } from "../06-elimination/cholesky";

export function leastSquares(X: Matrix, y: Vector): Vector {
  const m = X.length;
  const n = m ? X[0].length : 0;
  if (!n || X.some((r) => r.length !== n) || m < n || y.length !== m) throw new Error("leastSquares: X must be m×n with m ≥ n, y of length m");
  const Xt = transpose(X);
  const L = cholesky(matMul(Xt, X)); // not SPD ⇔ X rank-deficient: cholesky throws
  const c = matVec(Xt, y);
  const z: Vector = [];
  for (let i = 0; i < n; i++) {
    let s = c[i];
    for (let k = 0; k < i; k++) s -= L[i][k] * z[k];
    z.push(s / L[i][i]);
  }
  const w = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < n; k++) s -= L[k][i] * w[k];
    w[i] = s / L[i][i];
  }
  return w;
}
