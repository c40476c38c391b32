// expect: fail singular-shift-not-refused
// Nudges a shift that makes A − σI singular by 1e-10 and carries on, instead of throwing as the stub asks.
import { solve } from "../06-elimination/gaussian-elimination";
import type { Matrix, Vector } from "../helpers";

const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);
const norm = (v: Vector) => Math.sqrt(dot(v, v));
const times = (A: Matrix, v: Vector) => A.map((row) => dot(row, v));

export function inverseIteration(A: Matrix, shift: number, options: { maxIterations?: number; tolerance?: number; x0?: Vector } = {}) {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("A must be square");
  const maxIterations = options.maxIterations ?? 1000;
  const tolerance = options.tolerance ?? 1e-10;
  const x0 = options.x0 ?? new Array(n).fill(1);
  if (x0.length !== n || norm(x0) === 0) throw new Error("bad x0");
  let sigma = shift;
  let M = A.map((row, i) => row.map((x, j) => (i === j ? x - sigma : x)));
  try {
    solve(M, x0);
  } catch {
    sigma = shift + 1e-10;
    M = A.map((row, i) => row.map((x, j) => (i === j ? x - sigma : x)));
  }
  let v = x0.map((x) => x / norm(x0));
  const history: number[] = [];
  for (let k = 1; k <= maxIterations; k++) {
    const y = solve(M, v);
    v = y.map((x) => x / norm(y));
    const Av = times(A, v);
    const lambda = dot(v, Av);
    history.push(lambda);
    if (norm(Av.map((x, i) => x - lambda * v[i])) <= tolerance * Math.max(1, Math.abs(lambda))) return { value: lambda, vector: v, iterations: k, history };
  }
  throw new Error("inverse iteration did not converge");
}
