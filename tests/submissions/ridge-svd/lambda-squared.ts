// expect: fail lambda-squared
// Uses σ/(σ² + λ²), squaring the penalty weight.
import type { Matrix, Vector } from "../helpers";
import { svd } from "../12-svd/svd";

export function ridgeSVD(X: Matrix, y: Vector, lambda: number): Vector {
  if (lambda < 0) throw new Error("lambda must be >= 0");
  if (y.length !== X.length) throw new Error("y must have one entry per row of X");
  const { U, S, V } = svd(X);
  const w = new Array(X[0].length).fill(0);
  S.forEach((s, i) => {
    if (s === 0) return;
    const uy = U.reduce((acc, row, r) => acc + row[i] * y[r], 0);
    V.forEach((row, j) => (w[j] += (s / (s * s + lambda * lambda)) * uy * row[i]));
  });
  return w;
}
