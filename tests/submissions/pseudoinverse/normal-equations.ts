// expect: fail normal-equations
// A⁺ = (AᵀA)⁻¹Aᵀ with the topic-06 inverse: right for independent columns, impossible otherwise.
import type { Matrix } from "../helpers";
import { inverse } from "../06-elimination/inverse";
import { matMul } from "../03-matrices/matrix-multiply";
import { transpose } from "../03-matrices/matrix-ops";

export function pinv(A: Matrix, _tol?: number): Matrix {
  const At = transpose(A);
  return matMul(inverse(matMul(At, A)), At);
}
