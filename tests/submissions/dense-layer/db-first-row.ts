// expect: fail db-first-row
// Takes db from the first sample only (dY[0]), as if the batch had one row.
import type { Matrix, Vector } from "../helpers";

export function denseForward(W: Matrix, b: Vector, X: Matrix, activation: string): Matrix {
  if (b.length !== W.length) throw new Error("b has the wrong length");
  if (X.some((x) => x.length !== W[0].length)) throw new Error("X does not fit W");
  const act = activation === "relu" ? (z: number) => Math.max(0, z) : activation === "sigmoid" ? (z: number) => 1 / (1 + Math.exp(-z)) : activation === "identity" ? (z: number) => z : undefined;
  if (!act) throw new Error("unknown activation");
  return X.map((x) => W.map((w, j) => act(w.reduce((s, v, t) => s + v * x[t], 0) + b[j])));
}

export function denseBackward(W: Matrix, X: Matrix, dY: Matrix) {
  if (dY.length !== X.length || dY.some((g) => g.length !== W.length)) throw new Error("dY does not fit");
  if (X.some((x) => x.length !== W[0].length)) throw new Error("X does not fit W");
  const dW = W.map((row, j) => row.map((_, t) => X.reduce((s, x, i) => s + dY[i][j] * x[t], 0)));
  const dX = X.map((_, i) => W[0].map((_, t) => W.reduce((s, w, j) => s + dY[i][j] * w[t], 0)));
  return { dW, db: dY[0].slice(), dX };
}
