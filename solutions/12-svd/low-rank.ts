// Reference implementation: the best rank-k approximation (Eckart–Young), from the SVD.
import { svd } from "./svd";

export type Vector = number[];
export type Matrix = number[][];

/**
 * A_k = σ₁·u₁·v₁ᵀ + … + σ_k·u_k·v_kᵀ: keep the k largest singular values and drop the rest.
 * Eckart–Young: no matrix of rank ≤ k is closer to A, in the 2-norm (error σ_{k+1}) or in the
 * Frobenius norm (error √(σ_{k+1}² + … + σ_r²)).
 * k must be a whole number from 0 to min(m, n); k = 0 gives the zero matrix of A's shape.
 */
export function lowRank(A: Matrix, k: number): Matrix {
  const { U, S, V } = svd(A); // also checks that A is a matrix
  const m = A.length;
  const n = A[0].length;
  if (!Number.isInteger(k) || k < 0 || k > Math.min(m, n)) {
    throw new Error(`lowRank: k must be a whole number from 0 to min(m, n) = ${Math.min(m, n)}, got ${k}`);
  }
  const Ak: Matrix = Array.from({ length: m }, () => new Array<number>(n).fill(0));
  for (let t = 0; t < k; t++) {
    // Add the rank-1 layer σ_t · u_t · v_tᵀ.
    for (let i = 0; i < m; i++) {
      const su = S[t] * U[i][t];
      for (let j = 0; j < n; j++) Ak[i][j] += su * V[j][t];
    }
  }
  return Ak;
}
