// expect: pass, open: κ ≈ 1e8: Q orthonormal to 1e-12
// One pass of modified Gram–Schmidt: a valid QR, but Q loses orthogonality like ε·κ (the going-deeper case).
import type { Matrix, Vector } from "../helpers";

const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);

export function qr(A: Matrix): { Q: Matrix; R: Matrix } {
  const m = A.length;
  const n = m ? A[0].length : 0;
  if (m < n || n === 0 || A.some((row) => row.length !== n)) throw new Error("qr needs a tall, rectangular A");
  const cols = A[0].map((_, k) => A.map((row) => row[k]));
  const qs: Vector[] = [];
  const R = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  cols.forEach((a, k) => {
    let w = a.slice();
    qs.forEach((q, j) => {
      R[j][k] = dot(q, w);
      w = w.map((x, i) => x - R[j][k] * q[i]);
    });
    R[k][k] = Math.hypot(...w);
    if (R[k][k] <= 1e-12 * Math.hypot(...a)) throw new Error("dependent columns");
    qs.push(w.map((x) => x / R[k][k]));
  });
  return { Q: A.map((_, i) => qs.map((q) => q[i])), R };
}
