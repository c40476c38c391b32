// expect: fail right-eigenvector
// Iterates x ← P·x (the column convention) and rescales to sum 1: that finds P's right eigenvector, the constant vector.
import type { Matrix, Vector } from "../helpers";

export function steadyState(P: Matrix): Vector {
  const n = P.length;
  if (n === 0 || P.some((row) => row.length !== n)) throw new Error("P must be square");
  for (const row of P) {
    if (row.some((p) => p < 0)) throw new Error("P has a negative entry");
    if (Math.abs(row.reduce((s, p) => s + p, 0) - 1) > 1e-9) throw new Error("a row of P does not sum to 1");
  }
  let x: Vector = P.map((_, i) => i + 1);
  for (let k = 0; k < 2000; k++) {
    const y = P.map((row) => row.reduce((s, p, j) => s + p * x[j], 0));
    const lazy = y.map((t, i) => (t + x[i]) / 2);
    const total = lazy.reduce((s, t) => s + t, 0);
    x = lazy.map((t) => t / total);
  }
  return x;
}
