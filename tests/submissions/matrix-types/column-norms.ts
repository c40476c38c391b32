// expect: pass
// Orthogonality as "every column has norm 1 (|‖q‖ − 1| <= tol) and every pair of columns has |dot| <= tol"; loops over the upper half only.
import type { Matrix } from "../helpers";

function column(A: Matrix, j: number): number[] {
  return A.map((row) => row[j]);
}

export function identity(n: number): Matrix {
  if (n < 0 || Math.floor(n) !== n) throw new Error("identity: size must be a non-negative integer");
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

export function isSquare(A: Matrix): boolean {
  return A.every((row) => row.length === A.length);
}

export function isSymmetric(A: Matrix, tol = 1e-10): boolean {
  if (!isSquare(A)) return false;
  for (let i = 0; i < A.length; i++) for (let j = i + 1; j < A.length; j++) if (!(Math.abs(A[i][j] - A[j][i]) <= tol)) return false;
  return true;
}

export function isUpperTriangular(A: Matrix, tol = 1e-10): boolean {
  const cols = A.length ? A[0].length : 0;
  for (let j = 0; j < cols; j++) for (let i = j + 1; i < A.length; i++) if (Math.abs(A[i][j]) > tol) return false;
  return true;
}

export function isLowerTriangular(A: Matrix, tol = 1e-10): boolean {
  const cols = A.length ? A[0].length : 0;
  for (let i = 0; i < A.length; i++) for (let j = i + 1; j < cols; j++) if (Math.abs(A[i][j]) > tol) return false;
  return true;
}

export function isDiagonal(A: Matrix, tol = 1e-10): boolean {
  return A.every((row, i) => row.every((x, j) => i === j || Math.abs(x) <= tol));
}

export function isOrthogonal(A: Matrix, tol = 1e-10): boolean {
  if (!isSquare(A)) return false;
  const cols = A.map((_, j) => column(A, j));
  for (let i = 0; i < cols.length; i++) {
    const len = Math.hypot(...cols[i]);
    if (Math.abs(len - 1) > tol) return false;
    for (let j = i + 1; j < cols.length; j++) {
      const d = cols[i].reduce((s, x, k) => s + x * cols[j][k], 0);
      if (Math.abs(d) > tol) return false;
    }
  }
  return true;
}

export function trace(A: Matrix): number {
  if (!isSquare(A)) throw new Error("trace: not a square matrix");
  let t = 0;
  for (let i = A.length - 1; i >= 0; i--) t += A[i][i];
  return t;
}
