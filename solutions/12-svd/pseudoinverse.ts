// Reference implementation: the Moore–Penrose pseudoinverse A⁺ = V·Σ⁺·Uᵀ, from the SVD.
import { svd } from "./svd";

export type Vector = number[];
export type Matrix = number[][];

/**
 * A⁺ (n×m for an m×n A): invert every singular value above `tol`, and treat the others as 0.
 * The default tol is max(m, n)·ε·σ₁: relative to the largest singular value, so scaling A by any
 * c ≠ 0 scales A⁺ by 1/c and never changes which singular values count. A⁺·b is the
 * minimum-norm least-squares solution of A·x = b.
 */
export function pinv(A: Matrix, tol?: number): Matrix {
  const { U, S, V } = svd(A); // also checks that A is a matrix
  const m = A.length;
  const n = A[0].length;
  if (tol !== undefined && !(tol >= 0 && Number.isFinite(tol))) {
    throw new Error(`pinv: tol must be a finite number ≥ 0, got ${tol}`);
  }
  const cutoff = tol ?? Math.max(m, n) * Number.EPSILON * S[0];
  const X: Matrix = Array.from({ length: n }, () => new Array<number>(m).fill(0));
  S.forEach((s, t) => {
    if (s <= cutoff) return; // zero, or too small to trust: leave it out (Σ⁺ has 0 there)
    // Add the layer v_t · u_tᵀ / σ_t.
    for (let i = 0; i < n; i++) {
      const v = V[i][t] / s;
      for (let j = 0; j < m; j++) X[i][j] += v * U[j][t];
    }
  });
  return X;
}
