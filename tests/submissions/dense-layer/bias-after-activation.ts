// expect: fail bias-after-activation
// Applies the activation to X·Wᵀ and only then adds the bias.
import type { Matrix, Vector } from "../helpers";
import { matMul } from "../03-matrices/matrix-multiply";
import { transpose } from "../03-matrices/matrix-ops";

export function denseForward(W: Matrix, b: Vector, X: Matrix, activation: string): Matrix {
  if (b.length !== W.length) throw new Error("b has the wrong length");
  const act = activation === "relu" ? (z: number) => Math.max(0, z) : activation === "sigmoid" ? (z: number) => 1 / (1 + Math.exp(-z)) : activation === "identity" ? (z: number) => z : undefined;
  if (!act) throw new Error("unknown activation");
  return matMul(X, transpose(W)).map((row) => row.map((z, j) => act(z) + b[j]));
}

export function denseBackward(W: Matrix, X: Matrix, dY: Matrix) {
  return { dW: matMul(transpose(dY), X), db: W.map((_, j) => dY.reduce((s, r) => s + r[j], 0)), dX: matMul(dY, W) };
}
