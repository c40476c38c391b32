// Exercise: qr-least-squares (topic 09-orthogonality)
//
// leastSquaresQR(X, y): the w that minimises ‖X·w − y‖, for a tall X (m ≥ n) with independent
//   columns, computed through QR: factor X = Q·R, then solve the triangular system R·w = Qᵀ·y by
//   back substitution. Never form XᵀX.
//   leastSquaresQR([[1, 0], [1, 1], [1, 2]], [1, 2, 2])  → [1.1667, 0.5]   (the line 7/6 + x/2)
//   leastSquaresQR([[2, 1], [1, 3]], [3, 5])             → [0.8, 1.4]      (square: the exact solution)
//
// Rules:
// - Never change X or y.
// - Throw an Error when y's length differs from X's number of rows, when X is wide (m < n) or
//   its columns are dependent.
// - Accuracy is required: relative error ≲ 1e-6 on a tall X with condition number κ(X) ≈ 1e7.
//   The normal equations XᵀX·w = Xᵀy cannot do that (κ(XᵀX) = κ², about 1e14), and neither can
//   one pass of Gram–Schmidt followed by Qᵀ·y (its Q is only orthonormal to about ε·κ). Use a Q
//   that is orthonormal to machine precision: Householder, or Gram–Schmidt twice. You may import
//   your own qr:  import { qr } from "./qr-decomposition";
//
// Check your work:  latutor check qr-least-squares     Stuck?  latutor hint qr-least-squares
import type { Matrix, Vector } from "../helpers";

export function leastSquaresQR(X: Matrix, y: Vector): Vector {
  // TODO: X = QR, z = Qᵀy, then back substitution on R·w = z
  throw new Error("TODO: implement leastSquaresQR(X, y)");
}
