// expect: pass
// Calls the learner's own solve once per column of the identity (n eliminations: slower, n⁴, but correct and stable).
import type { Matrix } from "../helpers";
import { solve } from "./gaussian-elimination";

export function inverse(A: Matrix): Matrix {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("inverse: A must be square");
  const columns = A.map((_, j) => solve(A, A.map((_, i) => (i === j ? 1 : 0))));
  return A.map((_, i) => columns.map((col) => col[i]));
}
