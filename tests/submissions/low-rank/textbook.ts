// expect: pass
// Straight from the lesson: check k, take svd(A), add up the first k layers σₜ·uₜ·vₜᵀ.
import type { Matrix } from "../helpers";
import { svd } from "./svd";

export function lowRank(A: Matrix, k: number): Matrix {
  const { U, S, V } = svd(A);
  const m = A.length;
  const n = A[0].length;
  if (!Number.isInteger(k) || k < 0 || k > Math.min(m, n)) throw new Error(`k must be a whole number from 0 to ${Math.min(m, n)}`);
  const Ak: Matrix = A.map((row) => row.map(() => 0));
  for (let t = 0; t < k; t++) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) Ak[i][j] += S[t] * U[i][t] * V[j][t];
    }
  }
  return Ak;
}
