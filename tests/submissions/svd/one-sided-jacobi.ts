// expect: pass
// The careful route the lesson names: one-sided Jacobi rotates column pairs of A until they are orthogonal (AᵀA never formed).
import type { Matrix, Vector } from "../helpers";

export function svd(A: Matrix): { U: Matrix; S: Vector; V: Matrix } {
  const m = A.length;
  const n = A[0].length;
  for (const row of A) if (row.length !== n) throw new Error("rows of A have different lengths");
  if (m < n) {
    const At = A[0].map((_, j) => A.map((row) => row[j]));
    const t = svd(At);
    return { U: t.V, S: t.S, V: t.U };
  }
  // Work on columns: W[j] is column j of A, Vc[j] column j of V.
  const W: Vector[] = A[0].map((_, j) => A.map((row) => row[j]));
  const Vc: Vector[] = A[0].map((_, j) => A[0].map((_, i) => (i === j ? 1 : 0)));
  const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);
  for (let sweep = 0; sweep < 50; sweep++) {
    let changed = false;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const a = dot(W[p], W[p]);
        const b = dot(W[q], W[q]);
        const g = dot(W[p], W[q]);
        if (Math.abs(g) <= 1e-15 * Math.sqrt(a) * Math.sqrt(b)) continue;
        changed = true;
        const zeta = (b - a) / (2 * g);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (const M of [W, Vc]) {
          const x = M[p];
          const y = M[q];
          M[p] = x.map((xi, i) => c * xi - s * y[i]);
          M[q] = x.map((xi, i) => s * xi + c * y[i]);
        }
      }
    }
    if (!changed) break;
  }
  const norms = W.map((w) => Math.sqrt(dot(w, w)));
  const order = norms.map((_, j) => j).sort((x, y) => norms[y] - norms[x]);
  const S = order.map((j) => norms[j]);
  const Ucols: Vector[] = [];
  for (const j of order) {
    if (norms[j] > 0) {
      const u = W[j].map((x) => x / norms[j]);
      // A rank-deficient A leaves columns of rounding dust: keep u only if it is orthogonal to the rest.
      if (Ucols.every((q) => Math.abs(dot(q, u)) < 1e-8)) {
        Ucols.push(u);
        continue;
      }
    }
    // σ = 0 (or dust): a unit vector orthogonal to the columns found so far.
    for (let e = 0; e < m; e++) {
      const w = A.map((_, i) => (i === e ? 1 : 0));
      for (let pass = 0; pass < 2; pass++) {
        for (const u of Ucols) {
          const d = dot(u, w);
          for (let i = 0; i < m; i++) w[i] -= d * u[i];
        }
      }
      const len = Math.sqrt(dot(w, w));
      if (len > 0.5) {
        Ucols.push(w.map((x) => x / len));
        break;
      }
    }
  }
  return {
    U: A.map((_, i) => Ucols.map((u) => u[i])),
    S,
    V: Vc[0].map((_, i) => order.map((j) => Vc[j][i])),
  };
}
