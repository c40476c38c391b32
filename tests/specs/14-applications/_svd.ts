/**
 * The grader's own thin SVD (one-sided Jacobi), for judging ridge-svd answers and recognising
 * mistaken shrinkage formulas. It never trusts the learner's or the reference's code.
 */
import { linalg } from "latutor/kit";

type Matrix = number[][];
type Vector = number[];

export const thinSVD = (A: Matrix): { U: Matrix; S: Vector; V: Matrix } => linalg.thinSVD(A);

/** w = V·diag(f(σᵢ))·Uᵀy for a filter f: the shape every SVD-based regression answer takes. */
export function filtered(X: Matrix, y: Vector, f: (sigma: number) => number): Vector {
  const { U, S, V } = thinSVD(X);
  const top = Math.max(...S);
  const w = new Array<number>(X[0].length).fill(0);
  S.forEach((sigma, k) => {
    if (sigma <= 1e-13 * top) return; // a zero direction: every filter here leaves it out
    const uy = U.reduce((s, row, i) => s + row[k] * y[i], 0);
    const c = f(sigma) * uy;
    V.forEach((row, j) => (w[j] += c * row[k]));
  });
  return w;
}
