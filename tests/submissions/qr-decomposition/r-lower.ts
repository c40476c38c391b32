// expect: fail r-lower
// Gram–Schmidt twice, but stores the coefficient of q_j in column k at R[k][j]: R comes out lower triangular.
import { zeros, type Matrix, type Vector } from "../helpers";

const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);
const norm = (v: Vector) => Math.sqrt(dot(v, v));

export function qr(A: Matrix): { Q: Matrix; R: Matrix } {
  const m = A.length;
  const n = m ? A[0].length : 0;
  if (m === 0 || n === 0) throw new Error("empty matrix");
  if (A.some((row) => row.length !== n)) throw new Error("rows of different lengths");
  if (m < n) throw new Error("A is wider than tall");
  const qs: Vector[] = [];
  const R = zeros(n, n);
  for (let k = 0; k < n; k++) {
    const a = A.map((row) => row[k]);
    let w = a.slice();
    for (let pass = 0; pass < 2; pass++) {
      for (let j = 0; j < k; j++) {
        const c = dot(qs[j], w);
        R[k][j] += c;
        w = w.map((x, i) => x - c * qs[j][i]);
      }
    }
    const len = norm(w);
    if (len <= 1e-12 * norm(a)) throw new Error(`column ${k} depends on the columns before it`);
    R[k][k] = len;
    qs.push(w.map((x) => x / len));
  }
  const Q = A.map((_, i) => qs.map((q) => q[i]));
  return { Q, R };
}
