// expect: pass, open: more components than directions (3 samples, k = d = 4)
// Topic 10's powerMethod (default tolerance and cap) with deflation, on C / trace(C): its eigenvalues are the ratios.
import type { Matrix, Vector } from "../helpers";
import { powerMethod } from "../10-eigen/power-method";

export function pca(X: Matrix, k: number): { mean: Vector; components: Matrix; explainedVarianceRatio: Vector; projected: Matrix } {
  const n = X.length;
  if (n < 2) throw new Error("pca: need at least 2 samples");
  const d = X[0].length;
  if (X.some((row) => row.length !== d)) throw new Error("pca: ragged rows");
  if (!Number.isInteger(k) || k < 1 || k > d) throw new Error(`pca: k must be in 1..${d}`);
  const mean = X[0].map((_, j) => X.reduce((s, row) => s + row[j], 0) / n);
  const Xc = X.map((row) => row.map((x, j) => x - mean[j]));
  let C = mean.map((_, i) => mean.map((_, j) => Xc.reduce((s, row) => s + row[i] * row[j], 0)));
  const total = C.reduce((s, row, i) => s + row[i], 0);
  C = C.map((row) => row.map((x) => x / total)); // eigenvalues are now the shares of the variance
  const components: Matrix = [];
  const explainedVarianceRatio: Vector = [];
  for (let t = 0; t < k; t++) {
    // A fresh, unsymmetric start vector per component: in a tied eigenspace the previous start
    // vector has nothing left along the next direction once the previous component is deflated.
    const x0 = mean.map((_, i) => Math.sin(1 + 2.3 * i + 1.7 * t));
    const { value, vector } = powerMethod(C, { x0 });
    components.push(vector);
    explainedVarianceRatio.push(Math.max(0, value));
    C = C.map((row, i) => row.map((x, j) => x - value * vector[i] * vector[j])); // deflate
  }
  const projected = Xc.map((row) => components.map((c) => c.reduce((s, x, j) => s + x * row[j], 0)));
  return { mean, components, explainedVarianceRatio, projected };
}
