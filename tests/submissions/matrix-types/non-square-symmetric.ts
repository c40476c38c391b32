// expect: fail non-square-symmetric
// isSymmetric compares each entry below the diagonal with its mirror but never checks that A is square.
import type { Matrix } from "../helpers";

export function identity(n: number): Matrix {
  if (!Number.isInteger(n) || n < 0) throw new Error("identity: n must be a whole number >= 0");
  const I: Matrix = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) row.push(i === j ? 1 : 0);
    I.push(row);
  }
  return I;
}

export function isSquare(A: Matrix): boolean {
  for (const row of A) {
    if (row.length !== A.length) return false;
  }
  return true;
}

export function isSymmetric(A: Matrix, tol = 1e-10): boolean {
  for (let i = 0; i < A.length; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs(A[i][j] - A[j][i]) > tol) return false;
    }
  }
  return true;
}

export function isUpperTriangular(A: Matrix, tol = 1e-10): boolean {
  for (let i = 0; i < A.length; i++) {
    for (let j = 0; j < A[i].length; j++) {
      if (i > j && Math.abs(A[i][j]) > tol) return false;
    }
  }
  return true;
}

export function isLowerTriangular(A: Matrix, tol = 1e-10): boolean {
  for (let i = 0; i < A.length; i++) {
    for (let j = 0; j < A[i].length; j++) {
      if (i < j && Math.abs(A[i][j]) > tol) return false;
    }
  }
  return true;
}

export function isDiagonal(A: Matrix, tol = 1e-10): boolean {
  for (let i = 0; i < A.length; i++) {
    for (let j = 0; j < A[i].length; j++) {
      if (i !== j && Math.abs(A[i][j]) > tol) return false;
    }
  }
  return true;
}

export function isOrthogonal(A: Matrix, tol = 1e-10): boolean {
  if (!isSquare(A)) return false;
  const n = A.length;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let dot = 0;
      for (let k = 0; k < n; k++) dot += A[k][i] * A[k][j];
      const want = i === j ? 1 : 0;
      if (Math.abs(dot - want) > tol) return false;
    }
  }
  return true;
}

export function trace(A: Matrix): number {
  if (!isSquare(A)) throw new Error("trace: the matrix must be square");
  let sum = 0;
  for (let i = 0; i < A.length; i++) sum += A[i][i];
  return sum;
}
