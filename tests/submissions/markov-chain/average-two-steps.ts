// expect: pass
// Iterates π ← π·P but tests and returns the average of two consecutive iterates, which cancels the swing of a period-2 chain.
import type { Matrix, Vector } from "../helpers";

const step = (pi: Vector, P: Matrix): Vector => pi.map((_, j) => pi.reduce((s, p, i) => s + p * P[i][j], 0));

export function steadyState(P: Matrix): Vector {
  const n = P.length;
  if (n === 0 || P.some((row) => row.length !== n)) throw new Error("P must be square");
  for (const row of P) {
    if (row.some((p) => p < 0)) throw new Error("P has a negative entry");
    if (Math.abs(row.reduce((s, p) => s + p, 0) - 1) > 1e-9) throw new Error("a row of P does not sum to 1");
  }
  let pi: Vector = new Array(n).fill(1 / n);
  for (let k = 0; k < 100000; k++) {
    const next = step(pi, P);
    const average = pi.map((x, i) => (x + next[i]) / 2);
    const moved = step(average, P);
    if (Math.hypot(...moved.map((x, i) => x - average[i])) < 1e-12) return average;
    pi = next;
  }
  throw new Error("no steady state found");
}
