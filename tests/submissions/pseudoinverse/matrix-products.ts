// expect: pass
// A⁺ = V·Σ⁺·Uᵀ as two matrix products (from topic 03), with Σ⁺ the k×k diagonal of 1/σ (0 where σ ≤ tol).
import type { Matrix } from "../helpers";
import { matMul } from "../03-matrices/matrix-multiply";
import { transpose } from "../03-matrices/matrix-ops";
import { svd } from "./svd";

export function pinv(A: Matrix, tol?: number): Matrix {
  const { U, S, V } = svd(A);
  const cutoff = tol === undefined ? Math.max(A.length, A[0].length) * Number.EPSILON * S[0] : tol;
  const SigmaPlus: Matrix = S.map((s, i) => S.map((_, j) => (i === j && s > cutoff ? 1 / s : 0)));
  return matMul(matMul(V, SigmaPlus), transpose(U));
}
