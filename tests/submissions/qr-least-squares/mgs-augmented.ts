// expect: pass
// One pass of modified Gram–Schmidt on the augmented matrix [X | y]: z is the top of R's last column (no explicit Qᵀy).
import type { Matrix, Vector } from "../helpers";

const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);

export function leastSquaresQR(X: Matrix, y: Vector): Vector {
  const m = X.length;
  const n = m ? X[0].length : 0;
  if (y.length !== m || n === 0 || m < n || X.some((row) => row.length !== n)) throw new Error("X must be tall and y must match its rows");
  const cols = [...X[0].map((_, k) => X.map((row) => row[k])), y.slice()];
  const qs: Vector[] = [];
  const R = Array.from({ length: n }, () => new Array<number>(n + 1).fill(0));
  for (let k = 0; k <= n; k++) {
    let w = cols[k].slice();
    qs.forEach((q, j) => {
      R[j][k] = dot(q, w);
      w = w.map((x, i) => x - R[j][k] * q[i]);
    });
    if (k === n) break; // y's column: only its coefficients are needed
    const len = Math.hypot(...w);
    if (len <= 1e-12 * Math.hypot(...cols[k])) throw new Error("X has dependent columns");
    R[k][k] = len;
    qs.push(w.map((x) => x / len));
  }
  const w = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = R[i][n];
    for (let j = i + 1; j < n; j++) s -= R[i][j] * w[j];
    w[i] = s / R[i][i];
  }
  return w;
}
