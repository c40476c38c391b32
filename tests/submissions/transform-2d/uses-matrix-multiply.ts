// expect: pass
// Reuses topic 03's matMul and matVec (imported from ../03-matrices/matrix-multiply) for compose and for every point.
import type { Matrix, Vector } from "../helpers";
import { matMul, matVec } from "../03-matrices/matrix-multiply";

export const rotation = (t: number): Matrix => [
  [Math.cos(t), -Math.sin(t)],
  [Math.sin(t), Math.cos(t)],
];
export const scaling = (sx: number, sy: number): Matrix => [
  [sx, 0],
  [0, sy],
];
export const shear = (kx: number, ky: number): Matrix => [
  [1, kx],
  [ky, 1],
];
export const translation = (tx: number, ty: number): Matrix => [
  [1, 0, tx],
  [0, 1, ty],
  [0, 0, 1],
];

export function compose(...ms: Matrix[]): Matrix {
  if (!ms.length) throw new Error("compose: at least one matrix is needed");
  const n = ms[0].length;
  for (const M of ms) if (M.length !== n || M.some((r) => r.length !== n)) throw new Error("compose: all matrices must be n×n with the same n");
  return ms.slice(1).reduce((acc, M) => matMul(acc, M), ms[0].map((r) => [...r]));
}

export function applyToPoints(M: Matrix, points: Vector[]): Vector[] {
  return points.map((p) => matVec(M, p));
}

export function applyHomogeneous(M: Matrix, points: Vector[]): Vector[] {
  if (M.length !== 3 || M.some((r) => r.length !== 3)) throw new Error("applyHomogeneous: M must be 3×3");
  return points.map((p) => {
    if (p.length !== 2) throw new Error("applyHomogeneous: a point is [x, y]");
    const [X, Y, w] = matVec(M, [p[0], p[1], 1]);
    if (w === 0) throw new Error("applyHomogeneous: w = 0");
    return [X / w, Y / w];
  });
}
