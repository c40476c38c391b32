// Reference implementation: ridge regression, (XᵀX + λI)·w = Xᵀy.
export type Vector = number[];
export type Matrix = number[][];

/**
 * Returns the w that minimises ‖X·w − y‖² + λ‖w‖² (no intercept). The gradient
 * 2·Xᵀ(X·w − y) + 2λ·w vanishes where (XᵀX + λI)·w = Xᵀy. For λ > 0 that matrix is positive
 * definite whatever X is (wide, or with duplicated features), so Cholesky always succeeds; for
 * λ = 0 it is the plain normal equations and X needs full column rank.
 */
export function ridge(X: Matrix, y: Vector, lambda: number): Vector {
  const m = X.length;
  if (m === 0 || X[0].length === 0) throw new Error("ridge: X is empty");
  const n = X[0].length;
  X.forEach((row, i) => {
    if (row.length !== n) throw new Error(`ridge: row ${i} of X has ${row.length} entries, row 0 has ${n}`);
  });
  if (y.length !== m) throw new Error(`ridge: y has ${y.length} entries, but X has ${m} rows`);
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new Error(`ridge: lambda must be a finite number ≥ 0, got ${lambda}`);

  // A = XᵀX + λI and c = Xᵀy. The penalty touches the diagonal only.
  const A: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const c: Vector = new Array<number>(n).fill(0);
  for (let k = 0; k < m; k++) {
    const row = X[k];
    for (let i = 0; i < n; i++) {
      c[i] += row[i] * y[k];
      for (let j = 0; j <= i; j++) A[i][j] += row[i] * row[j];
    }
  }
  for (let i = 0; i < n; i++) {
    A[i][i] += lambda;
    for (let j = 0; j < i; j++) A[j][i] = A[i][j];
  }

  // Cholesky A = L·Lᵀ, with the same relative zero test as leastSquares (it matters for λ = 0).
  let largest = 0;
  for (let i = 0; i < n; i++) largest = Math.max(largest, A[i][i]);
  const tiny = n * Number.EPSILON * largest;
  const L: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      if (i === j) {
        if (!(s > tiny)) throw new Error("ridge: XᵀX + λI is singular (λ = 0 and X is rank-deficient)");
        L[i][i] = Math.sqrt(s);
      } else {
        L[i][j] = s / L[j][j];
      }
    }
  }
  const z = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = c[i];
    for (let k = 0; k < i; k++) s -= L[i][k] * z[k];
    z[i] = s / L[i][i];
  }
  const w = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < n; k++) s -= L[k][i] * w[k];
    w[i] = s / L[i][i];
  }
  return w;
}
