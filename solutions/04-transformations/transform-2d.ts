// Reference implementation: 2-D transformation matrices, composing them, applying them to points,
// and homogeneous coordinates (translation as a 3×3 matrix).
export type Vector = number[];
export type Matrix = number[][];

/** Counter-clockwise rotation by theta radians: [1, 0] goes to [cos θ, sin θ]. */
export function rotation(theta: number): Matrix {
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  return [
    [c, -s],
    [s, c],
  ];
}

/** Stretches x by sx and y by sy. */
export function scaling(sx: number, sy: number): Matrix {
  return [
    [sx, 0],
    [0, sy],
  ];
}

/** Shear: x moves by kx·y, y moves by ky·x. */
export function shear(kx: number, ky: number): Matrix {
  return [
    [1, kx],
    [ky, 1],
  ];
}

/** Moves every point by (tx, ty): a 3×3 matrix acting on homogeneous points [x, y, 1]. */
export function translation(tx: number, ty: number): Matrix {
  return [
    [1, 0, tx],
    [0, 1, ty],
    [0, 0, 1],
  ];
}

function isSquare(M: Matrix): boolean {
  return Array.isArray(M) && M.length > 0 && M.every((row) => Array.isArray(row) && row.length === M.length);
}

function multiply(A: Matrix, B: Matrix): Matrix {
  const n = B.length;
  return A.map((row) =>
    B[0].map((_, j) => {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += row[k] * B[k][j];
      return sum;
    }),
  );
}

/**
 * compose(A, B, C) = A·B·C: the matrix that applies C first, then B, then A (the one written
 * next to the point acts first, as in A·(B·(C·p))).
 */
export function compose(...ms: Matrix[]): Matrix {
  if (ms.length === 0) throw new Error("compose: give at least one matrix");
  const n = ms[0].length;
  ms.forEach((M, i) => {
    if (!isSquare(M)) throw new Error(`compose: matrix ${i + 1} is not square`);
    if (M.length !== n) throw new Error(`compose: matrix ${i + 1} is ${M.length}×${M.length}, matrix 1 is ${n}×${n}`);
  });
  let product = ms[0].map((row) => row.slice());
  for (let i = 1; i < ms.length; i++) product = multiply(product, ms[i]);
  return product;
}

function matVec(M: Matrix, p: Vector): Vector {
  return M.map((row) => {
    let sum = 0;
    for (let j = 0; j < p.length; j++) sum += row[j] * p[j];
    return sum;
  });
}

/** M·p for every point p (each point a column vector with as many entries as M has columns). */
export function applyToPoints(M: Matrix, points: Vector[]): Vector[] {
  const cols = M.length === 0 ? 0 : M[0].length;
  if (M.length === 0 || M.some((row) => row.length !== cols)) throw new Error("applyToPoints: M must be a non-empty rectangular matrix");
  return points.map((p, i) => {
    if (p.length !== cols) throw new Error(`applyToPoints: point ${i} has ${p.length} entries, but M has ${cols} columns`);
    return matVec(M, p);
  });
}

/**
 * Applies a 3×3 matrix to 2-D points through homogeneous coordinates: [x, y] → [x, y, 1] → M·[x, y, 1]
 * = [X, Y, w] → [X / w, Y / w]. A point with w = 0 lies at infinity and has no 2-D position.
 */
export function applyHomogeneous(M: Matrix, points: Vector[]): Vector[] {
  if (!isSquare(M) || M.length !== 3) throw new Error("applyHomogeneous: M must be a 3×3 matrix");
  return points.map((p, i) => {
    if (p.length !== 2) throw new Error(`applyHomogeneous: point ${i} has ${p.length} entries; give 2-D points [x, y]`);
    const [X, Y, w] = matVec(M, [p[0], p[1], 1]);
    if (w === 0) throw new Error(`applyHomogeneous: point ${i} maps to w = 0 (a point at infinity)`);
    return [X / w, Y / w];
  });
}
