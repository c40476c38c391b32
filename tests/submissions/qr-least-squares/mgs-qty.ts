// expect: fail one-pass-gram-schmidt
// One pass of modified Gram–Schmidt, then z = Qᵀy: Q is orthonormal only to ε·κ, so w loses digits like the normal equations.
import type { Matrix, Vector } from "../helpers";

const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);

export function leastSquaresQR(X: Matrix, y: Vector): Vector {
  const m = X.length;
  const n = m ? X[0].length : 0;
  if (y.length !== m || n === 0 || m < n) throw new Error("X must be tall and y must match its rows");
  const qs: Vector[] = [];
  const R = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let k = 0; k < n; k++) {
    const a = X.map((row) => row[k]);
    let w = a.slice();
    for (let j = 0; j < k; j++) {
      R[j][k] = dot(qs[j], w);
      w = w.map((x, i) => x - R[j][k] * qs[j][i]);
    }
    R[k][k] = Math.hypot(...w);
    if (R[k][k] <= 1e-12 * Math.hypot(...a)) throw new Error("X has dependent columns");
    qs.push(w.map((x) => x / R[k][k]));
  }
  const z = qs.map((q) => dot(q, y));
  const w = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i];
    for (let j = i + 1; j < n; j++) s -= R[i][j] * w[j];
    w[i] = s / R[i][i];
  }
  return w;
}
