// expect: pass
// The formula w = (XᵀX)⁻¹·Xᵀy taken literally, with the learner's Gauss–Jordan inverse from topic 06.
import type { Matrix, Vector } from "../helpers";
import { transpose } from "../03-matrices/matrix-ops";
import { matMul, matVec } from "../03-matrices/matrix-multiply";
import { inverse } from "../06-elimination/inverse";

export function leastSquares(X: Matrix, y: Vector): Vector {
  const m = X.length;
  const n = m ? X[0].length : 0;
  if (!n || X.some((r) => r.length !== n) || m < n || y.length !== m) throw new Error("leastSquares: X must be m×n with m ≥ n, y of length m");
  const Xt = transpose(X);
  return matVec(inverse(matMul(Xt, X)), matVec(Xt, y)); // inverse throws when XᵀX is singular
}
