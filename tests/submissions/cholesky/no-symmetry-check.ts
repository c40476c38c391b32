// expect: fail symmetry-not-checked
// Banachiewicz with the pivot test but no symmetry test: it reads only the lower triangle, so a non-symmetric A is "factored".
import { zeros, type Matrix } from "../helpers";

export function cholesky(A: Matrix): Matrix {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("cholesky: A must be square");
  let biggest = 0;
  for (const row of A) for (const x of row) biggest = Math.max(biggest, Math.abs(x));

  const L = zeros(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = A[i][j];
      for (let k = 0; k < j; k++) sum -= L[i][k] * L[j][k];
      if (i === j) {
        if (sum <= n * Number.EPSILON * biggest) throw new Error("cholesky: A is not positive definite");
        L[i][i] = Math.sqrt(sum);
      } else {
        L[i][j] = sum / L[j][j];
      }
    }
  }
  return L;
}
