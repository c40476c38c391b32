// expect: fail no-pivoting
// Two phases (forward to a REF, then back up), relative tol, but rows are swapped only when the diagonal candidate is ≤ tol: a 1e-8 pivot is kept.
type Vector = number[];
type Matrix = number[][];

interface Echelon {
  R: Matrix;
  pivotCols: number[];
}

function echelon(A: Matrix, tol?: number): Echelon {
  const m = A.length;
  const n = A[0].length;
  for (const row of A) if (row.length !== n) throw new Error(`ragged matrix: a row has ${row.length} entries, expected ${n}`);
  let biggest = 0;
  for (const row of A) for (const x of row) biggest = Math.max(biggest, Math.abs(x));
  const zero = tol ?? Math.max(m, n) * Number.EPSILON * biggest;
  const R = A.map((row) => [...row]);
  const pivotCols: number[] = [];
  // Phase 1: forward elimination (below the pivots only).
  for (let c = 0; c < n && pivotCols.length < m; c++) {
    const r = pivotCols.length;
    let best = r;
    // Swap only when we must: the diagonal candidate is (numerically) zero.
    if (Math.abs(R[r][c]) <= zero) for (let i = r + 1; i < m; i++) if (Math.abs(R[i][c]) > zero) { best = i; break; }
    if (Math.abs(R[best][c]) <= zero) {
      for (let i = r; i < m; i++) R[i][c] = 0;
      continue;
    }
    [R[r], R[best]] = [R[best], R[r]];
    for (let i = r + 1; i < m; i++) {
      const f = R[i][c] / R[r][c];
      for (let j = c; j < n; j++) R[i][j] -= f * R[r][j];
      R[i][c] = 0;
    }
    pivotCols.push(c);
  }
  for (let i = pivotCols.length; i < m; i++) R[i] = new Array<number>(n).fill(0);
  // Phase 2: from the last pivot up, make each pivot 1 and clear the entries above it.
  for (let k = pivotCols.length - 1; k >= 0; k--) {
    const c = pivotCols[k];
    const p = R[k][c];
    R[k] = R[k].map((x) => x / p);
    for (let i = 0; i < k; i++) {
      const f = R[i][c];
      R[i] = R[i].map((x, j) => x - f * R[k][j]);
    }
  }
  return { R, pivotCols };
}

export function rref(A: Matrix): Matrix {
  return echelon(A).R;
}

export function rank(A: Matrix, tol?: number): number {
  return echelon(A, tol).pivotCols.length;
}

export function nullSpace(A: Matrix, tol?: number): Vector[] {
  const { R, pivotCols } = echelon(A, tol);
  const n = A[0].length;
  const out: Vector[] = [];
  for (let f = 0; f < n; f++) {
    if (pivotCols.includes(f)) continue;
    const x = new Array<number>(n).fill(0);
    x[f] = 1;
    pivotCols.forEach((p, i) => (x[p] = -R[i][f]));
    out.push(x);
  }
  return out;
}
