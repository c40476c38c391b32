// expect: fail x-y-swapped
// One feature gets the schoolbook formula, but divided by the variance of y instead of x (several features use least squares).
import type { Matrix, Vector } from "../helpers";
import { leastSquares } from "./normal-equations";

export function fitLinearRegression(X: Matrix, y: Vector): { weights: Vector; bias: number } {
  const m = X.length;
  if (m === 0 || y.length !== m) throw new Error("X and y must have the same number of rows");
  const n = X[0].length;
  if (X.some((r) => r.length !== n)) throw new Error("ragged X");
  if (m < n + 1) throw new Error("too few samples");
  const xMean = X[0].map((_, j) => X.reduce((s, r) => s + r[j], 0) / m);
  const yMean = y.reduce((s, v) => s + v, 0) / m;
  const Xc = X.map((r) => r.map((x, j) => x - xMean[j]));
  const yc = y.map((v) => v - yMean);
  let weights: Vector;
  if (n === 1) {
    const sxy = Xc.reduce((s, r, i) => s + r[0] * yc[i], 0);
    const syy = yc.reduce((s, v) => s + v * v, 0);
    weights = [sxy / syy];
  } else weights = leastSquares(Xc, yc); // a constant feature centres to a zero column: rank-deficient, throws
  const bias = yMean - weights.reduce((s, w, j) => s + w * xMean[j], 0);
  return { weights, bias };
}

export function predict(model: { weights: Vector; bias: number }, X: Matrix): Vector {
  const out: Vector = [];
  for (const row of X) {
    if (row.length !== model.weights.length) throw new Error("row has the wrong number of features");
    let s = model.bias;
    for (let j = 0; j < row.length; j++) s += row[j] * model.weights[j];
    out.push(s);
  }
  return out;
}
