// expect: pass, open: 12×12 within the time limit
// Cofactor (Laplace) expansion along the first row, recursively: exact on small integer matrices, but n! products (the 12×12 challenge times out).
import type { Matrix } from "../helpers";

export function det(A: Matrix): number {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("det: A must be square");
  if (n === 1) return A[0][0];
  if (n === 2) return A[0][0] * A[1][1] - A[0][1] * A[1][0];
  let total = 0;
  for (let j = 0; j < n; j++) {
    if (A[0][j] === 0) continue;
    const minor = A.slice(1).map((row) => row.filter((_, c) => c !== j));
    total += (j % 2 === 0 ? 1 : -1) * A[0][j] * det(minor);
  }
  return total;
}
