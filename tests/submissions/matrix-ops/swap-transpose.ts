// expect: fail transpose-square-only
// transpose copies A and swaps entries across the diagonal: a square trick that returns an m×n matrix for an m×n input.
import type { Matrix } from "../helpers";

function shapeOf(A: Matrix): [number, number] {
  const cols = A.length === 0 ? 0 : A[0].length;
  for (const row of A) if (row.length !== cols) throw new Error("rows have different lengths");
  return [A.length, cols];
}

function sameShape(A: Matrix, B: Matrix): void {
  const [m, n] = shapeOf(A);
  const [p, q] = shapeOf(B);
  if (m !== p || n !== q) throw new Error("shapes differ");
}

export function transpose(A: Matrix): Matrix {
  const [m, n] = shapeOf(A);
  const T = A.map((row) => row.slice());
  for (let i = 0; i < Math.min(m, n); i++) {
    for (let j = i + 1; j < Math.min(m, n); j++) {
      [T[i][j], T[j][i]] = [T[j][i], T[i][j]];
    }
  }
  return T;
}

export function matAdd(A: Matrix, B: Matrix): Matrix {
  sameShape(A, B);
  return A.map((row, i) => row.map((a, j) => a + B[i][j]));
}

export function matScale(c: number, A: Matrix): Matrix {
  shapeOf(A);
  return A.map((row) => row.map((a) => c * a));
}

export function matHadamard(A: Matrix, B: Matrix): Matrix {
  sameShape(A, B);
  return A.map((row, i) => row.map((a, j) => a * B[i][j]));
}
