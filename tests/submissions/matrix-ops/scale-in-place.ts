// expect: fail mutates-input
// matScale multiplies the entries of A where they stand, then returns a copy: the caller's matrix is changed.
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
  return Array.from({ length: n }, (_, j) => Array.from({ length: m }, (_, i) => A[i][j]));
}

export function matAdd(A: Matrix, B: Matrix): Matrix {
  sameShape(A, B);
  return A.map((row, i) => row.map((a, j) => a + B[i][j]));
}

export function matScale(c: number, A: Matrix): Matrix {
  shapeOf(A);
  for (const row of A) for (let j = 0; j < row.length; j++) row[j] *= c;
  return A.map((row) => row.slice());
}

export function matHadamard(A: Matrix, B: Matrix): Matrix {
  sameShape(A, B);
  return A.map((row, i) => row.map((a, j) => a * B[i][j]));
}
