// expect: pass
// No covariance at all: a one-sided Jacobi SVD of the centred data; the right singular vectors are the components.
import type { Matrix, Vector } from "../helpers";

export function pca(X: Matrix, k: number): { mean: Vector; components: Matrix; explainedVarianceRatio: Vector; projected: Matrix } {
  const n = X.length;
  if (n < 2) throw new Error("pca: need at least 2 samples");
  const d = X[0].length;
  if (X.some((row) => row.length !== d)) throw new Error("pca: ragged rows");
  if (!Number.isInteger(k) || k < 1 || k > d) throw new Error(`pca: k must be in 1..${d}`);
  const mean = X[0].map((_, j) => X.reduce((s, row) => s + row[j], 0) / n);
  // Work on the columns of Xc: rotate pairs of columns until all are orthogonal (Hestenes).
  const cols = mean.map((m, j) => X.map((row) => row[j] - m));
  const V = mean.map((_, i) => mean.map((_, j) => (i === j ? 1 : 0))); // V[j] = column j of V, as a row
  const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        const alpha = dot(cols[p], cols[p]);
        const beta = dot(cols[q], cols[q]);
        const gamma = dot(cols[p], cols[q]);
        if (Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta) || gamma === 0) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (const M of [cols, V]) {
          const a = M[p];
          const b = M[q];
          for (let i = 0; i < a.length; i++) {
            const x = a[i];
            const y = b[i];
            a[i] = c * x - s * y;
            b[i] = s * x + c * y;
          }
        }
      }
    }
    if (!rotated) break;
  }
  // Now Xc·V has orthogonal columns; their squared lengths are σ², so λ = σ² / (n − 1).
  const sigma2 = cols.map((c) => dot(c, c));
  const order = sigma2.map((_, i) => i).sort((a, b) => sigma2[b] - sigma2[a]);
  const total = sigma2.reduce((s, x) => s + x, 0);
  const top = order.slice(0, k);
  const components = top.map((i) => V[i].slice());
  const explainedVarianceRatio = top.map((i) => sigma2[i] / total);
  const projected = X.map((_, r) => top.map((i) => cols[i][r])); // Xc·v = column i after the rotations
  return { mean, components, explainedVarianceRatio, projected };
}
