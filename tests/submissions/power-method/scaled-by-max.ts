// expect: pass
// Another valid scaling: divide by the largest |entry| each step, Rayleigh quotient vᵀAv / vᵀv, unit vector only at the end.
import type { Matrix, Vector } from "../helpers";

export function powerMethod(A: Matrix, { maxIterations = 1000, tolerance = 1e-10, x0 }: { maxIterations?: number; tolerance?: number; x0?: Vector } = {}) {
  const n = A.length;
  for (const row of A) if (row.length !== n) throw new Error("not square");
  if (n === 0) throw new Error("empty");
  let x = x0 ? [...x0] : Array.from({ length: n }, () => 1);
  if (x.length !== n) throw new Error("x0 length");
  if (x.every((t) => t === 0)) throw new Error("zero x0");
  const history: number[] = [];
  for (let k = 1; k <= maxIterations; k++) {
    const y = A.map((row) => row.reduce((s, a, j) => s + a * x[j], 0));
    const big = Math.max(...y.map(Math.abs));
    if (big === 0) throw new Error("A·x = 0");
    x = y.map((t) => t / big);
    const Ax = A.map((row) => row.reduce((s, a, j) => s + a * x[j], 0));
    const xx = x.reduce((s, t) => s + t * t, 0);
    const lambda = x.reduce((s, t, i) => s + t * Ax[i], 0) / xx;
    history.push(lambda);
    const r = Math.sqrt(Ax.reduce((s, t, i) => s + (t - lambda * x[i]) ** 2, 0) / xx);
    if (r <= tolerance * Math.max(1, Math.abs(lambda))) {
      const len = Math.sqrt(xx);
      return { value: lambda, vector: x.map((t) => t / len), iterations: k, history };
    }
  }
  throw new Error(`no convergence after ${maxIterations} iterations`);
}
