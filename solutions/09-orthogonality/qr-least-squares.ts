// Reference implementation: least squares through QR: minimise ‖X·w − y‖ by solving R·w = Qᵀ·y.
import { qr } from "./qr-decomposition";

export type Vector = number[];
export type Matrix = number[][];

/**
 * With X = Q·R, ‖X·w − y‖ is smallest when R·w = Qᵀ·y: Q is orthonormal, so it changes no
 * lengths, and the part of y outside Q's columns is the residual no w can reach. Nothing here
 * forms XᵀX, whose condition number is κ(X)²: this keeps about twice the digits of the normal
 * equations.
 */
export function leastSquaresQR(X: Matrix, y: Vector): Vector {
  if (y.length !== X.length) throw new Error(`leastSquaresQR: X has ${X.length} rows but y has ${y.length} entries`);
  const { Q, R } = qr(X); // throws for a wide X or dependent columns
  const m = Q.length;
  const n = R.length;

  // z = Qᵀ·y: the coordinates of y along the orthonormal columns of Q.
  const z = new Array<number>(n).fill(0);
  for (let j = 0; j < n; j++) for (let i = 0; i < m; i++) z[j] += Q[i][j] * y[i];

  // Back substitution on the upper triangular R·w = z, bottom row first.
  const w = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i];
    for (let j = i + 1; j < n; j++) s -= R[i][j] * w[j];
    w[i] = s / R[i][i];
  }
  return w;
}
