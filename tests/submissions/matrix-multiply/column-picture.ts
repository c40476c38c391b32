// expect: pass
// The column picture: A·x as a combination of A's columns, xᵀA as Aᵀx, and A·B column by column with the learner's transpose.
import type { Matrix, Vector } from "../helpers";
import { transpose } from "./matrix-ops";

function checkRagged(A: Matrix): void {
  if (A.some((row) => row.length !== A[0].length)) throw new Error("not a matrix: rows of different lengths");
}

export function matVec(A: Matrix, x: Vector): Vector {
  checkRagged(A);
  const n = A.length ? A[0].length : 0;
  if (x.length !== n) throw new Error(`x has ${x.length} entries, A has ${n} columns`);
  const y: Vector = new Array(A.length).fill(0);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < A.length; i++) y[i] += x[j] * A[i][j];
  }
  return y;
}

export function vecMat(x: Vector, A: Matrix): Vector {
  checkRagged(A);
  if (x.length !== A.length) throw new Error(`x has ${x.length} entries, A has ${A.length} rows`);
  return matVec(transpose(A), x);
}

export function matMul(A: Matrix, B: Matrix): Matrix {
  checkRagged(A);
  checkRagged(B);
  const n = A.length ? A[0].length : 0;
  if (n !== B.length) throw new Error(`A has ${n} columns, B has ${B.length} rows`);
  // Column j of A·B is A times column j of B; the rows of Bᵀ are B's columns.
  const columns = transpose(B).map((column) => matVec(A, column));
  return columns.length ? transpose(columns) : A.map(() => []);
}
