// expect: pass
// Functional style with every(); orthogonality checked on the ROWS (QQᵀ = I); diagonal = upper && lower; identity from the helper.
import { identity as helperIdentity, type Matrix } from "../helpers";

const dot = (a: number[], b: number[]) => a.reduce((s, x, k) => s + x * b[k], 0);

export function identity(n: number): Matrix {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`identity: bad size ${n}`);
  return helperIdentity(n);
}

export const isSquare = (A: Matrix): boolean => A.every((row) => row.length === A.length);

export const isSymmetric = (A: Matrix, tol = 1e-10): boolean =>
  isSquare(A) && A.every((row, i) => row.every((x, j) => j <= i || Math.abs(x - A[j][i]) <= tol));

export const isUpperTriangular = (A: Matrix, tol = 1e-10): boolean => A.every((row, i) => row.every((x, j) => j >= i || Math.abs(x) <= tol));

export const isLowerTriangular = (A: Matrix, tol = 1e-10): boolean => A.every((row, i) => row.every((x, j) => j <= i || Math.abs(x) <= tol));

export const isDiagonal = (A: Matrix, tol?: number): boolean => isUpperTriangular(A, tol) && isLowerTriangular(A, tol);

export function isOrthogonal(A: Matrix, tol = 1e-10): boolean {
  if (!isSquare(A)) return false;
  // For a square matrix QᵀQ = I and QQᵀ = I say the same thing: orthonormal rows.
  return A.every((ri, i) => A.every((rj, j) => Math.abs(dot(ri, rj) - (i === j ? 1 : 0)) <= tol));
}

export function trace(A: Matrix): number {
  if (!isSquare(A)) throw new Error(`trace needs a square matrix, got ${A.length}×${A[0]?.length ?? 0}`);
  return A.reduce((s, row, i) => s + row[i], 0);
}
