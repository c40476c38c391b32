// expect: fail rhs-missing-transpose
// Forms XᵀX but solves (XᵀX)·w = y, forgetting to multiply y by Xᵀ (only a square X gets through solve).
import type { Matrix, Vector } from "../helpers";
import { solve } from "../06-elimination/gaussian-elimination";

export function leastSquares(X: Matrix, y: Vector): Vector {
  const m = X.length;
  const n = m ? X[0].length : 0;
  if (!n || X.some((r) => r.length !== n) || m < n || y.length !== m) throw new Error("bad shapes");
  const G = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => X.reduce((s, row) => s + row[i] * row[j], 0)));
  return solve(G, y);
}
