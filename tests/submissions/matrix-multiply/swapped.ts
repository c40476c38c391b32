// expect: fail matvec-vecmat-swapped
// matVec and vecMat are swapped: matVec(A, x) returns xᵀA and vecMat(x, A) returns A·x.
import type { Matrix, Vector } from "../helpers";

function shapeOf(A: Matrix): [number, number] {
  const cols = A.length === 0 ? 0 : A[0].length;
  for (const row of A) if (row.length !== cols) throw new Error("rows have different lengths");
  return [A.length, cols];
}

export function matVec(A: Matrix, x: Vector): Vector {
  const [m, n] = shapeOf(A);
  if (x.length !== m) throw new Error("x must have one entry per row");
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) y[j] += x[i] * A[i][j];
  return y;
}

export function vecMat(x: Vector, A: Matrix): Vector {
  const [, n] = shapeOf(A);
  if (x.length !== n) throw new Error("x must have one entry per column");
  return A.map((row) => row.reduce((s, a, j) => s + a * x[j], 0));
}

export function matMul(A: Matrix, B: Matrix): Matrix {
  const [m, n] = shapeOf(A);
  const [p, k] = shapeOf(B);
  if (n !== p) throw new Error("inner sizes differ");
  return Array.from({ length: m }, (_, i) => Array.from({ length: k }, (_, j) => A[i].reduce((s, a, t) => s + a * B[t][j], 0)));
}
