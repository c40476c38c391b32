// Reference implementation: the thin singular value decomposition A = U·diag(S)·Vᵀ.
//
// The lesson builds the SVD from the eigendecomposition of AᵀA, which is the clearest route but
// squares the condition number. This reference takes the careful route the lesson names instead:
// ONE-SIDED JACOBI (Hestenes). It never forms AᵀA. It rotates pairs of columns of A until all
// columns are orthogonal to each other; the rotations, multiplied together, are V, and then
// A·V = W has orthogonal columns whose lengths are the singular values and whose directions are
// the columns of U. Every step is an orthogonal rotation, so rounding errors stay at the size of
// ε·‖A‖: a singular value of 1e-8·σ₁ comes out right, where the AᵀA route loses it.
export type Vector = number[];
export type Matrix = number[][];

export interface SVD {
  U: Matrix;
  S: Vector;
  V: Matrix;
}

function checkMatrix(A: Matrix): void {
  if (!Array.isArray(A) || A.length === 0 || !Array.isArray(A[0]) || A[0].length === 0) {
    throw new Error("svd: expected a matrix with at least one row and one column");
  }
  const n = A[0].length;
  A.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== n) {
      throw new Error(`svd: row ${i} has ${Array.isArray(row) ? row.length : "no"} entries, row 0 has ${n}; every row must have the same length`);
    }
  });
}

const transpose = (A: Matrix): Matrix => A[0].map((_, j) => A.map((row) => row[j]));

/** Appends to `cols` (unit column vectors of length m) one more unit vector orthogonal to all of them. */
function completeBasis(cols: Vector[], m: number): Vector {
  // Try each coordinate direction e_k, remove its components along the columns we have (twice,
  // for safety), and keep the one with the most left over: at least one e_k keeps a good part.
  let best: Vector = [];
  let bestNorm = -1;
  for (let k = 0; k < m; k++) {
    const w: Vector = new Array<number>(m).fill(0);
    w[k] = 1;
    for (let pass = 0; pass < 2; pass++) {
      for (const q of cols) {
        let c = 0;
        for (let i = 0; i < m; i++) c += q[i] * w[i];
        for (let i = 0; i < m; i++) w[i] -= c * q[i];
      }
    }
    const norm = Math.hypot(...w);
    if (norm > bestNorm) {
      best = w;
      bestNorm = norm;
    }
  }
  return best.map((x) => x / bestNorm);
}

export function svd(A: Matrix): SVD {
  checkMatrix(A);
  const m = A.length;
  const n = A[0].length;
  // A wide matrix: Aᵀ = V·Σ·Uᵀ is tall, so decompose Aᵀ and swap the roles of U and V.
  if (m < n) {
    const t = svd(transpose(A));
    return { U: t.V, S: t.S, V: t.U };
  }

  // From here on m ≥ n. W starts as a copy of A (never change A) and V as the identity; every
  // rotation of two columns of W is applied to the same two columns of V, so A·V = W throughout.
  const W = A.map((row) => row.slice());
  const V: Matrix = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  const tol = m * Number.EPSILON; // columns count as orthogonal when |cos(angle)| ≤ tol

  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        // α = ‖w_p‖², β = ‖w_q‖², γ = w_p·w_q: the 2×2 block of WᵀW for these two columns.
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let i = 0; i < m; i++) {
          alpha += W[i][p] * W[i][p];
          beta += W[i][q] * W[i][q];
          gamma += W[i][p] * W[i][q];
        }
        if (Math.abs(gamma) <= tol * Math.sqrt(alpha) * Math.sqrt(beta)) continue; // already orthogonal
        rotated = true;
        // The rotation that makes the two columns orthogonal: tan θ = t, the smaller root of
        // t² + 2ζt − 1 = 0 with ζ = (β − α) / (2γ) (the smaller root keeps the rotation small).
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.abs(zeta) > 1e150 ? 1 / (2 * zeta) : Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (let i = 0; i < m; i++) {
          const wp = W[i][p];
          const wq = W[i][q];
          W[i][p] = c * wp - s * wq;
          W[i][q] = s * wp + c * wq;
        }
        for (let i = 0; i < n; i++) {
          const vp = V[i][p];
          const vq = V[i][q];
          V[i][p] = c * vp - s * vq;
          V[i][q] = s * vp + c * vq;
        }
      }
    }
    if (!rotated) break; // every pair is orthogonal: done
  }

  // σ_j is the length of column j of W; sort the columns by it, largest first.
  const lengths = Array.from({ length: n }, (_, j) => Math.hypot(...W.map((row) => row[j])));
  const order = lengths.map((_, j) => j).sort((a, b) => lengths[b] - lengths[a]);
  const S = order.map((j) => lengths[j]);
  const Vs = V.map((row) => order.map((j) => row[j]));

  // u_j = w_j / σ_j. Two kinds of column need care. A column of zeros (σ_j = 0) has no direction
  // at all. A column of pure rounding dust (σ_j around ε·σ₁, from a rank-deficient A) has one, but
  // it is noise and need not be orthogonal to the others. So each normalised column is checked
  // against the ones before it (Gram–Schmidt, twice): a good column passes almost unchanged; a
  // zero or noise column is replaced by a unit vector orthogonal to all the others, which is all
  // the SVD asks of a U column whose σ is (numerically) zero.
  const cols: Vector[] = [];
  order.forEach((j, k) => {
    const w = S[k] > 1e-290 ? W.map((row) => row[j] / S[k]) : new Array<number>(m).fill(0);
    for (let pass = 0; pass < 2; pass++) {
      for (const q of cols) {
        let c = 0;
        for (let i = 0; i < m; i++) c += q[i] * w[i];
        for (let i = 0; i < m; i++) w[i] -= c * q[i];
      }
    }
    const left = Math.hypot(...w);
    cols.push(left > 0.5 ? w.map((x) => x / left) : completeBasis(cols, m));
    if (!(S[k] > 1e-290)) S[k] = 0;
  });
  const U: Matrix = Array.from({ length: m }, (_, i) => cols.map((u) => u[i]));
  return { U, S, V: Vs };
}
