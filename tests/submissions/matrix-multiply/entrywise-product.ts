// expect: fail matmul-is-hadamard
// matMul multiplies matching entries (the Hadamard product) instead of combining rows with columns.
import type { Matrix, Vector } from "../helpers";

function shapeOf(A: Matrix): [number, number] {
  const cols = A.length === 0 ? 0 : A[0].length;
  for (const row of A) if (row.length !== cols) throw new Error("rows have different lengths");
  return [A.length, cols];
}

export function matVec(A: Matrix, x: Vector): Vector {
  const [, n] = shapeOf(A);
  if (x.length !== n) throw new Error("x must have one entry per column");
  return A.map((row) => row.reduce((s, a, j) => s + a * x[j], 0));
}

export function vecMat(x: Vector, A: Matrix): Vector {
  const [m, n] = shapeOf(A);
  if (x.length !== m) throw new Error("x must have one entry per row");
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) y[j] += x[i] * A[i][j];
  return y;
}

export function matMul(A: Matrix, B: Matrix): Matrix {
  shapeOf(A);
  shapeOf(B);
  return A.map((row, i) => row.map((a, j) => a * B[i][j]));
}
