// expect: pass
// Reuses topic 11's eigSymmetric (values descending, eigenvectors as COLUMNS) and transposes.
import type { Matrix, Vector } from "../helpers";
import { eigSymmetric } from "../11-spectral/qr-algorithm";

export function pca(X: Matrix, k: number): { mean: Vector; components: Matrix; explainedVarianceRatio: Vector; projected: Matrix } {
  const n = X.length;
  if (n < 2) throw new Error("pca: need at least 2 samples");
  const d = X[0].length;
  if (X.some((row) => row.length !== d)) throw new Error("pca: ragged rows");
  if (!Number.isInteger(k) || k < 1 || k > d) throw new Error(`pca: k must be in 1..${d}`);
  const mean = X[0].map((_, j) => X.reduce((s, row) => s + row[j], 0) / n);
  const Xc = X.map((row) => row.map((x, j) => x - mean[j]));
  const C = mean.map((_, i) => mean.map((_, j) => Xc.reduce((s, row) => s + row[i] * row[j], 0) / (n - 1)));
  const { values, vectors } = eigSymmetric(C);
  const total = values.reduce((s, v) => s + v, 0);
  const components = Array.from({ length: k }, (_, i) => vectors.map((row) => row[i]));
  const explainedVarianceRatio = values.slice(0, k).map((v) => Math.max(0, v) / total);
  const projected = Xc.map((row) => components.map((c) => c.reduce((s, x, j) => s + x * row[j], 0)));
  return { mean, components, explainedVarianceRatio, projected };
}
