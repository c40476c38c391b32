// expect: fail not-a-distribution
// Solves for the eigenvector of Pᵀ correctly, then scales it to length 1 (as for an eigenvector) instead of sum 1.
import { solve } from "../06-elimination/gaussian-elimination";
import type { Matrix, Vector } from "../helpers";

export function steadyState(P: Matrix): Vector {
  const n = P.length;
  if (n === 0 || P.some((row) => row.length !== n)) throw new Error("P must be square");
  for (const row of P) {
    if (row.some((p) => p < 0)) throw new Error("P has a negative entry");
    if (Math.abs(row.reduce((s, p) => s + p, 0) - 1) > 1e-9) throw new Error("a row of P does not sum to 1");
  }
  const M = P.map((_, i) => P.map((row, j) => row[i] - (i === j ? 1 : 0)));
  M[n - 1] = new Array(n).fill(1);
  const b = new Array(n).fill(0);
  b[n - 1] = 1;
  const pi = solve(M, b);
  const length = Math.hypot(...pi);
  return pi.map((x) => x / length);
}
