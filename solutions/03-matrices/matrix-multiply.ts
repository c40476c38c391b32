// Reference implementation: matrix–vector, vector–matrix and matrix–matrix products.
export type Vector = number[];
export type Matrix = number[][];

/** The shape [rows, columns] of A; a matrix with rows of different lengths is refused. [] is 0×0. */
function shapeOf(fn: string, name: string, A: Matrix): [number, number] {
  const cols = A.length === 0 ? 0 : A[0].length;
  for (let i = 0; i < A.length; i++) {
    if (A[i].length !== cols) {
      throw new Error(`${fn}: ${name} is not a matrix: row ${i} has ${A[i].length} entries but row 0 has ${cols}`);
    }
  }
  return [A.length, cols];
}

/**
 * A·x for A m×n and x of length n: entry i is row i of A dotted with x (the row picture).
 * Read by columns, the same numbers are x₁·(column 1) + … + xₙ·(column n).
 */
export function matVec(A: Matrix, x: Vector): Vector {
  const [m, n] = shapeOf("matVec", "A", A);
  if (x.length !== n) throw new Error(`matVec: A is ${m}×${n}, so x needs ${n} entries, not ${x.length}`);
  const y: Vector = [];
  for (let i = 0; i < m; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += A[i][j] * x[j];
    y.push(sum);
  }
  return y;
}

/**
 * xᵀ·A for x of length m and A m×n: x is a row, and the result (length n) is the combination
 * x₁·(row 1) + … + xₘ·(row m) of A's rows. Entry j is x dotted with column j.
 */
export function vecMat(x: Vector, A: Matrix): Vector {
  const [m, n] = shapeOf("vecMat", "A", A);
  if (x.length !== m) throw new Error(`vecMat: A is ${m}×${n}, so x needs ${m} entries, not ${x.length}`);
  const y: Vector = new Array<number>(n).fill(0);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) y[j] += x[i] * A[i][j];
  }
  return y;
}

/**
 * A·B for A m×n and B n×k: an m×k matrix whose entry [i][j] is row i of A dotted with
 * column j of B. The inner sizes (A's columns, B's rows) must agree.
 */
export function matMul(A: Matrix, B: Matrix): Matrix {
  const [m, n] = shapeOf("matMul", "A", A);
  const [p, k] = shapeOf("matMul", "B", B);
  if (n !== p) throw new Error(`matMul: A is ${m}×${n} and B is ${p}×${k}; A's columns (${n}) must equal B's rows (${p})`);
  const C: Matrix = [];
  for (let i = 0; i < m; i++) {
    const row: number[] = [];
    for (let j = 0; j < k; j++) {
      let sum = 0;
      for (let t = 0; t < n; t++) sum += A[i][t] * B[t][j];
      row.push(sum);
    }
    C.push(row);
  }
  return C;
}
