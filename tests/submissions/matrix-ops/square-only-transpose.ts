// expect: fail transpose-square-only
// transpose keeps the input's shape (row i, column j reads A[j][i]): right for square matrices, a crash on a 2×3 one.
import type { Matrix } from "../helpers";

function shapeOf(A: Matrix): [number, number] {
  const cols = A.length === 0 ? 0 : A[0].length;
  for (const row of A) if (row.length !== cols) throw new Error("rows have different lengths");
  return [A.length, cols];
}

function sameShape(A: Matrix, B: Matrix): void {
  const [m, n] = shapeOf(A);
  const [p, q] = shapeOf(B);
  if (m !== p || n !== q) throw new Error("shapes differ");
}

export function transpose(A: Matrix): Matrix {
  shapeOf(A);
  return A.map((row, i) => row.map((_, j) => A[j][i]));
}

export function matAdd(A: Matrix, B: Matrix): Matrix {
  sameShape(A, B);
  return A.map((row, i) => row.map((a, j) => a + B[i][j]));
}

export function matScale(c: number, A: Matrix): Matrix {
  shapeOf(A);
  return A.map((row) => row.map((a) => c * a));
}

export function matHadamard(A: Matrix, B: Matrix): Matrix {
  sameShape(A, B);
  return A.map((row, i) => row.map((a, j) => a * B[i][j]));
}
