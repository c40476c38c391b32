// Exercise: lu-decomposition (topic 06-elimination)
//
// lu(A): the PLU factorisation P·A = L·U of a square matrix A, where
//   P is a permutation matrix (the identity with its rows reordered: the row swaps),
//   L is unit lower triangular (1s on the diagonal, the multipliers below it),
//   U is upper triangular (what elimination leaves; the pivots sit on its diagonal).
//   lu([[4, 3], [6, 3]]) → { P: [[0, 1], [1, 0]], L: [[1, 0], [0.6667, 1]], U: [[6, 3], [0, 1]] }
//   lu([[1, 2], [2, 4]]) → { P: [[0, 1], [1, 0]], L: [[1, 0], [0.5, 1]],    U: [[2, 4], [0, 0]] }
//
// Rules:
// - Never change A.
// - A must be square (n×n, n ≥ 1); a rectangular A throws an Error.
// - A singular A is VALID: U just gets a 0 on its diagonal. When every entry of column k on and
//   below the diagonal is 0, there is nothing to eliminate: move on to the next column.
// - Pivot (swap up the largest |entry| of the column), or a tiny pivot ruins L and U. When you
//   swap two rows, swap the multipliers already stored in L too.
// - Any valid answer passes: the tests check ‖P·A − L·U‖ (relative to A), the shapes of P, L, U,
//   not that your P is the same as the reference's. It is P·A = L·U ("PLU"), not A = P·L·U.
//
// Check your work:  latutor check lu-decomposition     Stuck?  latutor hint lu-decomposition
import type { Matrix } from "../helpers";

export function lu(A: Matrix): { P: Matrix; L: Matrix; U: Matrix } {
  // TODO: elimination with partial pivoting that records the swaps (P) and the multipliers (L)
  throw new Error("TODO: implement lu(A)");
}
