// Reference implementation: the reduced QR factorisation A = Q·R by Householder reflections.
export type Vector = number[];
export type Matrix = number[][];

/** A column whose part outside the earlier columns is at most this fraction of its length is dependent. */
const DEPENDENT = 1e-12;

/** The 2-norm, scaled by the largest entry first so that squaring 1e200 cannot overflow. */
function norm(v: Vector): number {
  let big = 0;
  for (const x of v) big = Math.max(big, Math.abs(x));
  if (big === 0) return 0;
  let s = 0;
  for (const x of v) s += (x / big) ** 2;
  return big * Math.sqrt(s);
}

/**
 * A (m×n, m ≥ n, independent columns) = Q·R with Q m×n, QᵀQ = I, and R n×n upper triangular.
 *
 * Each step k reflects the rest of column k (rows k…m−1) onto a multiple of e₁ with a
 * Householder mirror H = I − 2uuᵀ. The mirrors are exactly orthogonal, so their product Q is
 * orthonormal to machine precision however ill-conditioned A is: no orthogonality is lost.
 */
export function qr(A: Matrix): { Q: Matrix; R: Matrix } {
  const m = A.length;
  const n = m === 0 ? 0 : A[0].length;
  if (m === 0 || n === 0) throw new Error("qr: A is empty");
  A.forEach((row, i) => {
    if (row.length !== n) throw new Error(`qr: row ${i} has ${row.length} entries, row 0 has ${n}; every row must have the same length`);
  });
  if (m < n) throw new Error(`qr: A is ${m}×${n}, wider than tall: ${n} columns in ${m} dimensions cannot be independent`);

  const W = A.map((row) => row.slice()); // becomes R; A itself is never changed
  const mirrors: Vector[] = [];
  for (let k = 0; k < n; k++) {
    const x: Vector = [];
    for (let i = k; i < m; i++) x.push(W[i][k]);
    const column = norm(A.map((row) => row[k]));
    const rest = norm(x); // the length of column k outside the span of the columns before it
    if (rest <= DEPENDENT * column) throw new Error(`qr: column ${k} depends on the columns before it (A does not have full column rank)`);

    // Reflect x onto alpha·e₁, with alpha of the opposite sign to x[0] so that x[0] − alpha
    // adds two numbers of the same sign (no cancellation).
    const alpha = x[0] >= 0 ? -rest : rest;
    const v = x.slice();
    v[0] -= alpha;
    const vLength = norm(v);
    const u = v.map((t) => t / vLength);
    mirrors.push(u);
    // W ← H·W on rows k…m−1 (columns before k are already zero there).
    for (let j = k; j < n; j++) {
      let s = 0;
      for (let i = k; i < m; i++) s += u[i - k] * W[i][j];
      for (let i = k; i < m; i++) W[i][j] -= 2 * u[i - k] * s;
    }
  }

  // R: the top n rows, with exact zeros below the diagonal (rounding leaves ~1e-17 there).
  const R = W.slice(0, n).map((row, i) => row.map((x, j) => (j < i ? 0 : x)));
  // Q = H₀·H₁·…·H_{n−1} applied to the first n columns of the identity, last mirror first.
  const Q = Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let k = n - 1; k >= 0; k--) {
    const u = mirrors[k];
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = k; i < m; i++) s += u[i - k] * Q[i][j];
      for (let i = k; i < m; i++) Q[i][j] -= 2 * u[i - k] * s;
    }
  }
  return { Q, R };
}
