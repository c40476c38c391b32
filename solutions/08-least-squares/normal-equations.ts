// Reference implementation: least squares through the normal equations XᵀX·w = Xᵀy.
export type Vector = number[];
export type Matrix = number[][];

/** Throws unless X is m×n with m ≥ n ≥ 1 (tall or square) and y has m entries. */
function checkTall(X: Matrix, y: Vector): [number, number] {
  const m = X.length;
  if (m === 0 || X[0].length === 0) throw new Error("leastSquares: X is empty");
  const n = X[0].length;
  X.forEach((row, i) => {
    if (row.length !== n) throw new Error(`leastSquares: row ${i} of X has ${row.length} entries, row 0 has ${n}`);
  });
  if (m < n) throw new Error(`leastSquares: X is ${m}×${n}, wider than tall: ${m} equations cannot pin down ${n} unknowns`);
  if (y.length !== m) throw new Error(`leastSquares: y has ${y.length} entries, but X has ${m} rows`);
  return [m, n];
}

/**
 * Returns the w that minimises ‖X·w − y‖². Setting the gradient 2·Xᵀ(X·w − y) to zero gives the
 * normal equations (XᵀX)·w = Xᵀy: an n×n symmetric system, solved here by Cholesky.
 *
 * Rank test: XᵀX is positive definite exactly when X has full column rank. A Cholesky pivot
 * (the number under the square root) ≤ n · ε · (largest entry of XᵀX) is a zero that rounding
 * disguised, so X is rank-deficient and there is no unique answer: throw.
 */
export function leastSquares(X: Matrix, y: Vector): Vector {
  const [m, n] = checkTall(X, y);

  // G = XᵀX (n×n) and c = Xᵀy (n entries): G[i][j] is column i of X dotted with column j.
  const G: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const c: Vector = new Array<number>(n).fill(0);
  for (let k = 0; k < m; k++) {
    const row = X[k];
    for (let i = 0; i < n; i++) {
      c[i] += row[i] * y[k];
      for (let j = 0; j <= i; j++) G[i][j] += row[i] * row[j];
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) G[j][i] = G[i][j];

  // Cholesky: G = L·Lᵀ. The largest entry of a positive semi-definite G sits on its diagonal.
  let largest = 0;
  for (let i = 0; i < n; i++) largest = Math.max(largest, G[i][i]);
  const tiny = n * Number.EPSILON * largest;
  const L: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = G[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      if (i === j) {
        if (!(s > tiny)) throw new Error(`leastSquares: X is rank-deficient (column ${i} is, up to rounding, a combination of the columns before it)`);
        L[i][i] = Math.sqrt(s);
      } else {
        L[i][j] = s / L[j][j];
      }
    }
  }

  // L·z = c (forward), then Lᵀ·w = z (backward).
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
