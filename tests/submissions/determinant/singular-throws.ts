// expect: fail singular-throws
// Reuses the learner's solve-style elimination, singularity test included: a singular matrix throws instead of giving 0.
import type { Matrix } from "../helpers";

export function det(A: Matrix): number {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("det: A must be square");
  const U = A.map((row) => row.slice());
  const biggest = Math.max(...A.map((row) => Math.max(...row.map(Math.abs))));
  let result = 1;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(U[i][k]) > Math.abs(U[p][k])) p = i;
    if (Math.abs(U[p][k]) <= n * Number.EPSILON * biggest) throw new Error("det: A is singular");
    if (p !== k) {
      [U[k], U[p]] = [U[p], U[k]];
      result = -result;
    }
    result *= U[k][k];
    for (let i = k + 1; i < n; i++) {
      const m = U[i][k] / U[k][k];
      for (let j = k; j < n; j++) U[i][j] -= m * U[k][j];
    }
  }
  return result;
}
