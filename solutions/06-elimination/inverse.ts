// Reference implementation: the inverse by Gauss–Jordan elimination with partial pivoting.
export type Matrix = number[][];

/**
 * Row-reduces [A | I] until the left half is I; the right half is then A⁻¹. Throws when A is
 * singular: a pivot no bigger than n·ε times the largest entry of A counts as zero.
 */
export function inverse(A: Matrix): Matrix {
  const n = A.length;
  if (n === 0) throw new Error("inverse: A is empty");
  A.forEach((row, i) => {
    if (row.length !== n) throw new Error(`inverse: A must be square, but row ${i} has ${row.length} entries and A has ${n} rows`);
  });
  let largest = 0;
  for (const row of A) for (const x of row) largest = Math.max(largest, Math.abs(x));
  const tiny = n * Number.EPSILON * largest;

  // [A | I], n rows of 2n numbers, built fresh: the caller's A is never touched.
  const M = A.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i][k]) > Math.abs(M[p][k])) p = i;
    if (Math.abs(M[p][k]) <= tiny) throw new Error(`inverse: A is singular (no usable pivot in column ${k})`);
    if (p !== k) [M[p], M[k]] = [M[k], M[p]];
    // Scale the pivot row so the pivot is 1, then clear column k in every other row, above and below.
    const pivot = M[k][k];
    for (let j = 0; j < 2 * n; j++) M[k][j] /= pivot;
    for (let i = 0; i < n; i++) {
      if (i === k || M[i][k] === 0) continue;
      const m = M[i][k];
      for (let j = 0; j < 2 * n; j++) M[i][j] -= m * M[k][j];
    }
  }
  return M.map((row) => row.slice(n));
}
