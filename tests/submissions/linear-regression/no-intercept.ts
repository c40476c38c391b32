// expect: fail intercept-forgotten
// Least squares on X alone, no column of ones: every line is forced through the origin and the bias is 0.
import type { Matrix, Vector } from "../helpers";
import { leastSquares } from "./normal-equations";

export interface LinearModel {
  weights: Vector;
  bias: number;
}

export function fitLinearRegression(X: Matrix, y: Vector): LinearModel {
  const m = X.length;
  const n = m ? X[0].length : 0;
  if (y.length !== m) throw new Error("y needs one entry per sample");
  if (m < n) throw new Error("need at least n + 1 samples for n weights and a bias");
  const w = leastSquares(X, y);
  return { weights: w, bias: 0 };
}

export function predict(model: LinearModel, X: Matrix): Vector {
  return X.map((row) => {
    if (row.length !== model.weights.length) throw new Error("wrong number of features");
    return row.reduce((s, x, j) => s + x * model.weights[j], model.bias);
  });
}
