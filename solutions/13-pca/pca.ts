// Reference implementation: principal component analysis through the eigenvectors of the
// covariance matrix (found with the Jacobi eigenvalue method, which suits small symmetric matrices).
export type Vector = number[];
export type Matrix = number[][];

export interface PcaResult {
  /** The mean of each column (feature) of X. */
  mean: Vector;
  /** k × d: row i is the i-th principal direction, a unit vector. */
  components: Matrix;
  /** Share of the TOTAL variance along each component, largest first. */
  explainedVarianceRatio: Vector;
  /** n × k: the centred samples written in the new coordinates, (X − mean) · componentsᵀ. */
  projected: Matrix;
}

const dot = (a: Vector, b: Vector): number => a.reduce((s, x, i) => s + x * b[i], 0);

/** Throws unless X is a table of at least 2 rows of the same length d ≥ 1 and 1 ≤ k ≤ d; returns [n, d]. */
function checkInput(X: Matrix, k: number): [number, number] {
  if (!Array.isArray(X) || X.length < 2) throw new Error(`pca: X needs at least 2 samples (rows) to have a variance, got ${Array.isArray(X) ? X.length : typeof X}`);
  const d = X[0].length;
  if (d === 0) throw new Error("pca: the samples have no features (the rows are empty)");
  X.forEach((row, i) => {
    if (row.length !== d) throw new Error(`pca: row ${i} has ${row.length} entries, but row 0 has ${d}`);
    if (!row.every(Number.isFinite)) throw new Error(`pca: row ${i} holds a number that is not finite`);
  });
  if (!Number.isInteger(k) || k < 1 || k > d) throw new Error(`pca: k must be a whole number from 1 to d = ${d} (the number of features), got ${k}`);
  return [X.length, d];
}

/**
 * Eigenvalues and eigenvectors of a symmetric matrix S by Jacobi rotations: each rotation zeroes
 * one off-diagonal pair, and sweeping over all pairs again and again drives S to a diagonal
 * matrix. The rotations, multiplied together, are the eigenvectors. Returns the vectors as rows.
 */
function jacobiEigen(S: Matrix): { values: Vector; vectors: Matrix } {
  const d = S.length;
  const A = S.map((row) => row.slice());
  const V: Matrix = A.map((_, i) => A.map((_, j) => (i === j ? 1 : 0))); // columns become eigenvectors
  const size = Math.sqrt(A.reduce((s, row) => s + dot(row, row), 0));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += A[p][q] ** 2;
    if (Math.sqrt(off) <= Number.EPSILON * size) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        if (A[p][q] === 0) continue;
        // The angle that zeroes A[p][q]: tan θ = t solves t² + 2θt − 1 = 0 (the smaller root).
        const theta = (A[q][q] - A[p][p]) / (2 * A[p][q]);
        const t = Math.abs(theta) > 1e150 ? 1 / (2 * theta) : Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        // A ← Jᵀ A J, with J the rotation in the (p, q) plane; V ← V J.
        for (let r = 0; r < d; r++) {
          const arp = A[r][p];
          const arq = A[r][q];
          A[r][p] = c * arp - s * arq;
          A[r][q] = s * arp + c * arq;
        }
        for (let r = 0; r < d; r++) {
          const apr = A[p][r];
          const aqr = A[q][r];
          A[p][r] = c * apr - s * aqr;
          A[q][r] = s * apr + c * aqr;
        }
        for (let r = 0; r < d; r++) {
          const vrp = V[r][p];
          const vrq = V[r][q];
          V[r][p] = c * vrp - s * vrq;
          V[r][q] = s * vrp + c * vrq;
        }
      }
    }
  }
  return { values: A.map((row, i) => row[i]), vectors: A.map((_, j) => V.map((row) => row[j])) };
}

/** Principal component analysis of the samples in the rows of X, keeping k components. */
export function pca(X: Matrix, k: number): PcaResult {
  const [n, d] = checkInput(X, k);

  // 1. Centre: subtract each column's mean, so the cloud of points sits around the origin.
  const mean = Array.from({ length: d }, (_, j) => X.reduce((s, row) => s + row[j], 0) / n);
  const Xc = X.map((row) => row.map((x, j) => x - mean[j]));

  // 2. Covariance matrix C = Xcᵀ·Xc / (n − 1): C[i][j] says how features i and j vary together.
  const C = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => Xc.reduce((s, row) => s + row[i] * row[j], 0) / (n - 1)));
  const total = C.reduce((s, row, i) => s + row[i], 0); // trace(C) = the sum of all eigenvalues
  if (total === 0) throw new Error("pca: every sample is the same point, so there is no variance to explain");

  // 3. Its eigenvectors are the principal directions; sort them by variance, largest first.
  const { values, vectors } = jacobiEigen(C);
  const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a]);
  const top = order.slice(0, k);

  // Signs are free (−v is as good as v); pick the one whose largest entry is positive, for tidy output.
  const components = top.map((i) => {
    const v = vectors[i];
    const big = v.reduce((m, x, j) => (Math.abs(x) > Math.abs(v[m]) ? j : m), 0);
    return v[big] < 0 ? v.map((x) => -x) : v.slice();
  });
  // An eigenvalue is the variance along its eigenvector (rounding may leave −1e-17 for a zero one).
  const explainedVarianceRatio = top.map((i) => Math.max(0, values[i]) / total);

  // 4. Project: the coordinates of each centred sample along the components.
  const projected = Xc.map((row) => components.map((c) => dot(row, c)));
  return { mean, components, explainedVarianceRatio, projected };
}
