// expect: pass
// Reuses the learner's lu: det(P)·det(A) = det(L)·det(U), so det(A) = ±(product of U's diagonal), the sign being the parity of P (counted by its cycles).
import type { Matrix } from "../helpers";
import { lu } from "./lu-decomposition";

export function det(A: Matrix): number {
  const { P, U } = lu(A);
  const n = A.length;
  // perm[i] = the column of the 1 in row i of P; a cycle of length c takes c − 1 swaps.
  const perm = P.map((row) => row.indexOf(1));
  const seen = new Array<boolean>(n).fill(false);
  let sign = 1;
  for (let i = 0; i < n; i++) {
    if (seen[i]) continue;
    let length = 0;
    for (let j = i; !seen[j]; j = perm[j]) {
      seen[j] = true;
      length++;
    }
    if (length % 2 === 0) sign = -sign;
  }
  return U.reduce((p, row, i) => p * row[i], sign);
}
