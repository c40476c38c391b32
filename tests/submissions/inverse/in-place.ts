// expect: fail in-place
// Reduces A itself to the identity (rows shared through A.slice()) while the same operations turn a separate identity into A⁻¹.
import { identity, type Matrix } from "../helpers";

export function inverse(A: Matrix): Matrix {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("inverse: A must be square");
  const biggest = Math.max(...A.map((row) => Math.max(...row.map(Math.abs))));
  const M = A.slice();
  const X = identity(n);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i][k]) > Math.abs(M[p][k])) p = i;
    if (Math.abs(M[p][k]) <= n * Number.EPSILON * biggest) throw new Error("inverse: A is singular");
    [M[k], M[p]] = [M[p], M[k]];
    [X[k], X[p]] = [X[p], X[k]];
    const pivot = M[k][k];
    for (let j = 0; j < n; j++) {
      M[k][j] /= pivot;
      X[k][j] /= pivot;
    }
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const m = M[i][k];
      for (let j = 0; j < n; j++) {
        M[i][j] -= m * M[k][j];
        X[i][j] -= m * X[k][j];
      }
    }
  }
  return X;
}
