// Reference implementation: the determinant from Gaussian elimination (the product of U's diagonal).
export type Matrix = number[][];

/**
 * det(A) = (−1)^(number of row swaps) · (product of the pivots). Elimination costs about n³/3
 * operations, where cofactor expansion costs n!. A singular A gives 0 (or, after rounding, a
 * number tiny next to the entries); it is not an error.
 */
export function det(A: Matrix): number {
  const n = A.length;
  if (n === 0) throw new Error("det: A is empty");
  A.forEach((row, i) => {
    if (row.length !== n) throw new Error(`det: A must be square, but row ${i} has ${row.length} entries and A has ${n} rows`);
  });
  const U = A.map((row) => row.slice());
  let result = 1;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(U[i][k]) > Math.abs(U[p][k])) p = i;
    if (U[p][k] === 0) return 0; // a zero column below the diagonal: A is singular
    if (p !== k) {
      [U[p], U[k]] = [U[k], U[p]];
      result = -result; // every row swap flips the sign of the determinant
    }
    result *= U[k][k];
    for (let i = k + 1; i < n; i++) {
      const m = U[i][k] / U[k][k];
      for (let j = k + 1; j < n; j++) U[i][j] -= m * U[k][j];
    }
  }
  return result;
}
