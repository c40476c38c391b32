// expect: fail no-pivoting
// Relative tolerance, but the pivot is the FIRST candidate row whose |entry| > tol, not the largest (no partial pivoting).
import type { Matrix, Vector } from "../helpers";

function checkShape(A: Matrix): void {
  for (const row of A) {
    if (row.length !== A[0].length) throw new Error("rows of A have different lengths");
  }
}

function defaultTol(A: Matrix): number {
  let largest = 0;
  for (const row of A) {
    for (const x of row) largest = Math.max(largest, Math.abs(x));
  }
  return Math.max(A.length, A[0].length) * Number.EPSILON * largest;
}

function reduce(A: Matrix, tol: number): { R: Matrix; pivots: number[] } {
  checkShape(A);
  const m = A.length;
  const n = A[0].length;
  const R = A.map((row) => row.slice());
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < n && r < m; c++) {
    let best = r;
    while (best < m - 1 && Math.abs(R[best][c]) <= tol) best++;
    if (Math.abs(R[best][c]) <= tol) {
      for (let i = r; i < m; i++) R[i][c] = 0;
      continue;
    }
    const tmp = R[r];
    R[r] = R[best];
    R[best] = tmp;
    const p = R[r][c];
    for (let j = 0; j < n; j++) R[r][j] = R[r][j] / p;
    for (let i = 0; i < m; i++) {
      if (i === r) continue;
      const f = R[i][c];
      for (let j = 0; j < n; j++) R[i][j] = R[i][j] - f * R[r][j];
    }
    pivots.push(c);
    r++;
  }
  for (let i = r; i < m; i++) R[i] = new Array(n).fill(0);
  return { R, pivots };
}

export function rref(A: Matrix): Matrix {
  return reduce(A, defaultTol(A)).R;
}

export function rank(A: Matrix, tol?: number): number {
  return reduce(A, tol ?? defaultTol(A)).pivots.length;
}

export function nullSpace(A: Matrix, tol?: number): Vector[] {
  const n = A[0].length;
  const { R, pivots } = reduce(A, tol ?? defaultTol(A));
  const basis: Vector[] = [];
  for (let f = 0; f < n; f++) {
    if (pivots.includes(f)) continue;
    const x = new Array(n).fill(0);
    x[f] = 1;
    for (let i = 0; i < pivots.length; i++) x[pivots[i]] = -R[i][f];
    basis.push(x);
  }
  return basis;
}
