// Exercise: gaussian-elimination (topic 06-elimination)
//
// solve(A, b): the x with A·x = b, by Gaussian elimination with partial pivoting.
//   solve([[2, 1], [1, 3]], [3, 5])                                   → [0.8, 1.4]
//   solve([[0, 1], [1, 1]], [1, 2])                                   → [1, 1]   (a zero first pivot: swap rows)
//   solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])        → [2, 3, -1]
//
// Rules:
// - Never change A or b: eliminate on a copy of every row (A.slice() alone still shares the rows).
// - A must be square (n×n, n ≥ 1) and b must have n entries; anything else throws an Error.
// - Partial pivoting is required: before eliminating column k, swap up the row whose entry in
//   column k is largest in absolute value. (A tiny pivot like 1e-20 ruins the answer otherwise.)
// - A singular A throws an Error. Rounding rarely leaves an exact 0, so treat a pivot as zero
//   when |pivot| ≤ n · Number.EPSILON · (largest |entry| of A): relative to A's scale, never a
//   fixed constant like 1e-10 (the hidden tests scale matrices by 1e-12 and 1e12).
// - The tests judge x by its residual ‖A·x − b‖ relative to ‖A‖·‖x‖ (the backward error), so an
//   ill-conditioned system like the Hilbert matrix is fair game.
//
// Check your work:  latutor check gaussian-elimination     Stuck?  latutor hint gaussian-elimination
import type { Matrix, Vector } from "../helpers";

export function solve(A: Matrix, b: Vector): Vector {
  // TODO: forward elimination with partial pivoting on a copy of [A | b], then back substitution
  throw new Error("TODO: implement solve(A, b)");
}
