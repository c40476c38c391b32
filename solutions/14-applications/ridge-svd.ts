// Reference implementation: ridge regression through the singular value decomposition.
export type Vector = number[];
export type Matrix = number[][];

/**
 * The thin SVD of A (m×n, m ≥ n) by one-sided Jacobi rotations: rotate pairs of columns of A
 * until all columns are orthogonal; their lengths are then the singular values, the columns
 * divided by their lengths are U, and the accumulated rotations are V. Accurate even for tiny
 * singular values, and short to write. (Topic 12 builds the SVD another way.)
 */
function jacobiSVD(A: Matrix): { U: Matrix; S: Vector; V: Matrix } {
  const m = A.length;
  const n = A[0].length;
  const B = A.map((row) => row.slice()); // its columns become U·diag(S)
  const V: Matrix = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let i = 0; i < m; i++) {
          alpha += B[i][p] * B[i][p];
          beta += B[i][q] * B[i][q];
          gamma += B[i][p] * B[i][q];
        }
        if (gamma === 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        // The rotation that makes columns p and q orthogonal (the 2×2 symmetric eigenproblem).
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (let i = 0; i < m; i++) {
          const bp = B[i][p];
          const bq = B[i][q];
          B[i][p] = c * bp - s * bq;
          B[i][q] = s * bp + c * bq;
        }
        for (let i = 0; i < n; i++) {
          const vp = V[i][p];
          const vq = V[i][q];
          V[i][p] = c * vp - s * vq;
          V[i][q] = s * vp + c * vq;
        }
      }
    }
    if (!rotated) break;
  }
  const S = Array.from({ length: n }, (_, j) => Math.hypot(...B.map((row) => row[j])));
  const U = B.map((row) => row.map((x, j) => (S[j] === 0 ? 0 : x / S[j])));
  return { U, S, V };
}

/**
 * Ridge regression without an intercept: the w that minimises ‖Xw − y‖² + λ‖w‖², computed as
 *   w = V · diag(σᵢ / (σᵢ² + λ)) · Uᵀy
 * from the SVD X = U·diag(σ)·Vᵀ. Compared with least squares (1/σᵢ), each direction is shrunk
 * by σᵢ² / (σᵢ² + λ): barely where σᵢ² ≫ λ, almost to nothing where σᵢ² ≪ λ. With λ > 0 a
 * zero singular value simply contributes nothing, so rank-deficient and wide X are fine.
 */
export function ridgeSVD(X: Matrix, y: Vector, lambda: number): Vector {
  const m = X.length;
  if (m === 0) throw new Error("ridgeSVD: X has no rows");
  const n = X[0].length;
  if (n === 0) throw new Error("ridgeSVD: X has no columns");
  X.forEach((row, i) => {
    if (row.length !== n) throw new Error(`ridgeSVD: X is not a matrix: row ${i} has ${row.length} entries but row 0 has ${n}`);
  });
  if (y.length !== m) throw new Error(`ridgeSVD: X has ${m} rows but y has ${y.length} entries`);
  if (typeof lambda !== "number" || Number.isNaN(lambda) || lambda < 0) throw new Error(`ridgeSVD: lambda must be a number ≥ 0, got ${lambda}`);

  // A wide X (m < n): the SVD of Xᵀ gives the same factors with U and V swapped.
  const tall = m >= n;
  const svd = jacobiSVD(tall ? X : X[0].map((_, j) => X.map((row) => row[j])));
  const U = tall ? svd.U : svd.V;
  const V = tall ? svd.V : svd.U;
  const S = svd.S;
  const largest = Math.max(...S);
  // λ = 0 is plain least squares: a singular value that is zero up to rounding is treated as zero.
  const cutoff = lambda === 0 ? Math.max(m, n) * Number.EPSILON * largest : 0;

  const w: Vector = new Array<number>(n).fill(0);
  for (let k = 0; k < S.length; k++) {
    const sigma = S[k];
    if (sigma <= cutoff) continue;
    let uy = 0; // uₖ · y
    for (let i = 0; i < m; i++) uy += U[i][k] * y[i];
    const coefficient = (sigma / (sigma * sigma + lambda)) * uy;
    for (let j = 0; j < n; j++) w[j] += coefficient * V[j][k];
  }
  return w;
}
