// expect: fail sigmoid-sign
// The sigmoid written as 1/(1 + e^z): the minus sign in the exponent is lost, so the curve falls instead of rising.
import type { Matrix, Vector } from "../helpers";
import { matMul } from "../03-matrices/matrix-multiply";
import { transpose } from "../03-matrices/matrix-ops";

export type Activation = "identity" | "relu" | "sigmoid";

export function denseForward(W: Matrix, b: Vector, X: Matrix, activation: Activation): Matrix {
  if (b.length !== W.length) throw new Error(`b has ${b.length} entries but W has ${W.length} rows`);
  let act: (z: number) => number;
  if (activation === "identity") act = (z) => z;
  else if (activation === "relu") act = (z) => Math.max(0, z);
  else if (activation === "sigmoid") act = (z) => 1 / (1 + Math.exp(z));
  else throw new Error(`unknown activation ${activation}`);
  const Z = matMul(X, transpose(W));
  return Z.map((row) => row.map((z, j) => act(z + b[j])));
}

export function denseBackward(W: Matrix, X: Matrix, dY: Matrix): { dW: Matrix; db: Vector; dX: Matrix } {
  const dW = matMul(transpose(dY), X);
  const dX = matMul(dY, W);
  const db = W.map((_, j) => dY.reduce((s, row) => s + row[j], 0));
  return { dW, db, dX };
}
