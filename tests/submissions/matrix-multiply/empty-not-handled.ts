// expect: fail empty-matrix
// Right for every non-empty shape, but reads A[0].length (and B[0].length) without a guard, so [] crashes.
import type { Matrix, Vector } from "../helpers";

function columns(A: Matrix): number {
  const n = A[0].length;
  if (A.some((row) => row.length !== n)) throw new Error("rows have different lengths");
  return n;
}

export function matVec(A: Matrix, x: Vector): Vector {
  if (x.length !== columns(A)) throw new Error("x must have one entry per column");
  return A.map((row) => row.reduce((s, a, j) => s + a * x[j], 0));
}

export function vecMat(x: Vector, A: Matrix): Vector {
  const n = columns(A);
  if (x.length !== A.length) throw new Error("x must have one entry per row");
  return Array.from({ length: n }, (_, j) => A.reduce((s, row, i) => s + x[i] * row[j], 0));
}

export function matMul(A: Matrix, B: Matrix): Matrix {
  const n = columns(A);
  const k = columns(B);
  if (n !== B.length) throw new Error("A's columns must equal B's rows");
  return A.map((row) => Array.from({ length: k }, (_, j) => row.reduce((s, a, t) => s + a * B[t][j], 0)));
}
