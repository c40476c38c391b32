// Reference implementation: reduced row echelon form, rank and a null-space basis.
export type Vector = number[];
export type Matrix = number[][];

function checkMatrix(name: string, A: Matrix): void {
  if (!Array.isArray(A) || A.length === 0 || !Array.isArray(A[0]) || A[0].length === 0) {
    throw new Error(`${name}: expected a matrix with at least one row and one column`);
  }
  const n = A[0].length;
  A.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== n) {
      throw new Error(`${name}: row ${i} has ${Array.isArray(row) ? row.length : "no"} entries, row 0 has ${n}; every row must have the same length`);
    }
  });
}

/**
 * The default zero threshold: max(m, n) · ε · (largest |entry|). Rounding leaves leftovers of
 * about ε times the size of the numbers involved where exact arithmetic gives 0; this threshold
 * sits just above them, and scales with the matrix (multiply A by 1e8 and it grows by 1e8 too).
 */
function defaultTolerance(A: Matrix): number {
  let largest = 0;
  for (const row of A) for (const x of row) largest = Math.max(largest, Math.abs(x));
  return Math.max(A.length, A[0].length) * Number.EPSILON * largest;
}

/** Gauss–Jordan elimination with partial pivoting: the RREF and the pivot columns. */
function eliminate(A: Matrix, tol: number): { R: Matrix; pivots: number[] } {
  const m = A.length;
  const n = A[0].length;
  const R = A.map((row) => row.slice()); // work on a copy: never change A
  const pivots: number[] = [];
  let row = 0;
  for (let col = 0; col < n && row < m; col++) {
    // Partial pivoting: the largest candidate in this column, on or below the current row.
    let best = row;
    for (let i = row + 1; i < m; i++) if (Math.abs(R[i][col]) > Math.abs(R[best][col])) best = i;
    if (Math.abs(R[best][col]) <= tol) {
      // No pivot here: what is left in this column is rounding noise, so make it an exact 0.
      for (let i = row; i < m; i++) R[i][col] = 0;
      continue; // a free column
    }
    [R[row], R[best]] = [R[best], R[row]];
    // Scale the pivot row so that the pivot is 1…
    const p = R[row][col];
    for (let j = col; j < n; j++) R[row][j] /= p;
    R[row][col] = 1;
    // …then clear the pivot column everywhere else, above the pivot as well as below.
    for (let i = 0; i < m; i++) {
      const f = R[i][col];
      if (i === row || f === 0) continue;
      for (let j = col; j < n; j++) R[i][j] -= f * R[row][j];
      R[i][col] = 0;
    }
    pivots.push(col);
    row++;
  }
  // Rows below the last pivot hold only rounding noise: they are zero rows.
  for (let i = row; i < m; i++) R[i].fill(0);
  // Turn −0 into 0 so that printed results look clean.
  return { R: R.map((r) => r.map((x) => x + 0)), pivots };
}

function toleranceFor(name: string, A: Matrix, tol: number | undefined): number {
  if (tol === undefined) return defaultTolerance(A);
  if (typeof tol !== "number" || !(tol >= 0)) throw new Error(`${name}: tol must be a number ≥ 0, got ${tol}`);
  return tol;
}

/** The reduced row echelon form of A. */
export function rref(A: Matrix): Matrix {
  checkMatrix("rref", A);
  return eliminate(A, defaultTolerance(A)).R;
}

/** The number of pivots: how many independent columns (and rows) A has. */
export function rank(A: Matrix, tol?: number): number {
  checkMatrix("rank", A);
  return eliminate(A, toleranceFor("rank", A, tol)).pivots.length;
}

/**
 * A basis of the null space {x : A·x = 0}: one "special solution" per free column. Set that free
 * variable to 1 and the others to 0; each row of the RREF then reads x_pivot + R[i][free] = 0,
 * so the pivot variable is −R[i][free].
 */
export function nullSpace(A: Matrix, tol?: number): Vector[] {
  checkMatrix("nullSpace", A);
  const n = A[0].length;
  const { R, pivots } = eliminate(A, toleranceFor("nullSpace", A, tol));
  const basis: Vector[] = [];
  for (let free = 0; free < n; free++) {
    if (pivots.includes(free)) continue;
    const x = new Array<number>(n).fill(0);
    x[free] = 1;
    pivots.forEach((p, i) => (x[p] = -R[i][free] + 0));
    basis.push(x);
  }
  return basis;
}
