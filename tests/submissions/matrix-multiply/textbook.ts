// expect: pass
// Straight from the lesson: check the shapes (ragged rows, inner sizes), then one loop per index.
import type { Matrix, Vector } from "../helpers";

function shapeOf(A: Matrix): [number, number] {
  const cols = A.length === 0 ? 0 : A[0].length;
  for (let i = 0; i < A.length; i++) {
    if (A[i].length !== cols) throw new Error(`row ${i} has ${A[i].length} entries but row 0 has ${cols}`);
  }
  return [A.length, cols];
}

export function matVec(A: Matrix, x: Vector): Vector {
  const [m, n] = shapeOf(A);
  if (x.length !== n) throw new Error(`A has ${n} columns but x has ${x.length} entries`);
  const y: Vector = [];
  for (let i = 0; i < m; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += A[i][j] * x[j];
    y.push(sum);
  }
  return y;
}

export function vecMat(x: Vector, A: Matrix): Vector {
  const [m, n] = shapeOf(A);
  if (x.length !== m) throw new Error(`A has ${m} rows but x has ${x.length} entries`);
  const y: Vector = [];
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i < m; i++) sum += x[i] * A[i][j];
    y.push(sum);
  }
  return y;
}

export function matMul(A: Matrix, B: Matrix): Matrix {
  const [m, n] = shapeOf(A);
  const [p, k] = shapeOf(B);
  if (n !== p) throw new Error(`A is ${m}×${n} and B is ${p}×${k}: the inner sizes differ`);
  const C: Matrix = [];
  for (let i = 0; i < m; i++) {
    const row: number[] = [];
    for (let j = 0; j < k; j++) {
      let sum = 0;
      for (let t = 0; t < n; t++) sum += A[i][t] * B[t][j];
      row.push(sum);
    }
    C.push(row);
  }
  return C;
}
