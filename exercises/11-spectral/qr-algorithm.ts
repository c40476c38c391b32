// Exercise: qr-algorithm (topic 11-spectral)
//
// eigSymmetric(A): the eigenvalues of a SYMMETRIC matrix A in descending order (largest first,
// negative ones last), and orthonormal eigenvectors as the COLUMNS of `vectors`: column j belongs
// to values[j], so that A = V·diag(values)·Vᵀ.
//   eigSymmetric([[2, 1], [1, 2]])
//     → { values: [3, 1], vectors: [[0.7071, -0.7071], [0.7071, 0.7071]] }   (each column may flip sign)
//   eigSymmetric([[1, 2, 1], [2, 1, -1], [1, -1, 0]]).values   → [3, 1, -2]
//
// Rules:
// - Never change A. Repeat the QR step T = Q·R, T ← R·Q (accumulating V ← V·Q) until every entry
//   below the diagonal of T is at most 1e-12 × ‖A‖ (the Frobenius norm: a test relative to A, the
//   hidden tests scale matrices by 1e-8 and 1e8). Cap the loop at 5000 steps (plenty for the
//   required cases), and if T is still not diagonal then, throw an Error (no convergence), as
//   powerMethod does in topic 10: never return the diagonal of a T that is not diagonal. Plain QR
//   never converges on [[0, 1], [1, 0]] (eigenvalues 1 and −1, of the same size): it throws there.
//   Then sort: largest value first, each column of V moving with its value.
// - A matrix with an eigenvalue 0 is valid input (a graph Laplacian, [[1, 1], [1, 1]]), and so is the
//   zero matrix: your QR step must cope with a singular T (Givens rotations do; see the lesson).
// - Throw an Error when A is not square, or not symmetric: |A[i][j] − A[j][i]| greater than
//   1e-10 × (largest |entry| of A). (Q·Λ·Qᵀ computed in floating point is symmetric only up to rounding.)
// - Going deeper (★): eigenvalues 1e-6 apart, and [[0, 1], [1, 0]], need shifts (Wilkinson) and
//   deflation, or Jacobi.
//
// Check your work:  latutor check qr-algorithm     Stuck?  latutor hint qr-algorithm
import type { Matrix, Vector } from "../helpers";

export function eigSymmetric(A: Matrix): { values: Vector; vectors: Matrix } {
  // TODO: T = copy of A, V = identity; repeat a QR step until T is diagonal; sort
  throw new Error("TODO: implement eigSymmetric(A)");
}
