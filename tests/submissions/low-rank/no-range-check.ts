// expect: fail k-not-checked
// Never checks k: a k beyond min(m, n) silently returns A, a negative one the zero matrix.
import type { Matrix } from "../helpers";
import { svd } from "./svd";

export function lowRank(A: Matrix, k: number): Matrix {
  const { U, S, V } = svd(A);
  const m = A.length;
  const n = A[0].length;
  const Ak: Matrix = A.map((row) => row.map(() => 0));
  for (let t = 0; t < Math.min(k, S.length); t++) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) Ak[i][j] += S[t] * U[i][t] * V[j][t];
    }
  }
  return Ak;
}
