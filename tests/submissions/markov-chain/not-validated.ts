// expect: fail invalid-not-refused
// Solves the system correctly but never checks that P is a transition matrix.
import { solve } from "../06-elimination/gaussian-elimination";
import type { Matrix, Vector } from "../helpers";

export function steadyState(P: Matrix): Vector {
  const n = P.length;
  const M = P.map((_, i) => P.map((row, j) => row[i] - (i === j ? 1 : 0)));
  M[n - 1] = new Array(n).fill(1);
  const b = new Array(n).fill(0);
  b[n - 1] = 1;
  return solve(M, b);
}
