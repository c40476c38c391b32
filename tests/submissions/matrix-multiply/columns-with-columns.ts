// expect: fail matmul-column-column
// matMul dots column i of A with column j of B (Aᵀ·B) and checks that A and B have the same number of rows.
import type { Matrix, Vector } from "../helpers";

function shapeOf(A: Matrix): [number, number] {
  const cols = A.length === 0 ? 0 : A[0].length;
  for (const row of A) if (row.length !== cols) throw new Error("rows have different lengths");
  return [A.length, cols];
}

export function matVec(A: Matrix, x: Vector): Vector {
  const [, n] = shapeOf(A);
  if (x.length !== n) throw new Error("x must have one entry per column");
  return A.map((row) => row.reduce((s, a, j) => s + a * x[j], 0));
}

export function vecMat(x: Vector, A: Matrix): Vector {
  const [m, n] = shapeOf(A);
  if (x.length !== m) throw new Error("x must have one entry per row");
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) y[j] += x[i] * A[i][j];
  return y;
}

export function matMul(A: Matrix, B: Matrix): Matrix {
  const [m, n] = shapeOf(A);
  const [p, k] = shapeOf(B);
  if (m !== p) throw new Error("A and B need the same number of rows");
  const C: Matrix = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < k; j++) {
      let sum = 0;
      for (let t = 0; t < m; t++) sum += A[t][i] * B[t][j];
      row.push(sum);
    }
    C.push(row);
  }
  return C;
}
