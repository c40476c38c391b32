// Reference implementation: the PLU factorisation P·A = L·U with partial pivoting.
export type Matrix = number[][];

const identity = (n: number): Matrix => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

/**
 * Factorises a square A as P·A = L·U: P a permutation matrix (the row swaps), L unit lower
 * triangular (the multipliers), U upper triangular (what elimination leaves). A singular A is
 * fine: U then has a zero (or a rounding-sized number) on its diagonal.
 */
export function lu(A: Matrix): { P: Matrix; L: Matrix; U: Matrix } {
  const n = A.length;
  if (n === 0) throw new Error("lu: A is empty");
  A.forEach((row, i) => {
    if (row.length !== n) throw new Error(`lu: A must be square, but row ${i} has ${row.length} entries and A has ${n} rows`);
  });
  const U = A.map((row) => row.slice());
  const L = identity(n);
  const perm = Array.from({ length: n }, (_, i) => i); // perm[i] = which row of A is row i of P·A

  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(U[i][k]) > Math.abs(U[p][k])) p = i;
    if (p !== k) {
      // Swap the rows of U, the bookkeeping, and the multipliers already stored in L
      // (only columns before k: the diagonal 1s stay where they are).
      [U[p], U[k]] = [U[k], U[p]];
      [perm[p], perm[k]] = [perm[k], perm[p]];
      for (let j = 0; j < k; j++) [L[p][j], L[k][j]] = [L[k][j], L[p][j]];
    }
    if (U[k][k] === 0) continue; // the whole column is zero below the diagonal: nothing to eliminate
    for (let i = k + 1; i < n; i++) {
      const m = U[i][k] / U[k][k];
      L[i][k] = m;
      U[i][k] = 0;
      for (let j = k + 1; j < n; j++) U[i][j] -= m * U[k][j];
    }
  }
  const P = perm.map((row) => Array.from({ length: n }, (_, j) => (j === row ? 1 : 0)));
  return { P, L, U };
}
