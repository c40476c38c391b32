// expect: pass
// Straight from the lesson: a shape check that refuses ragged rows, loops for transpose, map inside map for the rest.
import type { Matrix } from "../helpers";

function shapeOf(A: Matrix): [number, number] {
  const cols = A.length === 0 ? 0 : A[0].length;
  for (let i = 0; i < A.length; i++) {
    if (A[i].length !== cols) throw new Error(`row ${i} has ${A[i].length} entries but row 0 has ${cols}`);
  }
  return [A.length, cols];
}

function sameShape(A: Matrix, B: Matrix): void {
  const [m, n] = shapeOf(A);
  const [p, q] = shapeOf(B);
  if (m !== p || n !== q) throw new Error(`shapes differ: ${m}×${n} and ${p}×${q}`);
}

export function transpose(A: Matrix): Matrix {
  const [m, n] = shapeOf(A);
  const T: Matrix = [];
  for (let j = 0; j < n; j++) {
    const row: number[] = [];
    for (let i = 0; i < m; i++) row.push(A[i][j]);
    T.push(row);
  }
  return T;
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
