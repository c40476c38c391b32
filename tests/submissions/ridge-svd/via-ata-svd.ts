// expect: pass, open: κ = 1e7, λ = 0: to rounding level
// The lessons followed exactly: an AᵀA-route svd (Jacobi eigen-solver stopping at 1e-12·‖XᵀX‖, σ ≤ 1e-6·σ₁ set to 0) and hint 3 word for word.
import type { Matrix, Vector } from "../helpers";

/** Eigenvalues (descending) and eigenvectors (columns) of a symmetric B: Jacobi rotations until every off-diagonal entry is ≤ 1e-12·‖B‖. */
function eigSymmetric(B: Matrix): { values: Vector; vectors: Matrix } {
  const n = B.length;
  const M = B.map((row) => row.slice());
  const Q: Matrix = B.map((_, i) => B.map((_, j) => (i === j ? 1 : 0)));
  const tol = 1e-12 * Math.hypot(...B.flat());
  for (let sweep = 0; sweep < 100; sweep++) {
    let largest = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) largest = Math.max(largest, Math.abs(M[i][j]));
    if (largest <= tol) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(M[p][q]) <= tol) continue;
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
  const order = M.map((_, i) => i).sort((a, b) => M[b][b] - M[a][a]);
  return { values: order.map((i) => M[i][i]), vectors: Q.map((row) => order.map((i) => row[i])) };
}

const transpose = (A: Matrix): Matrix => A[0].map((_, j) => A.map((row) => row[j]));
const matMul = (A: Matrix, B: Matrix): Matrix => A.map((row) => B[0].map((_, j) => row.reduce((s, a, t) => s + a * B[t][j], 0)));

/** Topic 12's route: V from the eigenvectors of AᵀA, σ = √λ (0 below 1e-6·σ₁), uᵢ = A·vᵢ/σᵢ, Gram–Schmidt on e₁, e₂, … for σ = 0. */
function svd(A: Matrix): { U: Matrix; S: Vector; V: Matrix } {
  const m = A.length;
  const n = A[0].length;
  if (m < n) {
    const t = svd(transpose(A));
    return { U: t.V, S: t.S, V: t.U };
  }
  const { values, vectors } = eigSymmetric(matMul(transpose(A), A));
  const sigma1 = Math.sqrt(Math.max(values[0], 0));
  const S: Vector = [];
  const cols: Vector[] = [];
  for (let i = 0; i < n; i++) {
    const s = Math.sqrt(Math.max(values[i], 0));
    const v = vectors.map((row) => row[i]);
    if (s > 1e-6 * sigma1) {
      S.push(s);
      cols.push(A.map((row) => row.reduce((acc, a, j) => acc + a * v[j], 0) / s));
    } else {
      S.push(0);
      cols.push([]);
    }
  }
  let e = 0;
  for (let i = 0; i < n; i++) {
    if (cols[i].length) continue;
    for (; e < m; e++) {
      const w: Vector = new Array<number>(m).fill(0);
      w[e] = 1;
      for (let pass = 0; pass < 2; pass++) {
        for (const u of cols) {
          if (!u.length) continue;
          const d = u.reduce((acc, x, r) => acc + x * w[r], 0);
          for (let r = 0; r < m; r++) w[r] -= d * u[r];
        }
      }
      const len = Math.hypot(...w);
      if (len > 0.5) {
        cols[i] = w.map((x) => x / len);
        e++;
        break;
      }
    }
  }
  return { U: Array.from({ length: m }, (_, r) => cols.map((u) => u[r])), S, V: vectors };
}

export function ridgeSVD(X: Matrix, y: Vector, lambda: number): Vector {
  if (lambda < 0) throw new Error("lambda must be >= 0");
  if (y.length !== X.length) throw new Error("y must have one entry per row of X");
  const m = X.length;
  const n = X[0].length;
  for (const row of X) if (row.length !== n) throw new Error("X is ragged");
  const { U, S, V } = svd(X);
  const w = new Array(n).fill(0); for (let i = 0; i < S.length; i++) { if (S[i] === 0) continue; let uy = 0; for (let r = 0; r < m; r++) uy += U[r][i] * y[r]; const c = (S[i] / (S[i] * S[i] + lambda)) * uy; for (let j = 0; j < n; j++) w[j] += c * V[j][i]; } return w;
}
