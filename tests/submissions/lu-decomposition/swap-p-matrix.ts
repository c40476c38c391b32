// expect: pass
// Keeps P as a matrix from the start (swapping its rows alongside U's) and builds L column by column from a copy; pivots on the first largest entry.
import { clone, identity, type Matrix } from "../helpers";

export function lu(A: Matrix): { P: Matrix; L: Matrix; U: Matrix } {
  const n = A.length;
  if (n === 0) throw new Error("empty matrix");
  for (const row of A) if (row.length !== n) throw new Error(`lu: A is ${n}×${row.length}, not square`);
  const U = clone(A);
  const P = identity(n);
  const L = identity(n);
  for (let col = 0; col < n; col++) {
    let best = col;
    for (let r = col; r < n; r++) if (Math.abs(U[r][col]) > Math.abs(U[best][col])) best = r;
    if (best !== col) {
      for (const M of [U, P]) {
        const t = M[col];
        M[col] = M[best];
        M[best] = t;
      }
      for (let c = 0; c < col; c++) {
        const t = L[col][c];
        L[col][c] = L[best][c];
        L[best][c] = t;
      }
    }
    const pivot = U[col][col];
    for (let r = col + 1; r < n; r++) {
      const m = pivot === 0 ? 0 : U[r][col] / pivot;
      L[r][col] = m;
      for (let c = col; c < n; c++) U[r][c] = U[r][c] - m * U[col][c];
    }
  }
  return { P, L, U };
}
