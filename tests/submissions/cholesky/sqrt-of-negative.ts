// expect: fail indefinite-not-refused
// Banachiewicz with no test at all under the square root: an indefinite A comes back with NaN (Math.sqrt of a negative number).
import { zeros, type Matrix } from "../helpers";

export function cholesky(A: Matrix): Matrix {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("cholesky: A must be square");
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (A[i][j] !== A[j][i]) throw new Error("cholesky: A is not symmetric");
    }
  }
  let biggest = 0;
  for (const row of A) for (const x of row) biggest = Math.max(biggest, Math.abs(x));

  const L = zeros(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = A[i][j];
      for (let k = 0; k < j; k++) sum -= L[i][k] * L[j][k];
      if (i === j) {

        L[i][i] = Math.sqrt(sum);
      } else {
        L[i][j] = sum / L[j][j];
      }
    }
  }
  return L;
}
