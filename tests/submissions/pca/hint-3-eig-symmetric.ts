// expect: pass
// The hints word for word: topic 11's eigSymmetric on the covariance, then hint 3's lines (column i of vectors as component i).
import type { Matrix, Vector } from "../helpers";
import { eigSymmetric } from "../11-spectral/qr-algorithm";

export function pca(X: Matrix, k: number): { mean: Vector; components: Matrix; explainedVarianceRatio: Vector; projected: Matrix } {
  const n = X.length;
  if (n < 2) throw new Error("need at least 2 rows");
  const d = X[0].length;
  for (const row of X) if (row.length !== d) throw new Error("rows have different lengths");
  if (!Number.isInteger(k) || k < 1 || k > d) throw new Error("k must be a whole number from 1 to d");
  const mean = X[0].map((_, j) => X.reduce((s, row) => s + row[j], 0) / n);
  const Xc = X.map((row) => row.map((x, j) => x - mean[j]));
  const C = mean.map((_, i) => mean.map((_, j) => Xc.reduce((s, row) => s + row[i] * row[j], 0) / (n - 1)));
  const trace = C.reduce((s, row, i) => s + row[i], 0);
  const { values, vectors } = eigSymmetric(C);
  const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a]); const top = order.slice(0, k); const components = top.map((i) => vectors.map((row) => row[i])); // column i of eigSymmetric's vectors, as a row of length d
  const explainedVarianceRatio = top.map((i) => Math.max(0, values[i]) / trace);
  const projected = Xc.map((row) => components.map((c) => row.reduce((s, x, j) => s + x * c[j], 0)));
  return { mean, components, explainedVarianceRatio, projected };
}
