// expect: pass
// Reuses topic 01's add, scale and hadamard row by row; transpose with Array.from over the columns.
import type { Matrix } from "../helpers";
import { add, hadamard, scale } from "../01-vectors/vector-arithmetic";

function columns(A: Matrix): number {
  if (A.some((row) => row.length !== A[0].length)) throw new Error("not a matrix: the rows have different lengths");
  return A.length ? A[0].length : 0;
}

function checkSameShape(A: Matrix, B: Matrix): void {
  const n = columns(A);
  const k = columns(B);
  if (A.length !== B.length || n !== k) throw new Error(`cannot combine a ${A.length}×${n} matrix with a ${B.length}×${k} one`);
}

export function transpose(A: Matrix): Matrix {
  const n = columns(A);
  return Array.from({ length: n }, (_, j) => A.map((row) => row[j]));
}

export function matAdd(A: Matrix, B: Matrix): Matrix {
  checkSameShape(A, B);
  return A.map((row, i) => add(row, B[i]));
}

export function matScale(c: number, A: Matrix): Matrix {
  columns(A);
  return A.map((row) => scale(c, row));
}

export function matHadamard(A: Matrix, B: Matrix): Matrix {
  checkSameShape(A, B);
  return A.map((row, i) => hadamard(row, B[i]));
}
