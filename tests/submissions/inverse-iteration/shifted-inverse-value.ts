// expect: fail shifted-inverse-value
// Runs the power method on (A − σI)⁻¹ and returns that matrix's eigenvalue μ = 1/(λ − σ) instead of λ.
import { solve } from "../06-elimination/gaussian-elimination";
import type { Matrix, Vector } from "../helpers";

const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);
const norm = (v: Vector) => Math.sqrt(dot(v, v));

export function inverseIteration(A: Matrix, shift: number, options: { maxIterations?: number; tolerance?: number; x0?: Vector } = {}) {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("A must be square");
  const maxIterations = options.maxIterations ?? 1000;
  const tolerance = options.tolerance ?? 1e-10;
  const x0 = options.x0 ?? new Array(n).fill(1);
  if (x0.length !== n || norm(x0) === 0) throw new Error("bad x0");
  const M = A.map((row, i) => row.map((x, j) => (i === j ? x - shift : x)));
  let v = x0.map((x) => x / norm(x0));
  const history: number[] = [];
  for (let k = 1; k <= maxIterations; k++) {
    const y = solve(M, v);
    v = y.map((x) => x / norm(y));
    const Bv = solve(M, v); // (A − σI)⁻¹·v
    const mu = dot(v, Bv);
    history.push(mu);
    if (norm(Bv.map((x, i) => x - mu * v[i])) <= tolerance * Math.max(1, Math.abs(mu))) return { value: mu, vector: v, iterations: k, history };
  }
  throw new Error("inverse iteration did not converge");
}
