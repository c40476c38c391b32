// expect: fail predict-forgets-bias
// The fit is right, but predict sums row · weights starting from 0 and never adds the bias.
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
  if (m < n + 1) throw new Error("need at least n + 1 samples for n weights and a bias");
  const A = X.map((row) => [...row, 1]);
  const w = leastSquares(A, y);
  return { weights: w.slice(0, n), bias: w[n] };
}

export function predict(model: LinearModel, X: Matrix): Vector {
  return X.map((row) => {
    if (row.length !== model.weights.length) throw new Error("wrong number of features");
    return row.reduce((s, x, j) => s + x * model.weights[j], 0);
  });
}
