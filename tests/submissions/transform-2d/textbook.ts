// expect: pass
// Straight from the lesson: matrices written out, compose multiplies left to right, loops for M·p, divide by w.
import type { Matrix, Vector } from "../helpers";

export function rotation(theta: number): Matrix {
  return [
    [Math.cos(theta), -Math.sin(theta)],
    [Math.sin(theta), Math.cos(theta)],
  ];
}

export function scaling(sx: number, sy: number): Matrix {
  return [
    [sx, 0],
    [0, sy],
  ];
}

export function shear(kx: number, ky: number): Matrix {
  return [
    [1, kx],
    [ky, 1],
  ];
}

function multiply(A: Matrix, B: Matrix): Matrix {
  const n = A.length;
  const C: Matrix = [];
  for (let i = 0; i < n; i++) {
    C.push([]);
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += A[i][k] * B[k][j];
      C[i].push(sum);
    }
  }
  return C;
}

export function compose(...ms: Matrix[]): Matrix {
  if (ms.length === 0) throw new Error("compose needs at least one matrix");
  const n = ms[0].length;
  for (const M of ms) {
    if (M.length !== n) throw new Error("compose: the matrices have different sizes");
    for (const row of M) if (row.length !== n) throw new Error("compose: every matrix must be square");
  }
  let result = ms[0].map((row) => [...row]);
  for (let i = 1; i < ms.length; i++) result = multiply(result, ms[i]);
  return result;
}

export function applyToPoints(M: Matrix, points: Vector[]): Vector[] {
  const result: Vector[] = [];
  for (const p of points) {
    if (p.length !== M[0].length) throw new Error("applyToPoints: the point's length must match M's columns");
    const q: Vector = [];
    for (let i = 0; i < M.length; i++) {
      let sum = 0;
      for (let j = 0; j < p.length; j++) sum += M[i][j] * p[j];
      q.push(sum);
    }
    result.push(q);
  }
  return result;
}

export function translation(tx: number, ty: number): Matrix {
  return [
    [1, 0, tx],
    [0, 1, ty],
    [0, 0, 1],
  ];
}

export function applyHomogeneous(M: Matrix, points: Vector[]): Vector[] {
  if (M.length !== 3 || M.some((row) => row.length !== 3)) throw new Error("applyHomogeneous: M must be 3×3");
  const result: Vector[] = [];
  for (const p of points) {
    if (p.length !== 2) throw new Error("applyHomogeneous: points must be [x, y]");
    const [X, Y, w] = applyToPoints(M, [[p[0], p[1], 1]])[0];
    if (w === 0) throw new Error("applyHomogeneous: w = 0, the point is at infinity");
    result.push([X / w, Y / w]);
  }
  return result;
}
