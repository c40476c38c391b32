// expect: pass
// XᵀX + λI through the topic-03 helpers, factored by the learner's cholesky, then forward and back substitution.
import type { Matrix, Vector } from "../helpers";
import { transpose } from "../03-matrices/matrix-ops";
import { matMul, matVec } from "../03-matrices/matrix-multiply";
import { cholesky } from "../06-elimination/cholesky";

export function ridge(X: Matrix, y: Vector, lambda: number): Vector {
  if (lambda < 0) throw new Error("negative lambda");
  if (y.length !== X.length || X.some((r) => r.length !== X[0].length)) throw new Error("shape mismatch");
  const Xt = transpose(X);
  const A = matMul(Xt, X).map((row, i) => row.map((v, j) => (i === j ? v + lambda : v)));
  const L = cholesky(A);
  const c = matVec(Xt, y);
  const n = c.length;
  const z = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) z[i] = (c[i] - L[i].slice(0, i).reduce((s, l, k) => s + l * z[k], 0)) / L[i][i];
  const w = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < n; k++) s -= L[k][i] * w[k];
    w[i] = s / L[i][i];
  }
  return w;
}
