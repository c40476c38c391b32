// Reference implementation: solve A·x = b by Gaussian elimination with partial pivoting.
export type Vector = number[];
export type Matrix = number[][];

/** Throws unless A is square (n×n, n ≥ 1) and b has n entries. */
function checkSystem(A: Matrix, b: Vector): number {
  const n = A.length;
  if (n === 0) throw new Error("solve: A is empty");
  A.forEach((row, i) => {
    if (row.length !== n) throw new Error(`solve: A must be square, but row ${i} has ${row.length} entries and A has ${n} rows`);
  });
  if (b.length !== n) throw new Error(`solve: b has ${b.length} entries, but A has ${n} rows`);
  return n;
}

/**
 * Solves A·x = b. Forward elimination turns the augmented matrix [A | b] into an upper
 * triangular system; back substitution then reads x off from the bottom row up.
 */
export function solve(A: Matrix, b: Vector): Vector {
  const n = checkSystem(A, b);
  // Work on a copy: [A | b] as n rows of n + 1 numbers. The caller's A and b stay untouched.
  const M = A.map((row, i) => [...row, b[i]]);

  // A pivot this small (relative to the largest entry of A) is a zero that rounding disguised.
  let largest = 0;
  for (const row of A) for (const x of row) largest = Math.max(largest, Math.abs(x));
  const tiny = n * Number.EPSILON * largest;

  for (let k = 0; k < n; k++) {
    // Partial pivoting: bring up the row with the largest |entry| in column k.
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i][k]) > Math.abs(M[p][k])) p = i;
    if (Math.abs(M[p][k]) <= tiny) throw new Error(`solve: A is singular (no usable pivot in column ${k})`);
    if (p !== k) [M[p], M[k]] = [M[k], M[p]];

    // Subtract multiples of the pivot row to make zeros below the pivot.
    for (let i = k + 1; i < n; i++) {
      const m = M[i][k] / M[k][k];
      if (m === 0) continue;
      for (let j = k; j <= n; j++) M[i][j] -= m * M[k][j];
    }
  }

  // Back substitution: the last equation has one unknown, the one above it two, …
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i][n];
    for (let j = i + 1; j < n; j++) s -= M[i][j] * x[j];
    x[i] = s / M[i][i];
  }
  return x;
}
