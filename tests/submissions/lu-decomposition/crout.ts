// expect: fail crout
// Crout's variant with partial pivoting: the pivots stay on L's diagonal and U gets the 1s, so P·A = L·U holds but L is not unit lower triangular.
import { identity, type Matrix } from "../helpers";

export function lu(A: Matrix): { P: Matrix; L: Matrix; U: Matrix } {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("lu: A must be square");
  const W = A.map((row) => row.slice());
  const order = A.map((_, i) => i);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(W[i][k]) > Math.abs(W[p][k])) p = i;
    [W[k], W[p]] = [W[p], W[k]];
    [order[k], order[p]] = [order[p], order[k]];
    if (W[k][k] === 0) continue;
    for (let i = k + 1; i < n; i++) {
      W[i][k] /= W[k][k];
      for (let j = k + 1; j < n; j++) W[i][j] -= W[i][k] * W[k][j];
    }
  }
  // Move each pivot from U's diagonal onto L's: L = L₀·D, U = D⁻¹·U₀.
  const L = W.map((row, i) => row.map((x, j) => (j < i ? x * W[j][j] : j === i ? x : 0)));
  const U = W.map((row, i) => row.map((x, j) => (j < i ? 0 : j === i ? 1 : W[i][i] === 0 ? x : x / W[i][i])));
  const I = identity(n);
  return { P: order.map((r) => I[r]), L, U };
}
