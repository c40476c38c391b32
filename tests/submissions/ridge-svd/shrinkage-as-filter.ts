// expect: fail shrinkage-factor-as-filter
// Multiplies uᵢ·y by the shrinkage factor σ²/(σ² + λ) and forgets the 1/σ of least squares.
import type { Matrix, Vector } from "../helpers";
import { svd } from "../12-svd/svd";

export function ridgeSVD(X: Matrix, y: Vector, lambda: number): Vector {
  if (lambda < 0) throw new Error("lambda must be >= 0");
  if (y.length !== X.length) throw new Error("y must have one entry per row of X");
  const { U, S, V } = svd(X);
  const w = new Array(X[0].length).fill(0);
  S.forEach((s, i) => {
    const uy = U.reduce((acc, row, r) => acc + row[i] * y[r], 0);
    const shrink = (s * s) / (s * s + lambda);
    V.forEach((row, j) => (w[j] += shrink * uy * row[i]));
  });
  return w;
}
