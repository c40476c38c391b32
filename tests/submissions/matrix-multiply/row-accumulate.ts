// expect: pass
// i–t–j loop order (row i of A·B is a combination of B's rows), topic 01's dot for matVec, and reduce for vecMat.
import type { Matrix, Vector } from "../helpers";
import { dot } from "../01-vectors/vector-arithmetic";

function size(A: Matrix, name: string): [number, number] {
  const n = A[0]?.length ?? 0;
  if (!A.every((row) => row.length === n)) throw new Error(`${name} has rows of different lengths`);
  return [A.length, n];
}

export function matVec(A: Matrix, x: Vector): Vector {
  const [, n] = size(A, "A");
  if (x.length !== n) throw new Error("x must have one entry per column of A");
  return A.map((row) => dot(row, x));
}

export function vecMat(x: Vector, A: Matrix): Vector {
  const [m, n] = size(A, "A");
  if (x.length !== m) throw new Error("x must have one entry per row of A");
  return Array.from({ length: n }, (_, j) => A.reduce((sum, row, i) => sum + x[i] * row[j], 0));
}

export function matMul(A: Matrix, B: Matrix): Matrix {
  const [m, n] = size(A, "A");
  const [p, k] = size(B, "B");
  if (n !== p) throw new Error(`cannot multiply ${m}×${n} by ${p}×${k}`);
  return A.map((rowA) => {
    const out = new Array<number>(k).fill(0);
    for (let t = 0; t < n; t++) {
      const a = rowA[t];
      for (let j = 0; j < k; j++) out[j] += a * B[t][j];
    }
    return out;
  });
}
