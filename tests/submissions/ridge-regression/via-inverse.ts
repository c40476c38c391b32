// expect: pass
// w = (XᵀX + λI)⁻¹·Xᵀy taken literally, with the learner's Gauss–Jordan inverse from topic 06.
import type { Matrix, Vector } from "../helpers";
import { transpose } from "../03-matrices/matrix-ops";
import { matMul, matVec } from "../03-matrices/matrix-multiply";
import { inverse } from "../06-elimination/inverse";

export function ridge(X: Matrix, y: Vector, lambda: number): Vector {
  if (lambda < 0) throw new Error("ridge: lambda must be ≥ 0");
  if (y.length !== X.length || X.some((r) => r.length !== X[0].length)) throw new Error("ridge: shapes do not match");
  const Xt = transpose(X);
  const A = matMul(Xt, X).map((row, i) => row.map((v, j) => (i === j ? v + lambda : v)));
  return matVec(inverse(A), matVec(Xt, y));
}
