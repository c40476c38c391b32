// expect: pass
// Factors once with the learner's lu, then solves L·y = P·eⱼ and U·x = y for every column eⱼ of the identity: x is column j of A⁻¹.
import type { Matrix } from "../helpers";
import { lu } from "./lu-decomposition";

export function inverse(A: Matrix): Matrix {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("inverse: A must be square");
  const { P, L, U } = lu(A);
  const biggest = Math.max(...A.map((row) => Math.max(...row.map(Math.abs))));
  if (U.some((row, i) => Math.abs(row[i]) <= n * Number.EPSILON * biggest)) throw new Error("inverse: A is singular");
  const X: Matrix = A.map(() => new Array(n).fill(0));
  for (let col = 0; col < n; col++) {
    const y: number[] = [];
    for (let i = 0; i < n; i++) {
      let s = P[i][col];
      for (let j = 0; j < i; j++) s -= L[i][j] * y[j];
      y.push(s);
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = y[i];
      for (let j = i + 1; j < n; j++) s -= U[i][j] * X[j][col];
      X[i][col] = s / U[i][i];
    }
  }
  return X;
}
