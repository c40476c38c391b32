// expect: fail ragged-not-refused
// Checks the inner sizes against A[0].length but never that every row is as long, so ragged rows slip through.
import type { Matrix, Vector } from "../helpers";

const cols = (A: Matrix) => (A.length === 0 ? 0 : A[0].length);

export function matVec(A: Matrix, x: Vector): Vector {
  if (x.length !== cols(A)) throw new Error(`x needs ${cols(A)} entries`);
  return A.map((row) => row.reduce((s, a, j) => s + a * x[j], 0));
}

export function vecMat(x: Vector, A: Matrix): Vector {
  if (x.length !== A.length) throw new Error(`x needs ${A.length} entries`);
  return Array.from({ length: cols(A) }, (_, j) => A.reduce((s, row, i) => s + x[i] * row[j], 0));
}

export function matMul(A: Matrix, B: Matrix): Matrix {
  if (cols(A) !== B.length) throw new Error("A's columns must equal B's rows");
  return A.map((row) => Array.from({ length: cols(B) }, (_, j) => row.reduce((s, a, t) => s + a * B[t][j], 0)));
}
