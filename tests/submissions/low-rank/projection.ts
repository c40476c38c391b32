// expect: pass
// Projects the rows of A onto the top-k right singular vectors: A_k = A·V_k·V_kᵀ (the same matrix, another formula).
import type { Matrix } from "../helpers";
import { svd } from "./svd";

export function lowRank(A: Matrix, k: number): Matrix {
  const n = A[0].length;
  if (A.some((row) => row.length !== n)) throw new Error("ragged matrix");
  if (!Number.isInteger(k) || k < 0 || k > Math.min(A.length, n)) throw new Error("k out of range");
  const { V } = svd(A);
  // P = V_k·V_kᵀ, the n×n projector onto the span of v₁ … v_k.
  const P: Matrix = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => {
    let s = 0;
    for (let t = 0; t < k; t++) s += V[i][t] * V[j][t];
    return s;
  }));
  return A.map((row) => P[0].map((_, j) => row.reduce((s, a, i) => s + a * P[i][j], 0)));
}
