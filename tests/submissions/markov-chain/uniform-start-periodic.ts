// expect: fail periodic-chain
// Iterates π ← π·P (the correct side) from the uniform start and returns whatever it has after 10000 steps: on the hub-and-leaves chain that is the uniform vector again.
import type { Matrix, Vector } from "../helpers";

export function steadyState(P: Matrix): Vector {
  const n = P.length;
  if (n === 0 || P.some((row) => row.length !== n)) throw new Error("P must be square");
  for (const row of P) {
    if (row.some((p) => p < 0)) throw new Error("P has a negative entry");
    if (Math.abs(row.reduce((s, p) => s + p, 0) - 1) > 1e-9) throw new Error("a row of P does not sum to 1");
  }
  let pi: Vector = new Array(n).fill(1 / n);
  for (let k = 0; k < 10000; k++) {
    const next = pi.map((_, j) => pi.reduce((s, p, i) => s + p * P[i][j], 0));
    const change = next.reduce((s, x, j) => s + Math.abs(x - pi[j]), 0);
    pi = next;
    if (change < 1e-13) break;
  }
  return pi;
}
