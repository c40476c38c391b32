// expect: pass, open: more components than directions (3 samples, k = d = 4)
// Reuses topic 12's thin svd of the centred data: components = the first k columns of V, λ ∝ σ².
import type { Matrix, Vector } from "../helpers";
import { svd } from "../12-svd/svd";

export function pca(X: Matrix, k: number): { mean: Vector; components: Matrix; explainedVarianceRatio: Vector; projected: Matrix } {
  const n = X.length;
  if (n < 2) throw new Error("pca: need at least 2 samples");
  const d = X[0].length;
  if (X.some((row) => row.length !== d)) throw new Error("pca: ragged rows");
  if (!Number.isInteger(k) || k < 1 || k > d) throw new Error(`pca: k must be in 1..${d}`);
  const mean = X[0].map((_, j) => X.reduce((s, row) => s + row[j], 0) / n);
  const Xc = X.map((row) => row.map((x, j) => x - mean[j]));
  const { U, S, V } = svd(Xc);
  const total = S.reduce((s, x) => s + x * x, 0); // = ‖Xc‖², (n − 1) times the total variance
  const kept = Math.min(k, S.length);
  const components = Array.from({ length: kept }, (_, i) => V.map((row) => row[i]));
  const explainedVarianceRatio = S.slice(0, kept).map((s) => (s * s) / total);
  const projected = U.map((row) => row.slice(0, kept).map((u, i) => u * S[i])); // Xc·V = U·Σ
  return { mean, components, explainedVarianceRatio, projected };
}
