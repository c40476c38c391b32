// expect: pass
// The population covariance (divide by n, not n − 1) and every component flipped: neither changes a verdict.
import type { Matrix, Vector } from "../helpers";

export interface PcaResult {
  mean: Vector;
  components: Matrix;
  explainedVarianceRatio: Vector;
  projected: Matrix;
}

function dot(a: Vector, b: Vector): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

// Eigenpairs of a symmetric matrix by Jacobi rotations; eigenvectors are the columns of V.
function jacobi(S: Matrix): { values: Vector; V: Matrix } {
  const d = S.length;
  const A = S.map((row) => row.slice());
  const V: Matrix = [];
  for (let i = 0; i < d; i++) {
    V.push([]);
    for (let j = 0; j < d; j++) V[i].push(i === j ? 1 : 0);
  }
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    let all = 0;
    for (let p = 0; p < d; p++) {
      for (let q = 0; q < d; q++) {
        all += A[p][q] * A[p][q];
        if (p !== q) off += A[p][q] * A[p][q];
      }
    }
    if (off <= 1e-30 * all) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        if (A[p][q] === 0) continue;
        const theta = (A[q][q] - A[p][p]) / (2 * A[p][q]);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < d; r++) {
          const a = A[r][p];
          const b = A[r][q];
          A[r][p] = c * a - s * b;
          A[r][q] = s * a + c * b;
        }
        for (let r = 0; r < d; r++) {
          const a = A[p][r];
          const b = A[q][r];
          A[p][r] = c * a - s * b;
          A[q][r] = s * a + c * b;
        }
        for (let r = 0; r < d; r++) {
          const a = V[r][p];
          const b = V[r][q];
          V[r][p] = c * a - s * b;
          V[r][q] = s * a + c * b;
        }
      }
    }
  }
  const values: Vector = [];
  for (let i = 0; i < d; i++) values.push(A[i][i]);
  return { values, V };
}

export function pca(X: Matrix, k: number): PcaResult {
  const n = X.length;
  if (n < 2) throw new Error("pca needs at least 2 samples");
  const d = X[0].length;
  for (const row of X) if (row.length !== d) throw new Error("rows have different lengths");
  if (!Number.isInteger(k) || k < 1 || k > d) throw new Error("k must be between 1 and d");

  const mean: Vector = [];
  for (let j = 0; j < d; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += X[i][j];
    mean.push(s / n);
  }
  const Xc = X.map((row) => row.map((x, j) => x - mean[j]));

  const C: Matrix = [];
  for (let i = 0; i < d; i++) {
    C.push([]);
    for (let j = 0; j < d; j++) {
      let s = 0;
      for (let r = 0; r < n; r++) s += Xc[r][i] * Xc[r][j];
      C[i].push(s / n);
    }
  }

  const { values, V } = jacobi(C);
  const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a]);
  let total = 0;
  for (let i = 0; i < d; i++) total += C[i][i];

  const components: Matrix = [];
  const explainedVarianceRatio: Vector = [];
  for (let t = 0; t < k; t++) {
    const i = order[t];
    components.push(V.map((row) => -row[i]));
    explainedVarianceRatio.push(values[i] / total);
  }
  const projected = Xc.map((row) => components.map((c) => dot(row, c)));
  return { mean, components, explainedVarianceRatio, projected };
}
