// expect: pass
// Householder reflections, R with negative diagonal entries wherever the column's first entry is positive.
import type { Matrix } from "../helpers";

export function qr(A: Matrix): { Q: Matrix; R: Matrix } {
  const m = A.length;
  const n = m ? A[0].length : 0;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("A must be a non-empty rectangular matrix");
  if (m < n) throw new Error("A must have at least as many rows as columns");
  const R = A.map((row) => row.slice());
  const Q = Array.from({ length: m }, (_, i) => Array.from({ length: m }, (_, j) => (i === j ? 1 : 0)));
  for (let k = 0; k < n; k++) {
    const colNorm = Math.hypot(...A.map((row) => row[k]));
    const x = R.slice(k).map((row) => row[k]);
    const len = Math.hypot(...x);
    if (len <= 1e-12 * colNorm) throw new Error(`column ${k} is dependent on the others`);
    const alpha = x[0] > 0 ? -len : len;
    const v = x.map((t, i) => (i === 0 ? t - alpha : t));
    const vv = v.reduce((s, t) => s + t * t, 0);
    // R ← (I − 2vvᵀ/vᵀv)·R on rows k…, Q ← Q·(I − 2vvᵀ/vᵀv) on columns k…
    for (let j = 0; j < n; j++) {
      const s = v.reduce((acc, t, i) => acc + t * R[k + i][j], 0);
      v.forEach((t, i) => (R[k + i][j] -= (2 * s * t) / vv));
    }
    for (let i = 0; i < m; i++) {
      const s = v.reduce((acc, t, l) => acc + Q[i][k + l] * t, 0);
      v.forEach((t, l) => (Q[i][k + l] -= (2 * s * t) / vv));
    }
  }
  return { Q: Q.map((row) => row.slice(0, n)), R: R.slice(0, n).map((row, i) => row.map((x, j) => (j < i ? 0 : x))) };
}
