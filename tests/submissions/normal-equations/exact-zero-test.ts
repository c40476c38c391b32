// expect: fail exact-zero-test
// Rank test that only catches a pivot of exactly 0: rounding leftovers near 1e-16 slip through.
import type { Matrix, Vector } from "../helpers";

export function leastSquares(X: Matrix, y: Vector): Vector {
  const m = X.length;
  const n = m ? X[0].length : 0;
  if (n === 0) throw new Error("empty X");
  for (const row of X) if (row.length !== n) throw new Error("ragged X");
  if (m < n) throw new Error("wide X: least squares needs m ≥ n");
  if (y.length !== m) throw new Error("y has the wrong length");

  const M: Matrix = Array.from({ length: n }, (_, i) => {
    const row = new Array<number>(n + 1).fill(0);
    for (let k = 0; k < m; k++) {
      for (let j = 0; j < n; j++) row[j] += X[k][i] * X[k][j];
      row[n] += X[k][i] * y[k];
    }
    return row;
  });
  let biggest = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) biggest = Math.max(biggest, Math.abs(M[i][j]));
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i][k]) > Math.abs(M[p][k])) p = i;
    if (M[p][k] === 0) throw new Error("X is rank-deficient");
    [M[k], M[p]] = [M[p], M[k]];
    for (let i = k + 1; i < n; i++) {
      const f = M[i][k] / M[k][k];
      for (let j = k; j <= n; j++) M[i][j] -= f * M[k][j];
    }
  }
  const w = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i][n];
    for (let j = i + 1; j < n; j++) s -= M[i][j] * w[j];
    w[i] = s / M[i][i];
  }
  return w;
}
