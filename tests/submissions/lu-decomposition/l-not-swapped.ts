// expect: fail l-rows-not-swapped
// Partial pivoting swaps the rows of U and the row order, but leaves the multipliers already stored in L where they were.
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
    [U[k], U[p]] = [U[p], U[k]];
    [order[k], order[p]] = [order[p], order[k]];
    if (U[k][k] === 0) continue;
    for (let i = k + 1; i < n; i++) {
      const m = U[i][k] / U[k][k];
      L[i][k] = m;
      for (let j = k; j < n; j++) U[i][j] -= m * U[k][j];
    }
  }
  const I = identity(n);
  return { P: order.map((r) => I[r]), L, U };
}
