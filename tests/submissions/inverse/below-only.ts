// expect: fail cleared-below-only
// Gauss–Jordan on [A | I] with partial pivoting, dividing each pivot row by its pivot, but clearing only the rows BELOW the pivot.
import type { Matrix } from "../helpers";

export function inverse(A: Matrix): Matrix {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("inverse: A must be square");
  let biggest = 0;
  for (const row of A) for (const x of row) biggest = Math.max(biggest, Math.abs(x));

  const M = A.map((row, i) => {
    const right = new Array(n).fill(0);
    right[i] = 1;
    return [...row, ...right];
  });

  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) {
      if (Math.abs(M[i][k]) > Math.abs(M[p][k])) p = i;
    }
    if (Math.abs(M[p][k]) <= n * Number.EPSILON * biggest) throw new Error("inverse: A is singular");
    [M[k], M[p]] = [M[p], M[k]];

    const pivot = M[k][k];
    for (let j = 0; j < 2 * n; j++) M[k][j] /= pivot;
    for (let i = k + 1; i < n; i++) {
      const m = M[i][k];
      for (let j = 0; j < 2 * n; j++) M[i][j] -= m * M[k][j];
    }
  }
  return M.map((row) => row.slice(n));
}
