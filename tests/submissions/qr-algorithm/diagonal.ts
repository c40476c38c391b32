// expect: fail diagonal-of-a
// Skips the iteration: reads the eigenvalues off the diagonal of A itself, with the identity as eigenvectors.
import type { Matrix, Vector } from "../helpers";

function checkInput(A: Matrix): number {
  const n = A.length;
  if (n === 0) throw new Error("A is empty");
  for (const row of A) if (row.length !== n) throw new Error("A must be square");
  let largest = 0;
  for (const row of A) for (const x of row) largest = Math.max(largest, Math.abs(x));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs(A[i][j] - A[j][i]) > 1e-10 * largest) throw new Error("A is not symmetric");
    }
  }
  return n;
}

function frobenius(A: Matrix): number {
  let s = 0;
  for (const row of A) for (const x of row) s += x * x;
  return Math.sqrt(s);
}

function largestBelowDiagonal(T: Matrix): number {
  let m = 0;
  for (let i = 0; i < T.length; i++) for (let j = 0; j < i; j++) m = Math.max(m, Math.abs(T[i][j]));
  return m;
}

// One QR step: T ← R·Q, V ← V·Q, with Q the product of Givens rotations.
function qrStep(T: Matrix, V: Matrix): void {
  const n = T.length;
  const rotations: [number, number, number, number][] = [];
  for (let j = 0; j < n - 1; j++) {
    for (let i = j + 1; i < n; i++) {
      const a = T[j][j];
      const b = T[i][j];
      if (b === 0) continue;
      const r = Math.hypot(a, b);
      const c = a / r;
      const s = b / r;
      for (let k = 0; k < n; k++) {
        const x = T[j][k];
        const y = T[i][k];
        T[j][k] = c * x + s * y;
        T[i][k] = -s * x + c * y;
      }
      rotations.push([j, i, c, s]);
    }
  }
  for (const [j, i, c, s] of rotations) {
    for (const M of [T, V]) {
      for (let k = 0; k < n; k++) {
        const x = M[k][j];
        const y = M[k][i];
        M[k][j] = c * x + s * y;
        M[k][i] = -s * x + c * y;
      }
    }
  }
}

export function eigSymmetric(A: Matrix): { values: Vector; vectors: Matrix } {
  const n = checkInput(A);
  const T = A.map((row) => row.slice());
  const V = A.map((_, i) => A.map((_, j) => (i === j ? 1 : 0)));
  const tol = 1e-12 * frobenius(A);
  void tol;
  void largestBelowDiagonal;
  void qrStep;
  const order = [...Array(n).keys()].sort((p, q) => T[q][q] - T[p][p]);
  return { values: order.map((i) => T[i][i]), vectors: V.map((row) => order.map((i) => row[i])) };
}
