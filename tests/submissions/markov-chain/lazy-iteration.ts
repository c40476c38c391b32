// expect: pass
// Iterates the lazy chain π ← π·(I + P)/2, which never swings, until one step of P changes π by less than 1e-13.
import type { Matrix, Vector } from "../helpers";

export function steadyState(P: Matrix): Vector {
  const n = P.length;
  if (n === 0) throw new Error("empty P");
  P.forEach((row, i) => {
    if (row.length !== n) throw new Error(`row ${i} has the wrong length`);
    if (row.some((p) => p < 0)) throw new Error(`row ${i} has a negative probability`);
    if (Math.abs(row.reduce((s, p) => s + p, 0) - 1) > 1e-9) throw new Error(`row ${i} does not sum to 1`);
  });
  let pi: Vector = new Array(n).fill(1 / n);
  for (let k = 0; k < 100000; k++) {
    const next = pi.map((_, j) => pi.reduce((s, p, i) => s + p * P[i][j], 0));
    const change = Math.hypot(...next.map((x, j) => x - pi[j]));
    pi = pi.map((x, j) => (x + next[j]) / 2);
    if (change < 1e-13) break;
  }
  const total = pi.reduce((s, x) => s + x, 0);
  return pi.map((x) => x / total);
}
