// Reference implementation: the identity matrix, tests for the special kinds of matrices, and the trace.
//
// Every predicate compares within an absolute tolerance `tol` (default 1e-10): an entry that should
// be 0 counts as 0 when |entry| ≤ tol, and two entries that should be equal count as equal when
// they differ by at most tol. Floating-point results (a rotation's cos² + sin², a product QᵀQ)
// are only equal to the exact answer up to rounding, so `===` would give wrong verdicts.
export type Matrix = number[][];

const DEFAULT_TOL = 1e-10;

function rows(A: Matrix): number {
  return A.length;
}

function cols(A: Matrix): number {
  return A.length === 0 ? 0 : A[0].length;
}

/** The n×n identity: ones on the diagonal, zeros elsewhere. Every row is a new array. */
export function identity(n: number): Matrix {
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`identity: the size must be a whole number ≥ 0, got ${n}`);
  }
  const I: Matrix = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(n).fill(0);
    row[i] = 1;
    I.push(row);
  }
  return I;
}

/** As many rows as columns. The empty matrix [] is 0×0, so it is square. */
export function isSquare(A: Matrix): boolean {
  return A.every((row) => row.length === A.length);
}

/** A equals its transpose: aᵢⱼ = aⱼᵢ (within tol). Only a square matrix can be symmetric. */
export function isSymmetric(A: Matrix, tol = DEFAULT_TOL): boolean {
  if (!isSquare(A)) return false;
  const n = rows(A);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (Math.abs(A[i][j] - A[j][i]) > tol) return false;
    }
  }
  return true;
}

/**
 * Zeros below the diagonal: aᵢⱼ = 0 whenever i > j (within tol). Rectangular matrices count too
 * (the usual definition, as for the U of an echelon form): only entries below the main diagonal matter.
 */
export function isUpperTriangular(A: Matrix, tol = DEFAULT_TOL): boolean {
  const n = cols(A);
  for (let i = 0; i < rows(A); i++) {
    for (let j = 0; j < Math.min(i, n); j++) {
      if (Math.abs(A[i][j]) > tol) return false;
    }
  }
  return true;
}

/** Zeros above the diagonal: aᵢⱼ = 0 whenever i < j (within tol). Rectangular matrices count too. */
export function isLowerTriangular(A: Matrix, tol = DEFAULT_TOL): boolean {
  const n = cols(A);
  for (let i = 0; i < rows(A); i++) {
    for (let j = i + 1; j < n; j++) {
      if (Math.abs(A[i][j]) > tol) return false;
    }
  }
  return true;
}

/** Zeros off the diagonal: both upper and lower triangular. Rectangular matrices count too. */
export function isDiagonal(A: Matrix, tol = DEFAULT_TOL): boolean {
  return isUpperTriangular(A, tol) && isLowerTriangular(A, tol);
}

/**
 * QᵀQ = I (within tol, entry by entry): the columns have length 1 and are perpendicular to each
 * other. Only a square matrix is orthogonal; a tall one with orthonormal columns is not.
 */
export function isOrthogonal(A: Matrix, tol = DEFAULT_TOL): boolean {
  if (!isSquare(A)) return false;
  const n = rows(A);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      // (QᵀQ)ᵢⱼ is the dot product of column i with column j.
      let s = 0;
      for (let k = 0; k < n; k++) s += A[k][i] * A[k][j];
      const target = i === j ? 1 : 0;
      if (Math.abs(s - target) > tol) return false;
    }
  }
  return true;
}

/** The sum of the diagonal entries of a square matrix (0 for the empty matrix). */
export function trace(A: Matrix): number {
  if (!isSquare(A)) {
    throw new Error(`trace: the matrix must be square, got ${rows(A)}×${cols(A)}`);
  }
  let sum = 0;
  for (let i = 0; i < rows(A); i++) sum += A[i][i];
  return sum;
}
