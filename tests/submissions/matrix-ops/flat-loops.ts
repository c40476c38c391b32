// expect: pass
// Validates with Set of row lengths, fills preallocated zero matrices with index loops, matScale as matHadamard with a constant.
import { type Matrix, zeros } from "../helpers";

function dims(A: Matrix): [number, number] {
  const lengths = new Set(A.map((row) => row.length));
  if (lengths.size > 1) throw new Error("ragged input: every row must have the same length");
  return [A.length, A.length ? A[0].length : 0];
}

function entrywise(A: Matrix, B: Matrix, f: (a: number, b: number) => number): Matrix {
  const [m, n] = dims(A);
  const [p, q] = dims(B);
  if (m !== p || n !== q) throw new Error(`shape mismatch: ${m}×${n} vs ${p}×${q}`);
  const C = zeros(m, n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) C[i][j] = f(A[i][j], B[i][j]);
  return C;
}

export function transpose(A: Matrix): Matrix {
  const [m, n] = dims(A);
  const T = zeros(n, m);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) T[j][i] = A[i][j];
  return T;
}

export const matAdd = (A: Matrix, B: Matrix): Matrix => entrywise(A, B, (a, b) => a + b);

export const matHadamard = (A: Matrix, B: Matrix): Matrix => entrywise(A, B, (a, b) => a * b);

export function matScale(c: number, A: Matrix): Matrix {
  return entrywise(A, A, (a) => a * c);
}
