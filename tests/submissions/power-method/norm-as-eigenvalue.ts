// expect: fail norm-as-eigenvalue
// Takes ‖A·v‖ as the eigenvalue: right size, but always positive, so a negative λ₁ never converges.
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
  for (let k = 1; k <= maxIterations; k++) {
    const w = times(A, v);
    v = w.map((x) => x / norm(w));
    const Av = times(A, v);
    const lambda = norm(Av); // the stretch factor of the unit vector v
    history.push(lambda);
    if (norm(Av.map((x, i) => x - lambda * v[i])) <= tolerance * Math.max(1, lambda)) return { value: lambda, vector: v, iterations: k, history };
  }
  throw new Error("the power method did not converge");
}
