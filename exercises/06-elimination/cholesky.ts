// Exercise: cholesky (topic 06-elimination)
//
// cholesky(A): the lower triangular L (positive diagonal) with A = L·Lᵀ, for a symmetric
// positive definite (SPD) A.
//   cholesky([[4, 2], [2, 5]])                          → [[2, 0], [1, 2]]
//   cholesky([[4, 12, -16], [12, 37, -43], [-16, -43, 98]]) → [[2, 0, 0], [6, 1, 0], [-8, 5, 3]]
//
// Rules:
// - Never change A. Return the LOWER factor L (not Lᵀ).
// - A must be square (n×n, n ≥ 1); a rectangular A throws an Error.
// - Anything that is not SPD throws an Error: a non-symmetric A (check A[i][j] against A[j][i];
//   exact equality is enough, and so is a tolerance up to n · Number.EPSILON · (largest |entry|):
//   the tests use matrices that are exactly symmetric or clearly not),
//   and any A where the number under a square root is not positive (indefinite, or singular
//   like [[1, 1], [1, 1]], where it is exactly 0). Compare that number with
//   n · Number.EPSILON · (largest |entry| of A), not with a fixed constant: the hidden tests
//   scale matrices by 1e-12.
//
// Check your work:  latutor check cholesky     Stuck?  latutor hint cholesky
import type { Matrix } from "../helpers";

export function cholesky(A: Matrix): Matrix {
  // TODO: L[i][j] from A[i][j] minus what earlier columns of L already account for
  throw new Error("TODO: implement cholesky(A)");
}
