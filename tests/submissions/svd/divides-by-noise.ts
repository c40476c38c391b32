// expect: fail zero-sigma-divided
// Divides A·v by every σ that is not exactly 0, including σ ≈ 1e-8 that is only rounding noise of AᵀA.
import type { Matrix, Vector } from "../helpers";

function transpose(A: Matrix): Matrix {
  return A[0].map((_, j) => A.map((row) => row[j]));
}

function matMul(A: Matrix, B: Matrix): Matrix {
  return A.map((row) => B[0].map((_, j) => row.reduce((s, a, t) => s + a * B[t][j], 0)));
}

/** Eigenvalues (descending) and eigenvectors (columns) of a symmetric matrix, by Jacobi rotations. */
function eigSymmetric(B: Matrix): { values: Vector; vectors: Matrix } {
  const n = B.length;
  const M = B.map((row) => row.slice());
  const Q: Matrix = B.map((_, i) => B.map((_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) off += M[i][j] * M[i][j];
    if (off === 0) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        if (M[p][q] === 0) continue;
        const theta = (M[q][q] - M[p][p]) / (2 * M[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = M[k][p];
          const mkq = M[k][q];
          M[k][p] = c * mkp - s * mkq;
          M[k][q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = M[p][k];
          const mqk = M[q][k];
          M[p][k] = c * mpk - s * mqk;
          M[q][k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const qkp = Q[k][p];
          const qkq = Q[k][q];
          Q[k][p] = c * qkp - s * qkq;
          Q[k][q] = s * qkp + c * qkq;
        }
      }
    }
  }
  const order = M.map((_, i) => i).sort((a, b) => M[b][b] - M[a][a]);
  return { values: order.map((i) => M[i][i]), vectors: Q.map((row) => order.map((i) => row[i])) };
}

export function svd(A: Matrix): { U: Matrix; S: Vector; V: Matrix } {
  for (const row of A) if (row.length !== A[0].length) throw new Error("rows of A have different lengths");
  const m = A.length;
  const n = A[0].length;
  if (m < n) {
    // Wide: decompose Aᵀ and swap U and V.
    const t = svd(transpose(A));
    return { U: t.V, S: t.S, V: t.U };
  }
  const { values, vectors } = eigSymmetric(matMul(transpose(A), A));
  const sigma1 = Math.sqrt(Math.max(values[0], 0));
  // Only a σ of exactly 0 is skipped.
  const zeroTol = 0 * sigma1;
  const S: Vector = [];
  const cols: Vector[] = [];
  for (let i = 0; i < n; i++) {
    const s = Math.sqrt(Math.max(values[i], 0));
    const v = vectors.map((row) => row[i]);
    if (s > zeroTol) {
      S.push(s);
      cols.push(A.map((row) => row.reduce((acc, a, j) => acc + a * v[j], 0) / s));
    } else {
      S.push(0);
      cols.push([]); // filled in below
    }
  }
  // U columns for σ = 0: unit vectors orthogonal to every other column (Gram–Schmidt on e₁, e₂, …).
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
  const U: Matrix = Array.from({ length: m }, (_, r) => cols.map((u) => u[r]));
  return { U, S, V: vectors };
}
