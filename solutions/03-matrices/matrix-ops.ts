// Reference implementation: the transpose and the entry-by-entry matrix operations.
export type Matrix = number[][];

/**
 * The shape [rows, columns] of A. Every row must have as many entries as the first one; a
 * "matrix" with rows of different lengths (ragged) has no shape, so it is refused.
 * The empty matrix [] counts as 0×0.
 */
function shapeOf(fn: string, name: string, A: Matrix): [number, number] {
  const cols = A.length === 0 ? 0 : A[0].length;
  for (let i = 0; i < A.length; i++) {
    if (A[i].length !== cols) {
      throw new Error(`${fn}: ${name} is not a matrix: row ${i} has ${A[i].length} entries but row 0 has ${cols}`);
    }
  }
  return [A.length, cols];
}

/** Throws unless A and B have the same shape; returns that shape. */
function sameShape(fn: string, A: Matrix, B: Matrix): [number, number] {
  const [m, n] = shapeOf(fn, "A", A);
  const [p, q] = shapeOf(fn, "B", B);
  if (m !== p || n !== q) throw new Error(`${fn}: shapes differ (A is ${m}×${n}, B is ${p}×${q})`);
  return [m, n];
}

/** Aᵀ: row i of A becomes column i. An m×n matrix gives an n×m one: entry [j][i] = A[i][j]. */
export function transpose(A: Matrix): Matrix {
  const [m, n] = shapeOf("transpose", "A", A);
  const T: Matrix = [];
  for (let j = 0; j < n; j++) {
    const row: number[] = [];
    for (let i = 0; i < m; i++) row.push(A[i][j]);
    T.push(row);
  }
  return T;
}

/** A + B, entry by entry. */
export function matAdd(A: Matrix, B: Matrix): Matrix {
  sameShape("matAdd", A, B);
  return A.map((row, i) => row.map((a, j) => a + B[i][j]));
}

/** c·A: every entry multiplied by the number c. */
export function matScale(c: number, A: Matrix): Matrix {
  shapeOf("matScale", "A", A);
  return A.map((row) => row.map((a) => c * a));
}

/** A ⊙ B, the Hadamard product: entry [i][j] is A[i][j]·B[i][j] (not the matrix product). */
export function matHadamard(A: Matrix, B: Matrix): Matrix {
  sameShape("matHadamard", A, B);
  return A.map((row, i) => row.map((a, j) => a * B[i][j]));
}
