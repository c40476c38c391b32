// Exercise: rank-nullspace (topic 07-subspaces)
//
// rref(A): the reduced row echelon form of A: every pivot is a 1, it is the only non-zero entry
//   in its column, each pivot sits to the right of the one above, zero rows come last.
// rank(A, tol?): the number of pivots (independent columns).
// nullSpace(A, tol?): a basis of { x : A·x = 0 }, one vector per free (pivot-less) column;
//   [] when x = 0 is the only solution. Any basis is accepted: the grader checks that your
//   vectors solve A·x = 0, are independent, and that there are n − rank of them.
//   rref([[1, 2, 3], [4, 5, 6]])        → [[1, 0, -1], [0, 1, 2]]
//   rank([[1, 2, 3], [4, 5, 6]])        → 2
//   nullSpace([[1, 2, 3], [4, 5, 6]])   → [[1, -2, 1]]        (or any non-zero multiple of it)
//   rank([[1, 2], [2, 4]])              → 1
//   nullSpace([[1, 0], [0, 1]])         → []
//
// Rules: never change A (work on a copy). Rows of different lengths → throw an Error.
// Singular and rank-deficient matrices are valid input. Use partial pivoting (the largest
// candidate in the column, as in topic 06).
// Zero tests: rounding leaves leftovers like 6e-17 where exact arithmetic gives 0, so a pivot
// candidate with |x| ≤ tol counts as zero. The default tol must be RELATIVE to the matrix, such
// as max(m, n) · ε · (largest |entry|) with ε = Number.EPSILON: the hidden tests scale matrices
// by 1e-8 and 1e8 and expect the same rank. An explicit tol argument replaces the default, and
// tol = 0 is valid: it means exact zero tests (only x === 0 is zero), so check tol === undefined,
// not !tol:   rank([[0.1, 0.2, 0.3], [0.4, 0.5, 0.9], [0.7, 0.8, 1.5]], 0)  → 3
//
// Check your work:  latutor check rank-nullspace     Stuck?  latutor hint rank-nullspace
import type { Matrix, Vector } from "../helpers";

export function rref(A: Matrix): Matrix {
  // TODO: Gauss–Jordan elimination on a copy of A
  throw new Error("TODO: implement rref(A)");
}

export function rank(A: Matrix, tol?: number): number {
  // TODO: count the pivots
  throw new Error("TODO: implement rank(A, tol)");
}

export function nullSpace(A: Matrix, tol?: number): Vector[] {
  // TODO: one special solution per free column
  throw new Error("TODO: implement nullSpace(A, tol)");
}
