// expect: fail singular-breaks-qr
// Unshifted QR built on the topic-09 qr (full column rank only): it throws on a singular T such as [[1, 1], [1, 1]].
import type { Matrix, Vector } from "../helpers";
import { qr } from "../09-orthogonality/qr-decomposition";

const mul = (A: Matrix, B: Matrix): Matrix => A.map((row) => B[0].map((_, j) => row.reduce((s, x, k) => s + x * B[k][j], 0)));

export function eigSymmetric(A: Matrix): { values: Vector; vectors: Matrix } {
  const n = A.length;
  if (A.some((row) => row.length !== n)) throw new Error("A must be square");
  const big = Math.max(...A.flat().map(Math.abs));
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) if (Math.abs(A[i][j] - A[j][i]) > 1e-10 * big) throw new Error("A is not symmetric");
  let T = A.map((row) => row.slice());
  let V = A.map((_, i) => A.map((_, j) => (i === j ? 1 : 0)));
  const tol = 1e-12 * Math.hypot(...A.flat());
  for (let step = 0; step < 5000; step++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) off = Math.max(off, Math.abs(T[i][j]));
    if (off <= tol) break;
    const { Q, R } = qr(T);
    T = mul(R, Q);
    V = mul(V, Q);
  }
  const order = [...Array(n).keys()].sort((p, q) => T[q][q] - T[p][p]);
  return { values: order.map((i) => T[i][i]), vectors: V.map((row) => order.map((i) => row[i])) };
}
