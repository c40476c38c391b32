// expect: pass
// The lesson's formula with the learner's own svd from topic 12: w = Σᵢ σᵢ/(σᵢ² + λ)·(uᵢ·y)·vᵢ.
import type { Matrix, Vector } from "../helpers";
import { svd } from "../12-svd/svd";

export function ridgeSVD(X: Matrix, y: Vector, lambda: number): Vector {
  if (lambda < 0) throw new Error("lambda must be >= 0");
  if (y.length !== X.length) throw new Error("y must have one entry per row of X");
  const n = X[0].length;
  for (const row of X) if (row.length !== n) throw new Error("X is ragged");
  const { U, S, V } = svd(X);
  const w = new Array(n).fill(0);
  for (let i = 0; i < S.length; i++) {
    if (S[i] === 0) continue;
    let uy = 0;
    for (let r = 0; r < X.length; r++) uy += U[r][i] * y[r];
    const c = (S[i] / (S[i] * S[i] + lambda)) * uy;
    for (let j = 0; j < n; j++) w[j] += c * V[j][i];
  }
  return w;
}
