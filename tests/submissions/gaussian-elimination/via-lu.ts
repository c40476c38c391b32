// expect: pass
// Factors once with the learner's own lu (P·A = L·U), then solves L·y = P·b forward and U·x = y backward.
import type { Matrix, Vector } from "../helpers";
import { lu } from "./lu-decomposition";

export function solve(A: Matrix, b: Vector): Vector {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n) || b.length !== n) throw new Error("solve: shapes do not match");
  const { P, L, U } = lu(A);
  const biggest = Math.max(...A.map((row) => Math.max(...row.map(Math.abs))));
  for (let i = 0; i < n; i++) {
    if (Math.abs(U[i][i]) <= n * Number.EPSILON * biggest) throw new Error("solve: A is singular");
  }
  const pb = P.map((row) => row.reduce((s, p, j) => s + p * b[j], 0));
  const y: Vector = [];
  for (let i = 0; i < n; i++) {
    let s = pb[i];
    for (let j = 0; j < i; j++) s -= L[i][j] * y[j];
    y.push(s);
  }
  const x: Vector = new Array(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let j = i + 1; j < n; j++) s -= U[i][j] * x[j];
    x[i] = s / U[i][i];
  }
  return x;
}
