// expect: fail matmul-row-row
// matMul dots each row of A with each row of B (A·Bᵀ); matVec and vecMat are right.
import type { Matrix, Vector } from "../helpers";

function shapeOf(A: Matrix): [number, number] {
  const cols = A.length === 0 ? 0 : A[0].length;
  for (const row of A) if (row.length !== cols) throw new Error("rows have different lengths");
  return [A.length, cols];
}

function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

export function matVec(A: Matrix, x: Vector): Vector {
  const [, n] = shapeOf(A);
  if (x.length !== n) throw new Error("x has the wrong length");
  return A.map((row) => dot(row, x));
}

export function vecMat(x: Vector, A: Matrix): Vector {
  const [m, n] = shapeOf(A);
  if (x.length !== m) throw new Error("x has the wrong length");
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) y[j] += x[i] * A[i][j];
  return y;
}

export function matMul(A: Matrix, B: Matrix): Matrix {
  const [, n] = shapeOf(A);
  const [p] = shapeOf(B);
  if (n !== p) throw new Error("inner sizes differ");
  return A.map((rowA) => B.map((rowB) => dot(rowA, rowB)));
}
