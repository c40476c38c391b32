// expect: pass, open: κ ≈ 1e8: Q orthonormal to 1e-12
// One pass of classical Gram–Schmidt: A = QR holds, Q is orthonormal on well-conditioned input; the going-deeper case shows its loss.
import type { Matrix, Vector } from "../helpers";

const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);

export function qr(A: Matrix): { Q: Matrix; R: Matrix } {
  const m = A.length;
  const n = m ? A[0].length : 0;
  if (m < n || n === 0 || A.some((row) => row.length !== n)) throw new Error("qr needs a tall, rectangular A");
  const qs: Vector[] = [];
  const R = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let k = 0; k < n; k++) {
    const a = A.map((row) => row[k]);
    const w = a.slice();
    for (let j = 0; j < k; j++) {
      R[j][k] = dot(qs[j], a);
      for (let i = 0; i < m; i++) w[i] -= R[j][k] * qs[j][i];
    }
    R[k][k] = Math.sqrt(dot(w, w));
    if (R[k][k] <= 1e-12 * Math.sqrt(dot(a, a))) throw new Error("dependent columns");
    qs.push(w.map((x) => x / R[k][k]));
  }
  return { Q: A.map((_, i) => qs.map((q) => q[i])), R };
}
