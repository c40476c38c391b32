// Exercise: matrix-multiply (topic 03-matrices)
//
// The three products of linear algebra: matrix·vector, vector·matrix and matrix·matrix.
//   matVec([[1, 2], [3, 4]], [5, 6])  → [17, 39]      (row i of A dotted with x)
//   vecMat([5, 6], [[1, 2], [3, 4]])  → [23, 34]      (x as a row: x dotted with column j of A)
//   matMul([[1, 2], [3, 4]], [[5, 6], [7, 8]]) → [[19, 22], [43, 50]]
//   matMul(2×3 matrix, 3×4 matrix)     → a 2×4 matrix: entry [i][j] = row i of A · column j of B
//
// Shapes: matVec needs A m×n and x of length n (result: length m); vecMat needs x of length m
// and A m×n (result: length n); matMul needs A m×n and B n×k (result: m×k).
//
// Rules:
// - Never change the inputs, and return new arrays.
// - Throw an Error whose message says what is wrong when the sizes do not fit (A's columns must
//   equal x's length, or B's rows), or when an input is not a matrix because its rows have
//   different lengths ([[1, 2], [3]]). Do not return a half-computed answer.
// - 1×1, 1×n and n×1 matrices are matrices too; the empty matrix [] counts as 0×0
//   (matVec([], []) → [], matMul([], []) → []).
//
// You may import your own matrix-ops:  import { transpose } from "./matrix-ops";
//
// Check your work:  latutor check matrix-multiply     Stuck?  latutor hint matrix-multiply
import type { Matrix, Vector } from "../helpers";

export function matVec(A: Matrix, x: Vector): Vector {
  // TODO: y[i] = A[i][0]·x[0] + A[i][1]·x[1] + …
  throw new Error("TODO: implement matVec(A, x)");
}

export function vecMat(x: Vector, A: Matrix): Vector {
  // TODO: y[j] = x[0]·A[0][j] + x[1]·A[1][j] + …
  throw new Error("TODO: implement vecMat(x, A)");
}

export function matMul(A: Matrix, B: Matrix): Matrix {
  // TODO: C[i][j] = A[i][0]·B[0][j] + A[i][1]·B[1][j] + …
  throw new Error("TODO: implement matMul(A, B)");
}
