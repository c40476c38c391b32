// expect: pass
// LAPACK style: one working matrix holds the multipliers below the diagonal and U on and above it; whole rows swap, and L and U are unpacked at the end.
type Matrix = number[][];

export function lu(A: Matrix): { P: Matrix; L: Matrix; U: Matrix } {
  const n = A.length;
  if (!n || A.some((r) => r.length !== n)) throw new Error("lu needs a square matrix");
  const W = A.map((r) => [...r]);
  const perm = [...Array(n).keys()];
  for (let k = 0; k < n - 1; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(W[i][k]) > Math.abs(W[p][k])) p = i;
    // Swapping whole rows also swaps the multipliers stored to the left of the diagonal.
    [W[k], W[p]] = [W[p], W[k]];
    [perm[k], perm[p]] = [perm[p], perm[k]];
    if (W[k][k] === 0) continue;
    for (let i = k + 1; i < n; i++) {
      W[i][k] /= W[k][k];
      for (let j = k + 1; j < n; j++) W[i][j] -= W[i][k] * W[k][j];
    }
  }
  const L = W.map((r, i) => r.map((x, j) => (j < i ? x : j === i ? 1 : 0)));
  const U = W.map((r, i) => r.map((x, j) => (j >= i ? x : 0)));
  const P = perm.map((r) => perm.map((_, j) => (j === r ? 1 : 0)));
  return { P, L, U };
}
