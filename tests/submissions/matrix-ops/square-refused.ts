// expect: fail transpose-square-only
// transpose refuses anything that is not square ("only square matrices have a transpose").
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
  const [m, n] = shapeOf(A);
  if (m !== n) throw new Error(`transpose needs a square matrix, got ${m}×${n}`);
  return A.map((_, i) => A.map((row) => row[i]));
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
