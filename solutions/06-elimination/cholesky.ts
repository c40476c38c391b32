// Reference implementation: the Cholesky factorisation A = L·Lᵀ of a symmetric positive definite A.
export type Matrix = number[][];

/**
 * Returns the lower triangular L with a positive diagonal and A = L·Lᵀ (the Cholesky–
 * Banachiewicz order: row by row). Throws unless A is square, symmetric and positive definite:
 * a number under a square root that is not clearly positive means A is not.
 */
export function cholesky(A: Matrix): Matrix {
  const n = A.length;
  if (n === 0) throw new Error("cholesky: A is empty");
  A.forEach((row, i) => {
    if (row.length !== n) throw new Error(`cholesky: A must be square, but row ${i} has ${row.length} entries and A has ${n} rows`);
  });
  let largest = 0;
  for (const row of A) for (const x of row) largest = Math.max(largest, Math.abs(x));
  const tiny = n * Number.EPSILON * largest;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs(A[i][j] - A[j][i]) > tiny) throw new Error(`cholesky: A is not symmetric (A[${i}][${j}] = ${A[i][j]} but A[${j}][${i}] = ${A[j][i]})`);
    }
  }

  const L: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      // A[i][j] = Σₖ L[i][k]·L[j][k] over k ≤ j: everything but the last term is known.
      let s = A[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      if (i === j) {
        if (s <= tiny) throw new Error(`cholesky: A is not positive definite (pivot ${i} is ${s})`);
        L[i][i] = Math.sqrt(s);
      } else {
        L[i][j] = s / L[j][j];
      }
    }
  }
  return L;
}
