// expect: fail no-pivoting
// Doolittle without row exchanges (P is always I): a zero first pivot gives NaN, and a 1e-20 pivot gives L·U that has lost A's corner entry.
import { identity, type Matrix } from "../helpers";

export function lu(A: Matrix): { P: Matrix; L: Matrix; U: Matrix } {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("lu: A must be square");
  const U = A.map((row) => row.slice());
  const L = identity(n);
  for (let k = 0; k < n; k++) {
    for (let i = k + 1; i < n; i++) {
      const m = U[i][k] / U[k][k];
      L[i][k] = m;
      for (let j = k; j < n; j++) U[i][j] -= m * U[k][j];
    }
  }
  return { P: identity(n), L, U };
}
