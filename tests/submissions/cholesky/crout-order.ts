// expect: pass
// Cholesky–Crout: column by column (the diagonal entry first, then everything below it), with a relative symmetry test.
type Matrix = number[][];

export function cholesky(A: Matrix): Matrix {
  const n = A.length;
  if (!n || A.some((r) => r.length !== n)) throw new Error("cholesky needs a square matrix");
  const scale = Math.max(...A.flat().map(Math.abs));
  const tiny = n * Number.EPSILON * scale;
  A.forEach((row, i) => row.forEach((x, j) => {
    if (Math.abs(x - A[j][i]) > tiny) throw new Error("cholesky: not symmetric");
  }));
  const L: Matrix = A.map(() => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let d = A[j][j];
    for (let k = 0; k < j; k++) d -= L[j][k] ** 2;
    if (!(d > tiny)) throw new Error(`cholesky: not positive definite (pivot ${j} is ${d})`);
    L[j][j] = Math.sqrt(d);
    for (let i = j + 1; i < n; i++) {
      let s = A[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      L[i][j] = s / L[j][j];
    }
  }
  return L;
}
