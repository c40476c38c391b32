// Exercise: pseudoinverse (topic 12-svd)
//
// pinv(A, tol?): the Moore–Penrose pseudoinverse A⁺ of an m×n matrix: an n×m matrix,
//   A⁺ = V·Σ⁺·Uᵀ, where Σ⁺ holds 1/σ for every singular value σ > tol, and 0 for the others.
// A⁺·b is the least-squares solution of A·x = b with the smallest length. For an invertible A,
// A⁺ = A⁻¹; for independent columns, A⁺ = (AᵀA)⁻¹Aᵀ; but A⁺ exists for EVERY matrix.
//   pinv([[1, 2], [3, 4]])   → [[-2, 1], [1.5, -0.5]]        (the inverse)
//   pinv([[1, 1], [1, 1]])   → [[0.25, 0.25], [0.25, 0.25]]  (rank 1)
//   pinv([[1, 2, 2]])        → [[0.111…], [0.222…], [0.222…]]  (Aᵀ / ‖A‖²)
//   pinv([[2, 0], [0, 0]])   → [[0.5, 0], [0, 0]]
//   pinv([[1, 0], [0, 1e-3]], 1e-2) → [[1, 0], [0, 0]]    (1e-3 ≤ tol counts as zero)
//
// Rules:
// - Never change A. Rows of different lengths → throw an Error.
// - Singular, rank-deficient and wide matrices are valid (the zero matrix gives the n×m zero matrix).
// - tol: singular values ≤ tol count as zero. When tol is not given, use
//   max(m, n) · Number.EPSILON · S[0], RELATIVE to the largest singular value: the hidden tests
//   scale matrices by 1e-8 and 1e8 and expect the same rank. An explicit tol replaces it.
// - Use your own svd (import { svd } from "./svd"). Graded by the four Moore–Penrose conditions:
//   A·X·A = A, X·A·X = X, A·X and X·A symmetric (to 1e-8·σ₁/σ_r, σ_r the smallest σ kept).
//
// Check your work:  latutor check pseudoinverse     Stuck?  latutor hint pseudoinverse
import type { Matrix } from "../helpers";

export function pinv(A: Matrix, tol?: number): Matrix {
  // TODO: V · Σ⁺ · Uᵀ, inverting only the singular values above tol
  throw new Error("TODO: implement pinv(A, tol)");
}
