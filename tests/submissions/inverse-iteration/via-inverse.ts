// expect: pass
// Forms (A − σI)⁻¹ once with inverse from topic 06 and multiplies by it: wasteful next to solving, but correct.
import { inverse } from "../06-elimination/inverse";
import type { Matrix, Vector } from "../helpers";

const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);
const norm = (v: Vector) => Math.sqrt(dot(v, v));
const times = (A: Matrix, v: Vector) => A.map((row) => dot(row, v));

export function inverseIteration(A: Matrix, shift: number, options: { maxIterations?: number; tolerance?: number; x0?: Vector } = {}) {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("A must be square");
  const { maxIterations = 1000, tolerance = 1e-10 } = options;
  const x0 = options.x0 ?? new Array(n).fill(1);
  if (x0.length !== n || x0.every((x) => x === 0)) throw new Error("x0 must be a non-zero vector with n entries");
  const B = inverse(A.map((row, i) => row.map((x, j) => (i === j ? x - shift : x)))); // throws when singular
  let v = x0.map((x) => x / norm(x0));
  const history: number[] = [];
  for (let k = 1; k <= maxIterations; k++) {
    const y = times(B, v);
    v = y.map((x) => x / norm(y));
    const Av = times(A, v);
    const lambda = dot(v, Av);
    history.push(lambda);
    if (norm(Av.map((x, i) => x - lambda * v[i])) <= tolerance * Math.max(1, Math.abs(lambda))) return { value: lambda, vector: v, iterations: k, history };
  }
  throw new Error("inverse iteration did not converge");
}
