// expect: pass, open: κ = 1e8: singular values 1, 1e-2, 1e-5, 1e-8
// The lesson's AᵀA route with the learner's own topic-11 eigSymmetric (the QR algorithm) instead of a Jacobi solver.
import type { Matrix, Vector } from "../helpers";
import { eigSymmetric } from "../11-spectral/qr-algorithm";

function transpose(A: Matrix): Matrix {
  return A[0].map((_, j) => A.map((row) => row[j]));
}

function matMul(A: Matrix, B: Matrix): Matrix {
  return A.map((row) => B[0].map((_, j) => row.reduce((s, a, t) => s + a * B[t][j], 0)));
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
  // σ² is only known to about ε·σ₁², so σ to about 1e-8·σ₁: below 1e-6·σ₁ it counts as 0.
  const zeroTol = 1e-6 * sigma1;
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
