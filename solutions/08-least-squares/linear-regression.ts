// Reference implementation: linear regression with an intercept, fitted by least squares.
import { leastSquares } from "./normal-equations";

export type Vector = number[];
export type Matrix = number[][];

export interface LinearModel {
  weights: Vector;
  bias: number;
}

/**
 * Fits y ≈ X·weights + bias. The bias is one more weight whose feature is always 1: append a
 * column of ones to X and solve that least-squares problem. [X | 1] must be tall (m ≥ n + 1) and
 * of full column rank: a constant feature, for instance, duplicates the column of ones.
 */
export function fitLinearRegression(X: Matrix, y: Vector): LinearModel {
  const m = X.length;
  if (m === 0) throw new Error("fitLinearRegression: X has no rows");
  const n = X[0].length;
  if (X.some((row) => row.length !== n)) throw new Error("fitLinearRegression: the rows of X have different lengths");
  if (y.length !== m) throw new Error(`fitLinearRegression: y has ${y.length} entries, but X has ${m} rows`);
  if (m < n + 1) throw new Error(`fitLinearRegression: ${m} samples cannot fit ${n} weights and a bias (need at least ${n + 1})`);
  const withOnes = X.map((row) => [...row, 1]);
  const w = leastSquares(withOnes, y); // throws when [X | 1] is rank-deficient
  return { weights: w.slice(0, n), bias: w[n] };
}

/** The model's prediction for every row of X: row · weights + bias. */
export function predict(model: LinearModel, X: Matrix): Vector {
  const n = model.weights.length;
  return X.map((row, i) => {
    if (row.length !== n) throw new Error(`predict: row ${i} of X has ${row.length} features, but the model has ${n} weights`);
    let s = model.bias;
    for (let j = 0; j < n; j++) s += row[j] * model.weights[j];
    return s;
  });
}
