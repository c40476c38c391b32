// Exercise: dense-layer (topic 14-applications)
//
// A neural-network dense layer with nothing but matrix products.
// Forward: a batch X (n×in, ONE SAMPLE PER ROW), weights W (out×in: row j holds the weights of
// output j), bias b (length out):
//     Y = act(X·Wᵀ + b)          n×out; b is added to every row, and the activation comes LAST
//   denseForward([[1, -1, 2], [0, 3, -1]], [0.5, -1], [[1, 2, 3], [-1, 0, 1]], "identity")
//     → [[5.5, 2], [1.5, -2]]
//   … the same with "relu"     → [[5.5, 2], [1.5, 0]]
//   activation: "identity" (z), "relu" (max(0, z)) or "sigmoid" (1 / (1 + e^(−z))).
//
// Backward (identity activation, Y = X·Wᵀ + b): given dY = ∂L/∂Y (n×out) for some loss L,
//     dW = dYᵀ·X   (out×in, like W)     db = the sum of each column of dY   (length out, like b)
//     dX = dY·W    (n×in, like X)
//   denseBackward([[1, -1, 2], [0, 3, -1]], [[1, 2, 3], [-1, 0, 1]], [[1, 0], [0.5, -2]])
//     → { dW: [[0.5, 2, 3.5], [2, 0, -2]], db: [1.5, -2], dX: [[1, -1, 2], [0.5, -6.5, 3]] }
// The grader checks your gradients against finite differences: it nudges each entry of W, b
// and X and measures how fast L = Σ dY ⊙ Y moves.
//
// Rules:
// - Never change the inputs; return new arrays.
// - Throw an Error whose message says what is wrong when the shapes do not fit (the rows of X
//   must have as many entries as the rows of W; b one entry per row of W; dY one row per sample
//   and one column per output), or for an unknown activation.
//
// You may import your own matrix products:  import { matMul, transpose } from "../03-matrices/matrix-multiply";
// (transpose lives in "../03-matrices/matrix-ops").
//
// Check your work:  latutor check dense-layer     Stuck?  latutor hint dense-layer
import type { Matrix, Vector } from "../helpers";

export type Activation = "identity" | "relu" | "sigmoid";

export function denseForward(W: Matrix, b: Vector, X: Matrix, activation: Activation): Matrix {
  // TODO: Z = X·Wᵀ, add b[j] to column j of every row, then apply the activation to every entry
  throw new Error("TODO: implement denseForward(W, b, X, activation)");
}

export function denseBackward(W: Matrix, X: Matrix, dY: Matrix): { dW: Matrix; db: Vector; dX: Matrix } {
  // TODO: dW = dYᵀ·X, db = column sums of dY, dX = dY·W
  throw new Error("TODO: implement denseBackward(W, X, dY)");
}
