// Exercise: matrix-ops (topic 03-matrices)
//
// A matrix is an array of rows: [[1, 2, 3], [4, 5, 6]] is 2×3 (2 rows, 3 columns).
// Turn it on its side, and combine matrices entry by entry.
//   transpose([[1, 2, 3], [4, 5, 6]])           → [[1, 4], [2, 5], [3, 6]]   (2×3 becomes 3×2)
//   matAdd([[1, 2], [3, 4]], [[10, 20], [30, 40]]) → [[11, 22], [33, 44]]
//   matScale(2, [[1, -2], [0, 3]])               → [[2, -4], [0, 6]]
//   matHadamard([[1, 2], [3, 4]], [[5, 6], [7, 8]]) → [[5, 12], [21, 32]]   (entry by entry, NOT A·B)
//
// Rules:
// - Never change the inputs, and return new arrays: not the input, not one of its rows.
// - Throw an Error whose message says what is wrong when
//     * matAdd / matHadamard get matrices of different shapes, or
//     * any input is not a matrix because its rows have different lengths ([[1, 2], [3]]).
// - Shapes are not always square: 1×1, 1×n (one row) and n×1 (one column) are matrices too.
//   The empty matrix [] counts as 0×0, and every function returns [] for it.
//
// Check your work:  latutor check matrix-ops     Stuck?  latutor hint matrix-ops
import type { Matrix } from "../helpers";

export function transpose(A: Matrix): Matrix {
  // TODO: the n×m matrix whose entry [j][i] is A[i][j]
  throw new Error("TODO: implement transpose(A)");
}

export function matAdd(A: Matrix, B: Matrix): Matrix {
  // TODO: A + B, entry by entry (same shapes only)
  throw new Error("TODO: implement matAdd(A, B)");
}

export function matScale(c: number, A: Matrix): Matrix {
  // TODO: every entry of A multiplied by the number c
  throw new Error("TODO: implement matScale(c, A)");
}

export function matHadamard(A: Matrix, B: Matrix): Matrix {
  // TODO: A ⊙ B, entry [i][j] is A[i][j] · B[i][j] (same shapes only)
  throw new Error("TODO: implement matHadamard(A, B)");
}
