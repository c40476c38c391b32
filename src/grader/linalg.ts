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

/**
 * The grader's own eigendecomposition of a symmetric matrix (cyclic Jacobi rotations, run until
 * the off-diagonal part is exactly zero or 60 sweeps): values descending, eigenvectors as the
 * columns of `vectors`. Small matrices only (specs, figures), never learner code.
 */
export function jacobiEigen(A0: Matrix): { values: Vector; vectors: Matrix } {
  const n = A0.length;
  const A = A0.map((row, i) => row.map((x, j) => (x + A0[j][i]) / 2));
  const V = identity(n);
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += A[p][q] ** 2;
    if (off === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (A[p][q] === 0) continue;
        const theta = (A[q][q] - A[p][p]) / (2 * A[p][q]);
        const t = Math.abs(theta) > 1e150 ? 1 / (2 * theta) : (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const [akp, akq] = [A[k][p], A[k][q]];
          A[k][p] = c * akp - s * akq;
          A[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const [apk, aqk] = [A[p][k], A[q][k]];
          A[p][k] = c * apk - s * aqk;
          A[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const [vkp, vkq] = [V[k][p], V[k][q]];
          V[k][p] = c * vkp - s * vkq;
          V[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((p, q) => A[q][q] - A[p][p]);
  return { values: order.map((i) => A[i][i]), vectors: V.map((row) => order.map((i) => row[i])) };
}

/**
 * The grader's own thin SVD (one-sided Jacobi: every singular value to about ε·σ₁, where the AᵀA
 * route loses the small ones). With k = min(m, n): U m×k, S descending, V n×k; the U columns of
 * zero singular values are completed to an orthonormal set.
 */
export function thinSVD(A: Matrix): { U: Matrix; S: Vector; V: Matrix } {
  const m = A.length;
  const n = A[0].length;
  if (m < n) {
    const t = thinSVD(transpose(A));
    return { U: t.V, S: t.S, V: t.U };
  }
  const W = A.map((r) => r.slice());
  const V = identity(n);
  const tol = m * Number.EPSILON;
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        let a = 0;
        let b = 0;
        let g = 0;
        for (let i = 0; i < m; i++) {
          a += W[i][p] ** 2;
          b += W[i][q] ** 2;
          g += W[i][p] * W[i][q];
        }
        if (Math.abs(g) <= tol * Math.sqrt(a) * Math.sqrt(b)) continue;
        rotated = true;
        const z = (b - a) / (2 * g);
        const t = Math.abs(z) > 1e150 ? 1 / (2 * z) : Math.sign(z || 1) / (Math.abs(z) + Math.sqrt(1 + z * z));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (const M of [W, V]) {
          for (const row of M) {
            const [x, y] = [row[p], row[q]];
            row[p] = c * x - s * y;
            row[q] = s * x + c * y;
          }
        }
      }
    }
    if (!rotated) break;
  }
  const len = Array.from({ length: n }, (_, j) => norm2(W.map((r) => r[j])));
  const order = len.map((_, j) => j).sort((x, y) => len[y] - len[x]);
  const S = order.map((j) => len[j]);
  // Each normalised column, checked against the ones before (twice): rounding-dust columns of a
  // rank-deficient A, and zero columns, are replaced by a unit vector orthogonal to the others.
  const cols: Vector[] = [];
  order.forEach((j, k) => {
    const w = S[k] > 1e-290 ? W.map((r) => r[j] / S[k]) : new Array<number>(m).fill(0);
    for (let pass = 0; pass < 2; pass++) {
      for (const q of cols) {
        const c = dot(q, w);
        for (let i = 0; i < m; i++) w[i] -= c * q[i];
      }
    }
    const left = norm2(w);
    if (left > 0.5) cols.push(w.map((x) => x / left));
    else {
      for (let e = 0; e < m; e++) {
        const more = orthonormalBasis([...cols, identity(m)[e]], 1e-8);
        if (more.length > cols.length) {
          cols.push(more[more.length - 1]);
          break;
        }
      }
    }
    if (!(S[k] > 1e-290)) S[k] = 0;
  });
  return { U: Array.from({ length: m }, (_, i) => cols.map((u) => u[i])), S, V: V.map((row) => order.map((j) => row[j])) };
}
