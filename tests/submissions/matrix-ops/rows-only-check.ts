// expect: fail shape-not-checked
// matAdd and matHadamard compare only the number of rows, so a 2×2 plus a 2×3 quietly returns a 2×2 answer.
import type { Matrix } from "../helpers";

function shapeOf(A: Matrix): [number, number] {
  const cols = A.length === 0 ? 0 : A[0].length;
  for (const row of A) if (row.length !== cols) throw new Error("rows have different lengths");
  return [A.length, cols];
}

export function transpose(A: Matrix): Matrix {
  const [m, n] = shapeOf(A);
  return Array.from({ length: n }, (_, j) => Array.from({ length: m }, (_, i) => A[i][j]));
}

export function matAdd(A: Matrix, B: Matrix): Matrix {
  shapeOf(A);
  shapeOf(B);
  if (A.length !== B.length) throw new Error("different numbers of rows");
  return A.map((row, i) => row.map((a, j) => a + B[i][j]));
}

export function matScale(c: number, A: Matrix): Matrix {
  shapeOf(A);
  return A.map((row) => row.map((a) => c * a));
}

export function matHadamard(A: Matrix, B: Matrix): Matrix {
  shapeOf(A);
  shapeOf(B);
  if (A.length !== B.length) throw new Error("different numbers of rows");
  return A.map((row, i) => row.map((a, j) => a * B[i][j]));
}
