// expect: pass
// No SVD at all: solves the ridge normal equations (XᵀX + λI)·w = Xᵀy by Gaussian elimination with partial pivoting.
import type { Matrix, Vector } from "../helpers";

export function ridgeSVD(X: Matrix, y: Vector, lambda: number): Vector {
  if (!(lambda >= 0)) throw new Error(`lambda must be non-negative, got ${lambda}`);
  const m = X.length;
  const n = X[0].length;
  if (X.some((r) => r.length !== n)) throw new Error("every row of X needs the same length");
  if (y.length !== m) throw new Error(`X has ${m} rows, y has ${y.length} entries`);
  const A: Matrix = [];
  for (let p = 0; p < n; p++) {
    const row: number[] = [];
    for (let q = 0; q < n; q++) {
      let s = p === q ? lambda : 0;
      for (let i = 0; i < m; i++) s += X[i][p] * X[i][q];
      row.push(s);
    }
    let b = 0;
    for (let i = 0; i < m; i++) b += X[i][p] * y[i];
    row.push(b);
    A.push(row);
  }
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r][c]) > Math.abs(A[piv][c])) piv = r;
    [A[c], A[piv]] = [A[piv], A[c]];
    for (let r = c + 1; r < n; r++) {
      const f = A[r][c] / A[c][c];
      for (let j = c; j <= n; j++) A[r][j] -= f * A[c][j];
    }
  }
  const w = new Array(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = A[i][n];
    for (let j = i + 1; j < n; j++) s -= A[i][j] * w[j];
    w[i] = s / A[i][i];
  }
  return w;
}
