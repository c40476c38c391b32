// Exercise: low-rank (topic 12-svd)
//
// lowRank(A, k): the best approximation of A by a matrix of rank at most k (Eckart–Young):
//   A_k = S[0]·u₀·v₀ᵀ + S[1]·u₁·v₁ᵀ + … + S[k−1]·u_{k−1}·v_{k−1}ᵀ   (the k LARGEST singular values)
// It has A's shape (m×n), and ‖A − A_k‖ is as small as any rank-k matrix can make it:
// S[k] in the 2-norm, √(S[k]² + S[k+1]² + …) in the Frobenius norm.
//   lowRank([[3, 0], [4, 5]], 1)  → [[1.5, 1.5], [4.5, 4.5]]
//   lowRank([[1, 0], [0, 2]], 1)  → [[0, 0], [0, 2]]
//   lowRank(A, min(m, n))         → A itself (up to rounding)
//   lowRank([[1, 2], [3, 4]], 0)  → [[0, 0], [0, 0]]   (k = 0 is valid: the zero matrix of A's shape)
//
// Rules:
// - Never change A. Rows of different lengths → throw an Error.
// - k must be a whole number from 0 to min(m, n); anything else (negative, too large, 1.5)
//   → throw an Error.
// - Rank-deficient A is valid. Use your own svd (import { svd } from "./svd").
// - Accuracy demanded: 1e-6 relative to A (the hidden matrices keep σ₁/σ ≤ 1000 over the
//   non-zero σ).
//
// Check your work:  latutor check low-rank     Stuck?  latutor hint low-rank
import type { Matrix } from "../helpers";

export function lowRank(A: Matrix, k: number): Matrix {
  // TODO: keep the k largest singular triplets of svd(A)
  throw new Error("TODO: implement lowRank(A, k)");
}
