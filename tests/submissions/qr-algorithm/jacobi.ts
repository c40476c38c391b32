// expect: pass
// Cyclic Jacobi: sweep over every pair (p, q), rotating A[p][q] to zero, until the off-diagonal part is negligible.
import type { Matrix, Vector } from "../helpers";

export function eigSymmetric(A: Matrix): { values: Vector; vectors: Matrix } {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("A must be a non-empty square matrix");
  const biggest = Math.max(...A.map((row) => Math.max(...row.map(Math.abs))));
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) if (Math.abs(A[i][j] - A[j][i]) > 1e-10 * biggest) throw new Error("A is not symmetric");

  const S = A.map((row) => row.slice());
  const V = A.map((_, i) => A.map((_, j) => (i === j ? 1 : 0)));
  const norm = Math.sqrt(A.flat().reduce((s, x) => s + x * x, 0));
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += S[p][q] ** 2;
    if (Math.sqrt(off) <= 1e-14 * norm) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (S[p][q] === 0) continue;
        // The angle that makes the rotated S[p][q] zero: tan(2θ) = 2·S[p][q] / (S[q][q] − S[p][p]).
        const theta = (S[q][q] - S[p][p]) / (2 * S[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const [kp, kq] = [S[k][p], S[k][q]];
          S[k][p] = c * kp - s * kq;
          S[k][q] = s * kp + c * kq;
        }
        for (let k = 0; k < n; k++) {
          const [pk, qk] = [S[p][k], S[q][k]];
          S[p][k] = c * pk - s * qk;
          S[q][k] = s * pk + c * qk;
        }
        for (let k = 0; k < n; k++) {
          const [kp, kq] = [V[k][p], V[k][q]];
          V[k][p] = c * kp - s * kq;
          V[k][q] = s * kp + c * kq;
        }
      }
    }
  }
  const pairs = S.map((row, i) => ({ value: row[i], vector: V.map((r) => r[i]) })).sort((a, b) => b.value - a.value);
  return { values: pairs.map((p) => p.value), vectors: A.map((_, i) => pairs.map((p) => p.vector[i])) };
}
