// Exercise: normal-equations (topic 08-least-squares)
//
// leastSquares(X, y): the w that minimises ‖X·w − y‖², found by solving the normal equations
// (XᵀX)·w = Xᵀy. X is m×n (one row per equation or sample, one column per unknown), y has m entries.
//   leastSquares([[1, 0], [1, 1], [1, 2], [1, 3]], [1, 3, 4, 4])   → [1.5, 1]   (the line y = 1.5 + x)
//   leastSquares([[2, 1], [1, 3]], [3, 5])                          → [0.8, 1.4] (square: the exact solution)
//   leastSquares([[1], [2], [2]], [1, 2, 3])                        → [1.2222…]  (11/9)
//
// Rules:
// - Never change X or y.
// - X must be tall or square (m ≥ n ≥ 1) with rows of equal length, and y must have m entries;
//   anything else throws an Error.
// - X must have full column rank (independent columns). A rank-deficient X throws an Error.
//   Rounding rarely leaves an exact 0, so treat a pivot of XᵀX as zero when
//   pivot ≤ n · Number.EPSILON · (largest entry of XᵀX): relative to the scale of XᵀX, never a
//   fixed constant like 1e-10 (the hidden tests scale X by 1e-6 and 1e6).
// - You may use your own solver from topic 06 (it uses exactly that zero test):
//     import { solve } from "../06-elimination/gaussian-elimination";
//   or your cholesky (XᵀX is symmetric positive definite when X has full column rank).
// - The tests judge w by the residual of the normal equations, ‖Xᵀ(X·w − y)‖ relative to
//   ‖X‖²‖w‖ + ‖X‖‖y‖ (or, failing that, by its distance to the expected w, within what κ(XᵀX)
//   allows), so a moderately ill-conditioned X (polynomial features) is fair game.
//
// Check your work:  latutor check normal-equations     Stuck?  latutor hint normal-equations
import type { Matrix, Vector } from "../helpers";

export function leastSquares(X: Matrix, y: Vector): Vector {
  // TODO: check the shapes, form XᵀX and Xᵀy, solve (XᵀX)·w = Xᵀy
  throw new Error("TODO: implement leastSquares(X, y)");
}
