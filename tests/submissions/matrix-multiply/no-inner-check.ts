// expect: fail no-inner-check
// Refuses ragged rows but never compares the inner sizes: loops run over A's columns and return garbage (or NaN) when x or B does not fit.
import type { Matrix, Vector } from "../helpers";

function shapeOf(A: Matrix): [number, number] {
  const cols = A.length === 0 ? 0 : A[0].length;
  for (const row of A) if (row.length !== cols) throw new Error("rows have different lengths");
  return [A.length, cols];
}

export function matVec(A: Matrix, x: Vector): Vector {
  const [m, n] = shapeOf(A);
  const y: Vector = [];
  for (let i = 0; i < m; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += A[i][j] * x[j];
    y.push(sum);
  }
  return y;
}

export function vecMat(x: Vector, A: Matrix): Vector {
  const [m, n] = shapeOf(A);
  const y: Vector = [];
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i < m; i++) sum += x[i] * A[i][j];
    y.push(sum);
  }
  return y;
}

export function matMul(A: Matrix, B: Matrix): Matrix {
  const [m, n] = shapeOf(A);
  const [, k] = shapeOf(B);
  const C: Matrix = [];
  for (let i = 0; i < m; i++) {
    const row: number[] = [];
    for (let j = 0; j < k; j++) {
      let sum = 0;
      for (let t = 0; t < n; t++) sum += A[i][t] * B[t][j];
      row.push(sum);
    }
    C.push(row);
  }
  return C;
}
