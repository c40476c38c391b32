// expect: pass
// rank from the RREF; nullSpace as an orthonormal basis (like an SVD's): the directions left over after Gram–Schmidt on the row space.
import type { Matrix, Vector } from "../helpers";

function rowsOf(A: Matrix, tol: number): { R: Matrix; rank: number } {
  const n = A[0].length;
  if (A.some((row) => row.length !== n)) throw new Error("A is not a matrix: its rows have different lengths");
  const R = A.map((row) => [...row]);
  let r = 0;
  for (let c = 0; c < n && r < R.length; c++) {
    let best = r;
    for (let i = r; i < R.length; i++) if (Math.abs(R[i][c]) > Math.abs(R[best][c])) best = i;
    if (Math.abs(R[best][c]) <= tol) {
      for (let i = r; i < R.length; i++) R[i][c] = 0;
      continue;
    }
    [R[r], R[best]] = [R[best], R[r]];
    const pivot = R[r][c];
    R[r] = R[r].map((x) => x / pivot);
    for (let i = 0; i < R.length; i++) {
      if (i !== r) {
        const f = R[i][c];
        R[i] = R[i].map((x, j) => x - f * R[r][j]);
      }
    }
    r++;
  }
  for (let i = r; i < R.length; i++) R[i] = R[i].map(() => 0);
  return { R, rank: r };
}

const defaultTol = (A: Matrix) => Math.max(A.length, A[0].length) * Number.EPSILON * Math.max(...A.flat().map(Math.abs));
const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);

export function rref(A: Matrix): Matrix {
  return rowsOf(A, defaultTol(A)).R;
}

export function rank(A: Matrix, tol?: number): number {
  return rowsOf(A, tol ?? defaultTol(A)).rank;
}

/** v minus its projections onto the orthonormal vectors in q (twice, for accuracy). */
function remainder(v: Vector, q: Vector[]): Vector {
  let w = v;
  for (let pass = 0; pass < 2; pass++) {
    for (const u of q) {
      const c = dot(u, w);
      w = w.map((x, i) => x - c * u[i]);
    }
  }
  return w;
}

export function nullSpace(A: Matrix, tol?: number): Vector[] {
  const n = A[0].length;
  const { R, rank: r } = rowsOf(A, tol ?? defaultTol(A));
  // Orthonormal basis of the row space, from the non-zero rows of the RREF.
  const q: Vector[] = [];
  for (const row of R.slice(0, r)) {
    const w = remainder(row, q);
    const len = Math.hypot(...w);
    q.push(w.map((x) => x / len));
  }
  // Complete it with the standard basis vector that has the most left over, n − r times.
  const basis: Vector[] = [];
  for (let k = 0; k < n - r; k++) {
    let best: Vector = [];
    let bestLen = -1;
    for (let j = 0; j < n; j++) {
      const e = Array.from({ length: n }, (_, i) => (i === j ? 1 : 0));
      const w = remainder(e, [...q, ...basis]);
      const len = Math.hypot(...w);
      if (len > bestLen) {
        best = w;
        bestLen = len;
      }
    }
    basis.push(best.map((x) => x / bestLen));
  }
  return basis;
}
