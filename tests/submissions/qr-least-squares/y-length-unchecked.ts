// expect: fail shape-not-checked
// Never checks that y has one entry per row of X: a short y gives NaN instead of an Error.
import type { Matrix, Vector } from "../helpers";
import { qr } from "./qr-decomposition";

export function leastSquaresQR(X: Matrix, y: Vector): Vector {
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
