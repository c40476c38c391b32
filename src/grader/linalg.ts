/** The grader's own small linear-algebra kernel (it never trusts the learner's). */
export type Vector = number[];
export type Matrix = number[][];

export const transpose = (A: Matrix): Matrix =>
  A.length === 0 ? [] : A[0].map((_, j) => A.map((row) => row[j]));

export function matMul(A: Matrix, B: Matrix): Matrix {
  const n = B.length;
  const k = n === 0 ? 0 : B[0].length;
  return A.map((row) => {
    const out = new Array<number>(k).fill(0);
    for (let p = 0; p < n; p++) {
      const a = row[p];
      if (a === 0) continue;
      const bRow = B[p];
      for (let j = 0; j < k; j++) out[j] += a * bRow[j];
    }
    return out;
  });
}

export const matVec = (A: Matrix, x: Vector): Vector => A.map((row) => dot(row, x));

export function dot(a: Vector, b: Vector): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

export const sub = (a: Vector, b: Vector): Vector => a.map((x, i) => x - b[i]);
export const matSub = (A: Matrix, B: Matrix): Matrix => A.map((row, i) => sub(row, B[i]));

export function normInf(v: Vector): number {
  let m = 0;
  for (const x of v) m = Math.max(m, Math.abs(x));
  return m;
}

export function norm2(v: Vector): number {
  const s = normInf(v);
  if (s === 0 || !Number.isFinite(s)) return s;
  let sum = 0;
  for (const x of v) sum += (x / s) ** 2;
  return s * Math.sqrt(sum);
}

/** Largest absolute entry of a matrix. */
export const maxAbs = (A: Matrix): number => A.reduce((m, row) => Math.max(m, normInf(row)), 0);

export const identity = (n: number): Matrix =>
  Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

/** An orthonormal basis of the span of `vectors` (modified Gram–Schmidt twice, dropping dependent ones). */
export function orthonormalBasis(vectors: Vector[], tol = 1e-10): Vector[] {
  const basis: Vector[] = [];
  const scale = Math.max(1e-300, ...vectors.map(norm2));
  for (const v of vectors) {
    let w = v.slice();
    for (let pass = 0; pass < 2; pass++) {
      for (const q of basis) {
        const c = dot(q, w);
        w = w.map((x, i) => x - c * q[i]);
      }
    }
    const n = norm2(w);
    if (n > tol * scale) basis.push(w.map((x) => x / n));
  }
  return basis;
}

/** Householder QR of a square or tall matrix: returns the orthogonal Q (m×m). */
export function orthogonalFrom(A: Matrix): Matrix {
  const m = A.length;
  const n = m ? A[0].length : 0;
  const R = A.map((r) => r.slice());
  let Q = identity(m);
  for (let k = 0; k < Math.min(m - 1, n); k++) {
    const x = R.slice(k).map((r) => r[k]);
    const alpha = -Math.sign(x[0] || 1) * norm2(x);
    const v = x.slice();
    v[0] -= alpha;
    const vn = norm2(v);
    if (vn === 0) continue;
    const u = v.map((t) => t / vn);
    // R ← (I − 2uuᵀ) R on rows k.., Q ← Q (I − 2uuᵀ) on columns k..
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = k; i < m; i++) s += u[i - k] * R[i][j];
      for (let i = k; i < m; i++) R[i][j] -= 2 * u[i - k] * s;
    }
    Q = Q.map((row) => {
      let s = 0;
      for (let i = k; i < m; i++) s += row[i] * u[i - k];
      const out = row.slice();
      for (let i = k; i < m; i++) out[i] -= 2 * s * u[i - k];
      return out;
    });
  }
  return Q;
}

/** U·diag(s)·Vᵀ for U m×m and V n×n orthogonal: an m×n matrix with singular values s. */
export function fromSingularValues(U: Matrix, s: Vector, V: Matrix): Matrix {
  const m = U.length;
  const n = V.length;
  return Array.from({ length: m }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      let t = 0;
      for (let k = 0; k < s.length; k++) t += U[i][k] * s[k] * V[j][k];
      return t;
    }),
  );
}
