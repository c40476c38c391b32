// expect: pass
// Shifted QR on the full matrix: Wilkinson shift from the trailing 2×2, deflation of the last row, Givens rotations.
import { clone, identity, type Matrix, type Vector } from "../helpers";

function validate(A: Matrix): void {
  const n = A.length;
  if (n === 0) throw new Error("empty matrix");
  A.forEach((row, i) => {
    if (row.length !== n) throw new Error(`row ${i} has ${row.length} entries, expected ${n}`);
  });
  let big = 0;
  for (const row of A) for (const x of row) big = Math.max(big, Math.abs(x));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (Math.abs(A[i][j] - A[j][i]) > 1e-10 * big) throw new Error("not symmetric");
}

/** T − μI = QR on the leading m×m block, then T ← RQ + μI, V ← VQ. */
function shiftedStep(T: Matrix, V: Matrix, m: number, mu: number): void {
  for (let i = 0; i < m; i++) T[i][i] -= mu;
  const rots: { j: number; i: number; c: number; s: number }[] = [];
  for (let j = 0; j < m - 1; j++) {
    for (let i = j + 1; i < m; i++) {
      const r = Math.hypot(T[j][j], T[i][j]);
      if (r === 0) continue;
      const c = T[j][j] / r;
      const s = T[i][j] / r;
      for (let k = 0; k < m; k++) [T[j][k], T[i][k]] = [c * T[j][k] + s * T[i][k], -s * T[j][k] + c * T[i][k]];
      rots.push({ j, i, c, s });
    }
  }
  for (const { j, i, c, s } of rots) {
    for (let k = 0; k < m; k++) [T[k][j], T[k][i]] = [c * T[k][j] + s * T[k][i], -s * T[k][j] + c * T[k][i]];
    for (let k = 0; k < V.length; k++) [V[k][j], V[k][i]] = [c * V[k][j] + s * V[k][i], -s * V[k][j] + c * V[k][i]];
  }
  for (let i = 0; i < m; i++) T[i][i] += mu;
}

export function eigSymmetric(A: Matrix): { values: Vector; vectors: Matrix } {
  validate(A);
  const n = A.length;
  const T = clone(A);
  const V = identity(n);
  const tol = Number.EPSILON * Math.sqrt(A.flat().reduce((s, x) => s + x * x, 0));
  let m = n;
  for (let step = 0; m > 1 && step < 1000 * n; step++) {
    const rowOff = Math.max(...T[m - 1].slice(0, m - 1).map(Math.abs));
    if (rowOff <= tol) {
      m--; // T[m−1][m−1] is an eigenvalue: deflate
      continue;
    }
    // Wilkinson: the eigenvalue of [[a, b], [b, c]] nearer to c.
    const a = T[m - 2][m - 2];
    const b = T[m - 1][m - 2];
    const c = T[m - 1][m - 1];
    const d = (a - c) / 2;
    const mu = b === 0 ? c : c - (Math.sign(d) || 1) * (b * b) / (Math.abs(d) + Math.hypot(d, b));
    shiftedStep(T, V, m, mu);
  }
  const idx = T.map((_, i) => i).sort((p, q) => T[q][q] - T[p][p]);
  return { values: idx.map((i) => T[i][i]), vectors: V.map((row) => idx.map((i) => row[i])) };
}
