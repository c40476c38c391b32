// expect: pass
// Factor X = QR with the learner's own qr, z = Qᵀy, back substitution on R·w = z (as the lesson teaches).
import type { Matrix, Vector } from "../helpers";
import { qr } from "./qr-decomposition";

export function leastSquaresQR(X: Matrix, y: Vector): Vector {
  if (y.length !== X.length) throw new Error("y needs one entry per row of X");
  const { Q, R } = qr(X);
  const n = R.length;
  const z = R.map((_, j) => Q.reduce((s, row, i) => s + row[j] * y[i], 0));
  const w = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i];
    for (let j = i + 1; j < n; j++) s -= R[i][j] * w[j];
    w[i] = s / R[i][i];
  }
  return w;
}
