// expect: fail ragged-not-refused
// Shapes are read from A.length and A[0].length only, so ragged rows like [[1, 2], [3]] slip through.
import type { Matrix } from "../helpers";

const rows = (A: Matrix) => A.length;
const cols = (A: Matrix) => (A.length ? A[0].length : 0);

function sameShape(A: Matrix, B: Matrix): void {
  if (rows(A) !== rows(B) || cols(A) !== cols(B)) throw new Error(`shapes differ: ${rows(A)}×${cols(A)} and ${rows(B)}×${cols(B)}`);
}

export function transpose(A: Matrix): Matrix {
  const T: Matrix = [];
  for (let j = 0; j < cols(A); j++) T.push(A.map((row) => row[j]));
  return T;
}

export function matAdd(A: Matrix, B: Matrix): Matrix {
  sameShape(A, B);
  return A.map((row, i) => row.map((a, j) => a + B[i][j]));
}

export function matScale(c: number, A: Matrix): Matrix {
  return A.map((row) => row.map((a) => c * a));
}

export function matHadamard(A: Matrix, B: Matrix): Matrix {
  sameShape(A, B);
  return A.map((row, i) => row.map((a, j) => a * B[i][j]));
}
