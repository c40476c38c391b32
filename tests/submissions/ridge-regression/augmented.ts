// expect: pass
// Ridge as plain least squares on a taller system: rows [X; √λ·I] and targets [y; 0], through the learner's leastSquares.
import type { Matrix, Vector } from "../helpers";
import { leastSquares } from "./normal-equations";

export function ridge(X: Matrix, y: Vector, lambda: number): Vector {
  if (!(lambda >= 0)) throw new Error("lambda must be non-negative");
  if (y.length !== X.length) throw new Error("X and y disagree on the number of samples");
  const n = X[0].length;
  if (X.some((r) => r.length !== n)) throw new Error("ragged X");
  const r = Math.sqrt(lambda);
  const rows = [...X, ...Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? r : 0)))];
  const targets = [...y, ...new Array<number>(n).fill(0)];
  return leastSquares(rows, targets);
}
