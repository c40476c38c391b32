// expect: pass
// Computes the learner's own inverse(A) (Gauss–Jordan), then x = A⁻¹·b: three times the work of one elimination.
import type { Matrix, Vector } from "../helpers";
import { inverse } from "./inverse";

export function solve(A: Matrix, b: Vector): Vector {
  if (b.length !== A.length) throw new Error("solve: b must have one entry per row of A");
  const X = inverse(A);
  return X.map((row) => row.reduce((s, x, j) => s + x * b[j], 0));
}
