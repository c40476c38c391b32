// Exercise: matrix-types (topic 05-matrix-types)
//
// Build the identity, recognise the special kinds of matrices, and take the trace.
//   identity(2)                            → [[1, 0], [0, 1]]
//   isSquare([[1, 2, 3], [4, 5, 6]])       → false   (2×3)
//   isSymmetric([[2, 1], [1, 3]])          → true    (equals its transpose)
//   isUpperTriangular([[1, 2], [0, 3]])    → true    (zeros below the diagonal)
//   isLowerTriangular([[1, 2], [0, 3]])    → false   (the 2 sits above the diagonal)
//   isDiagonal([[4, 0], [0, -1]])          → true
//   isOrthogonal([[0, -1], [1, 0]])        → true    (a quarter turn: QᵀQ = I)
//   isOrthogonal([[2, 0], [0, 2]])         → false   (perpendicular columns, but of length 2)
//   trace([[1, 2], [3, 4]])                → 5       (1 + 4)
//
// Tolerance: every predicate takes an optional tol (default 1e-10), an absolute bound. An entry
// that should be 0 passes when |entry| ≤ tol; two entries that should be equal pass when they
// differ by at most tol; isOrthogonal asks that every entry of QᵀQ be within tol of the
// identity's. Never compare with ===: cos(0.1)² + sin(0.1)² is 0.9999999999999999, not 1, yet a
// rotation by 0.1 is orthogonal. When a caller passes tol, use theirs.
//
// Shapes (decided for this course; the hidden tests check exactly these):
//   - isUpperTriangular, isLowerTriangular and isDiagonal accept rectangular matrices too, as
//     usual: only the entries below (above, off) the main diagonal aᵢᵢ must be 0.
//     isUpperTriangular([[1, 2, 3], [0, 4, 5]]) → true; isDiagonal([[1, 0, 0], [0, 2, 0]]) → true.
//   - isSymmetric and isOrthogonal of a non-square matrix → false (a 3×2 matrix with orthonormal
//     columns is not an orthogonal matrix).
//   - [] is the 0×0 matrix: identity(0) → [], isSquare([]) → true, trace([]) → 0.
//
// Rules: never change the input. These must throw an Error:
//   - trace of a non-square matrix;
//   - identity(n) when n is negative or not a whole number (identity(-1), identity(2.5)).
//
// Check your work:  latutor check matrix-types     Stuck?  latutor hint matrix-types
import type { Matrix } from "../helpers";

export function identity(n: number): Matrix {
  // TODO: n×n, ones on the diagonal; every row a new array
  throw new Error("TODO: implement identity(n)");
}

export function isSquare(A: Matrix): boolean {
  // TODO: as many rows as columns
  throw new Error("TODO: implement isSquare(A)");
}

export function isSymmetric(A: Matrix, tol = 1e-10): boolean {
  // TODO: A[i][j] equals A[j][i] within tol; false when not square
  throw new Error("TODO: implement isSymmetric(A, tol)");
}

export function isUpperTriangular(A: Matrix, tol = 1e-10): boolean {
  // TODO: every entry below the diagonal (i > j) is 0 within tol
  throw new Error("TODO: implement isUpperTriangular(A, tol)");
}

export function isLowerTriangular(A: Matrix, tol = 1e-10): boolean {
  // TODO: every entry above the diagonal (i < j) is 0 within tol
  throw new Error("TODO: implement isLowerTriangular(A, tol)");
}

export function isDiagonal(A: Matrix, tol = 1e-10): boolean {
  // TODO: every entry off the diagonal (i ≠ j) is 0 within tol
  throw new Error("TODO: implement isDiagonal(A, tol)");
}

export function isOrthogonal(A: Matrix, tol = 1e-10): boolean {
  // TODO: square, and QᵀQ equals the identity within tol
  throw new Error("TODO: implement isOrthogonal(A, tol)");
}

export function trace(A: Matrix): number {
  // TODO: a₁₁ + a₂₂ + … ; throw when A is not square
  throw new Error("TODO: implement trace(A)");
}
