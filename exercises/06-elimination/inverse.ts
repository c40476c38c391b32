// Exercise: inverse (topic 06-elimination)
//
// inverse(A): the matrix A⁻¹ with A·A⁻¹ = A⁻¹·A = I.
//   inverse([[4, 7], [2, 6]])  → [[0.6, -0.7], [-0.2, 0.4]]
//   inverse([[0, 1], [1, 0]])  → [[0, 1], [1, 0]]
//   inverse([[1, 2], [2, 4]])  → throws (singular: no inverse exists)
//
// Rules:
// - Never change A: work on a copy of every row.
// - A must be square (n×n, n ≥ 1); a rectangular A throws an Error.
// - Use partial pivoting (Gauss–Jordan on [A | I], or your lu column by column).
// - A singular A throws an Error. Treat a pivot as zero when |pivot| ≤ n · Number.EPSILON ·
//   (largest |entry| of A), never below a fixed constant like 1e-10 (the hidden tests scale
//   matrices by 1e-12 and 1e12).
// - The tests judge your answer by A·X − I relative to ‖A‖·‖X‖, so ill-conditioned inputs are fair.
//
// Check your work:  latutor check inverse     Stuck?  latutor hint inverse
import type { Matrix } from "../helpers";

export function inverse(A: Matrix): Matrix {
  // TODO: row-reduce [A | I] to [I | A⁻¹]
  throw new Error("TODO: implement inverse(A)");
}
