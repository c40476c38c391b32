// Exercise: determinant (topic 06-elimination)
//
// det(A): the determinant of a square matrix.
//   det([[3, 8], [4, 6]])                  → -14
//   det([[0, 1], [1, 0]])                  → -1    (one row swap flips the sign)
//   det([[2, 0, 1], [1, 3, 2], [1, 1, 2]]) → 6
//   det([[1, 2], [2, 4]])                  → 0     (singular: return 0, do not throw)
//
// Rules:
// - Never change A.
// - A must be square (n×n, n ≥ 1); a rectangular A throws an Error.
// - A singular A is VALID: return 0, or a number tiny next to the entries (rounding).
// - Small matrices may use cofactor expansion, but it costs n! operations; elimination (the
//   product of U's diagonal, with a sign flip for each row swap) costs about n³.
//
// Check your work:  latutor check determinant     Stuck?  latutor hint determinant
import type { Matrix } from "../helpers";

export function det(A: Matrix): number {
  // TODO: eliminate (with pivoting), multiply the pivots, flip the sign on every row swap
  throw new Error("TODO: implement det(A)");
}
