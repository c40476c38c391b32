// expect: pass, open: κ = 1e7, λ = 0: to rounding level
// Eigen-decomposes XᵀX = Q·diag(μ)·Qᵀ with Jacobi rotations and uses w = Σ (qᵢ·Xᵀy)/(μᵢ + λ)·qᵢ (the same filter, since μ = σ²).
import type { Matrix, Vector } from "../helpers";

function jacobiEigen(A: Matrix): { values: Vector; vectors: Matrix } {
  const n = A.length;
  const M = A.map((r) => r.slice());
  const Q: Matrix = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += M[p][q] ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (M[p][q] === 0) continue;
        const theta = (M[q][q] - M[p][p]) / (2 * M[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const a = M[k][p];
          const b = M[k][q];
          M[k][p] = c * a - s * b;
          M[k][q] = s * a + c * b;
        }
        for (let k = 0; k < n; k++) {
          const a = M[p][k];
          const b = M[q][k];
          M[p][k] = c * a - s * b;
          M[q][k] = s * a + c * b;
        }
        for (let k = 0; k < n; k++) {
          const a = Q[k][p];
          const b = Q[k][q];
          Q[k][p] = c * a - s * b;
          Q[k][q] = s * a + c * b;
        }
      }
    }
  }
  return { values: M.map((r, i) => r[i]), vectors: Q };
}

export function ridgeSVD(X: Matrix, y: Vector, lambda: number): Vector {
  if (lambda < 0 || Number.isNaN(lambda)) throw new Error("lambda must be >= 0");
  const n = X[0].length;
  if (X.some((r) => r.length !== n)) throw new Error("X has rows of different lengths");
  if (y.length !== X.length) throw new Error("y needs one entry per row of X");
  const G = Array.from({ length: n }, (_, p) => Array.from({ length: n }, (_, q) => X.reduce((s, r) => s + r[p] * r[q], 0)));
  const Xty = Array.from({ length: n }, (_, p) => X.reduce((s, r, i) => s + r[p] * y[i], 0));
  const { values, vectors } = jacobiEigen(G);
  const top = Math.max(...values);
  const w = new Array(n).fill(0);
  values.forEach((mu, i) => {
    const denom = mu + lambda;
    if (denom <= 1e-12 * top) return; // λ = 0 and a zero eigenvalue: no information in that direction
    const c = vectors.reduce((s, row, k) => s + row[i] * Xty[k], 0) / denom;
    for (let k = 0; k < n; k++) w[k] += c * vectors[k][i];
  });
  return w;
}
