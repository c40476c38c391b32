// expect: fail stopped-on-estimate
// Stops when the Rayleigh quotient changes by less than the tolerance: λ settles long before v does.
import type { Matrix, Vector } from "../helpers";

const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);
const norm = (v: Vector) => Math.sqrt(dot(v, v));
const times = (A: Matrix, v: Vector) => A.map((row) => dot(row, v));

export function powerMethod(A: Matrix, options: { maxIterations?: number; tolerance?: number; x0?: Vector } = {}) {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("A must be square");
  const maxIterations = options.maxIterations ?? 1000;
  const tolerance = options.tolerance ?? 1e-10;
  const x0 = options.x0 ?? new Array(n).fill(1);
  if (x0.length !== n || norm(x0) === 0) throw new Error("bad x0");
  let v = x0.map((x) => x / norm(x0));
  const history: number[] = [];
  let previous = Infinity;
  for (let k = 1; k <= maxIterations; k++) {
    const w = times(A, v);
    v = w.map((x) => x / norm(w));
    const lambda = dot(v, times(A, v));
    history.push(lambda);
    if (Math.abs(lambda - previous) <= tolerance * Math.max(1, Math.abs(lambda))) return { value: lambda, vector: v, iterations: k, history };
    previous = lambda;
  }
  throw new Error("the power method did not converge");
}
