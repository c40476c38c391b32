// expect: pass
// Factors A − σI once with lu from topic 06 and reuses it: two triangular solves per step.
import { lu } from "../06-elimination/lu-decomposition";
import type { Matrix, Vector } from "../helpers";

export function inverseIteration(A: Matrix, shift: number, { maxIterations = 1000, tolerance = 1e-10, x0 }: { maxIterations?: number; tolerance?: number; x0?: Vector } = {}) {
  const n = A.length;
  if (n === 0 || !A.every((r) => r.length === n)) throw new Error("A must be n×n");
  const start = x0 ?? Array(n).fill(1);
  if (start.length !== n || start.every((x) => x === 0)) throw new Error("x0 must be a non-zero vector of length n");
  const { P, L, U } = lu(A.map((row, i) => row.map((x, j) => (i === j ? x - shift : x))));
  const scale = Math.max(...A.flat().map(Math.abs), Math.abs(shift));
  if (U.some((row, i) => Math.abs(row[i]) <= n * Number.EPSILON * scale)) throw new Error("A − shift·I is singular: the shift is an eigenvalue");
  const solveLU = (b: Vector): Vector => {
    const pb = P.map((row) => row.reduce((s, p, j) => s + p * b[j], 0));
    const y: Vector = [];
    for (let i = 0; i < n; i++) y.push(pb[i] - L[i].slice(0, i).reduce((s, l, j) => s + l * y[j], 0));
    const x: Vector = Array(n).fill(0);
    for (let i = n - 1; i >= 0; i--) x[i] = (y[i] - U[i].slice(i + 1).reduce((s, u, j) => s + u * x[i + 1 + j], 0)) / U[i][i];
    return x;
  };
  let v = start.map((x) => x / Math.hypot(...start));
  const history: number[] = [];
  for (let k = 1; k <= maxIterations; k++) {
    const y = solveLU(v);
    const len = Math.hypot(...y);
    v = y.map((t) => t / len);
    const Av = A.map((row) => row.reduce((s, a, j) => s + a * v[j], 0));
    const lambda = v.reduce((s, t, i) => s + t * Av[i], 0);
    history.push(lambda);
    if (Math.hypot(...Av.map((t, i) => t - lambda * v[i])) <= tolerance * Math.max(1, Math.abs(lambda))) return { value: lambda, vector: v, iterations: k, history };
  }
  throw new Error("no convergence");
}
