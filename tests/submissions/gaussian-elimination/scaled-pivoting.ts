// expect: pass
// Scaled partial pivoting (each row's candidate judged relative to that row's largest entry), with a row-order array instead of swapping rows.
type Vector = number[];
type Matrix = number[][];

export function solve(A: Matrix, b: Vector): Vector {
  const n = A.length;
  if (!n || A.some((r) => r.length !== n) || b.length !== n) throw new Error("solve needs an n×n A and an n-vector b");
  const M = A.map((r) => r.slice());
  const rhs = b.slice();
  const order = A.map((_, i) => i);
  const rowScale = A.map((r) => Math.max(...r.map(Math.abs)));
  const tiny = n * Number.EPSILON * Math.max(...rowScale);
  for (let k = 0; k < n; k++) {
    let best = k;
    let bestRatio = -1;
    for (let i = k; i < n; i++) {
      const r = order[i];
      const ratio = rowScale[r] === 0 ? 0 : Math.abs(M[r][k]) / rowScale[r];
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = i;
      }
    }
    [order[k], order[best]] = [order[best], order[k]];
    const pr = order[k];
    if (Math.abs(M[pr][k]) <= tiny) throw new Error("singular matrix");
    for (let i = k + 1; i < n; i++) {
      const r = order[i];
      const m = M[r][k] / M[pr][k];
      for (let j = k; j < n; j++) M[r][j] -= m * M[pr][j];
      rhs[r] -= m * rhs[pr];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let k = n - 1; k >= 0; k--) {
    const r = order[k];
    let s = rhs[r];
    for (let j = k + 1; j < n; j++) s -= M[r][j] * x[j];
    x[k] = s / M[r][k];
  }
  return x;
}
