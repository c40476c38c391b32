/**
 * The grader's own thin SVD (one-sided Jacobi), for judging ridge-svd answers and recognising
 * mistaken shrinkage formulas. It never trusts the learner's or the reference's code.
 * (Candidate for the kit's linalg module.)
 */
type Matrix = number[][];
type Vector = number[];

export function thinSVD(A: Matrix): { U: Matrix; S: Vector; V: Matrix } {
  const m = A.length;
  const n = A[0].length;
  if (m < n) {
    const t = thinSVD(A[0].map((_, j) => A.map((row) => row[j])));
    return { U: t.V, S: t.S, V: t.U };
  }
  const B = A.map((row) => row.slice());
  const V: Matrix = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 80; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        let a = 0;
        let b = 0;
        let g = 0;
        for (let i = 0; i < m; i++) {
          a += B[i][p] ** 2;
          b += B[i][q] ** 2;
          g += B[i][p] * B[i][q];
        }
        if (g === 0 || Math.abs(g) <= 1e-15 * Math.sqrt(a * b)) continue;
        rotated = true;
        const z = (b - a) / (2 * g);
        const t = Math.sign(z || 1) / (Math.abs(z) + Math.sqrt(1 + z * z));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (const R of [B, V]) {
          for (const row of R) {
            const x = row[p];
            const y = row[q];
            row[p] = c * x - s * y;
            row[q] = s * x + c * y;
          }
        }
      }
    }
    if (!rotated) break;
  }
  const S = Array.from({ length: n }, (_, j) => Math.hypot(...B.map((row) => row[j])));
  const U = B.map((row) => row.map((x, j) => (S[j] === 0 ? 0 : x / S[j])));
  return { U, S, V };
}

/** w = V·diag(f(σᵢ))·Uᵀy for a filter f: the shape every SVD-based regression answer takes. */
export function filtered(X: Matrix, y: Vector, f: (sigma: number) => number): Vector {
  const { U, S, V } = thinSVD(X);
  const top = Math.max(...S);
  const w = new Array<number>(X[0].length).fill(0);
  S.forEach((sigma, k) => {
    if (sigma <= 1e-13 * top) return; // a zero direction: every filter here leaves it out
    const uy = U.reduce((s, row, i) => s + row[k] * y[i], 0);
    const c = f(sigma) * uy;
    V.forEach((row, j) => (w[j] += c * row[k]));
  });
  return w;
}
