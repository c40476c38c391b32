// expect: fail singular-refused
// Partial pivoting, but it always divides by the pivot: a column of zeros gives 0 / 0 = NaN multipliers instead of being skipped.
import { identity, type Matrix } from "../helpers";

export function lu(A: Matrix): { P: Matrix; L: Matrix; U: Matrix } {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("lu: A must be square");
  const U = A.map((row) => row.slice());
  const L = identity(n);
  const order = A.map((_, i) => i);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(U[i][k]) > Math.abs(U[p][k])) p = i;
    if (p !== k) {
      [U[k], U[p]] = [U[p], U[k]];
      [order[k], order[p]] = [order[p], order[k]];
      for (let j = 0; j < k; j++) [L[k][j], L[p][j]] = [L[p][j], L[k][j]];
    }
    for (let i = k + 1; i < n; i++) {
      const m = U[i][k] / U[k][k];
      L[i][k] = m;
      for (let j = k; j < n; j++) U[i][j] -= m * U[k][j];
    }
  }
  const I = identity(n);
  return { P: order.map((r) => I[r]), L, U };
}
