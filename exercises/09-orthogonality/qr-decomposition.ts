// Exercise: qr-decomposition (topic 09-orthogonality)
//
// qr(A): the reduced QR factorisation A = Q·R of an m×n matrix A (m ≥ n, independent columns):
//   Q is m×n with orthonormal columns (QᵀQ = I), R is n×n upper triangular.
//   Gram–Schmidt on the columns of A gives it: q_k is the k-th direction, and R[j][k] = q_j·a_k
//   records how much of column k lies along q_j (R[k][k] = the length of what was left).
//   qr([[3, -1], [4, 7], [0, 12]])  → Q = [[0.6, -0.3077], [0.8, 0.2308], [0, 0.9231]]
//                                     R = [[5, 5], [0, 13]]          (Gram–Schmidt)
//                                  or Q = −(that Q), R = [[-5, -5], [0, -13]]   (Householder)
//   qr([[-5]])                      → Q = [[1]], R = [[-5]]   or   Q = [[-1]], R = [[5]]
//
// Rules:
// - Never change A.
// - Signs are free: flipping q_k and row k of R together gives another valid answer (Householder
//   often gives negative diagonal entries in R). The tests check A ≈ Q·R, QᵀQ ≈ I and R upper
//   triangular, not particular numbers.
// - Return the REDUCED factorisation: Q with n columns, R n×n (not the full m×m Q).
// - Throw an Error for rows of different lengths, for a wide A (m < n) and for dependent columns
//   (a column whose remainder ‖w‖ ≤ 1e-12 · ‖a_k‖): then R would have a 0 on its diagonal.
// - Going deeper (★, not required): keep Q orthonormal to 1e-12 even at condition number 1e8:
//   orthogonalise twice or use Householder reflections. qr-least-squares needs a Q that good.
//
// Check your work:  latutor check qr-decomposition     Stuck?  latutor hint qr-decomposition
import type { Matrix } from "../helpers";

export function qr(A: Matrix): { Q: Matrix; R: Matrix } {
  // TODO: Gram–Schmidt on the columns of A, keeping the coefficients in R (or Householder)
  throw new Error("TODO: implement qr(A)");
}
