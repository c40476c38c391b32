// Exercise: linear-regression (topic 08-least-squares)
//
// fitLinearRegression(X, y): the weights and the bias (intercept) of the best fit
// y ≈ X·weights + bias, by least squares. X has one row per sample, one column per feature.
// predict(model, X): the model's prediction for every row of X: row · weights + bias.
//   fitLinearRegression([[0], [1], [2], [3]], [1, 3, 4, 4])   → { weights: [1], bias: 1.5 }
//   predict({ weights: [1], bias: 1.5 }, [[4], [10]])          → [5.5, 11.5]
//   fitLinearRegression([[1, 0], [0, 1], [1, 1], [2, 1]], [3, 4, 6, 8])
//                                                              → { weights: [2, 3], bias: 1 }
//
// Rules:
// - Never change the inputs.
// - The bias is NOT optional: fit it, either with a column of ones appended to X, or by centring
//   (subtract the column means of X and the mean of y, fit without intercept, then recover the bias).
// - fitLinearRegression needs at least n + 1 samples for n features and y with one entry per row,
//   and [X | 1] must have full column rank: a duplicated feature, or a constant one (it copies
//   the column of ones), throws an Error. Use a zero test relative to scale, as in
//   normal-equations (pivot ≤ n · Number.EPSILON · largest entry of the matrix).
// - predict throws an Error when a row of X has a different number of features than weights.
// - You may import your own leastSquares:  import { leastSquares } from "./normal-equations";
//
// Check your work:  latutor check linear-regression     Stuck?  latutor hint linear-regression
import type { Matrix, Vector } from "../helpers";

export interface LinearModel {
  weights: Vector;
  bias: number;
}

export function fitLinearRegression(X: Matrix, y: Vector): LinearModel {
  // TODO: least squares on [X | 1] (or on centred data), then split off the bias
  throw new Error("TODO: implement fitLinearRegression(X, y)");
}

export function predict(model: LinearModel, X: Matrix): Vector {
  // TODO: one prediction per row: row · weights + bias
  throw new Error("TODO: implement predict(model, X)");
}
