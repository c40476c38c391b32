// Exercise: svd (topic 12-svd)
//
// svd(A): the thin singular value decomposition A = U·diag(S)·Vᵀ of an m×n matrix. With
// k = min(m, n): U is m×k, S has k entries, V is n×k.
//   - S: the singular values, all ≥ 0, in DESCENDING order.
//   - U and V: orthonormal columns (UᵀU = VᵀV = I, k×k).
//   - Column i of U and column i of V belong together: A·vᵢ = Sᵢ·uᵢ. Either may be flipped,
//     but only together (flip uᵢ without vᵢ and U·diag(S)·Vᵀ is no longer A).
//   svd([[3, 0], [4, 5]])  → S = [6.708…, 2.236…]   (√45 and √5: AᵀA has eigenvalues 45 and 5)
//   svd([[2, 0], [0, -3]]) → S = [3, 2], U = [[0, 1], [-1, 0]], V = [[0, 1], [1, 0]]   (one choice of signs)
//   svd([[1, 1], [1, 1]])  → S = [2, 0]   (rank 1)
//   svd([[1, 0, 1], [0, 1, 1]]) → U 2×2, S of length 2, V 3×2
//
// Rules:
// - Never change A. Rows of different lengths → throw an Error.
// - Singular and rank-deficient matrices are valid. For a zero singular value, the U column is
//   any unit vector orthogonal to the other columns of U (it cannot come from A·v / σ).
// - A zero singular value must come back as 0 (or at rounding level, ≤ max(m, n)·ε·S[0]), not as
//   noise: on the AᵀA route it comes out near 1e-8·S[0], so return every σ ≤ 1e-6·S[0] as exactly
//   0. The hidden tests check this on rank-deficient matrices (pinv and ridge divide by what S says).
// - The lesson's route: the eigenvectors of AᵀA are V, the square roots of its eigenvalues are S,
//   and uᵢ = A·vᵢ / Sᵢ. You may use your topic-11 eigSymmetric:
//     import { eigSymmetric } from "../11-spectral/qr-algorithm";
// - Accuracy demanded: 1e-6 (relative to S[0] and to A) for S, for the orthonormality of U and V,
//   and for A − U·diag(S)·Vᵀ. The hidden matrices keep σ₁/σ (over the non-zero σ) ≤ 1000,
//   where the AᵀA route manages that. A going-deeper case (★) has σ₁/σ_min = 1e8.
//
// Check your work:  latutor check svd     Stuck?  latutor hint svd
import type { Matrix, Vector } from "../helpers";

export function svd(A: Matrix): { U: Matrix; S: Vector; V: Matrix } {
  // TODO: eigendecompose AᵀA, take square roots, build U from A·v / σ
  throw new Error("TODO: implement svd(A)");
}
