// expect: pass
// Its own classical Gram–Schmidt, run twice (CGS2), then z = Qᵀy and back substitution.
import type { Matrix, Vector } from "../helpers";

const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);

export function leastSquaresQR(X: Matrix, y: Vector): Vector {
  const m = X.length;
  const n = m ? X[0].length : 0;
  if (y.length !== m) throw new Error("y has the wrong length");
  if (n === 0 || m < n || X.some((row) => row.length !== n)) throw new Error("X must be tall and rectangular");
  const qs: Vector[] = [];
  const R = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let k = 0; k < n; k++) {
    const a = X.map((row) => row[k]);
    let w = a.slice();
    for (let pass = 0; pass < 2; pass++) {
      const cs = qs.map((q) => dot(q, w)); // classical: all coefficients from the same w
      cs.forEach((c, j) => {
        R[j][k] += c;
        w = w.map((x, i) => x - c * qs[j][i]);
      });
    }
    const len = Math.sqrt(dot(w, w));
    if (len <= 1e-12 * Math.sqrt(dot(a, a))) throw new Error("X has dependent columns");
    R[k][k] = len;
    qs.push(w.map((x) => x / len));
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
