// Exercise: transform-2d (topic 04-transformations)
//
// Matrices that move the plane, and a tiny 2-D game engine built on them.
//   rotation(Math.PI / 2)            → [[0, -1], [1, 0]]   (counter-clockwise: [1, 0] goes to [0, 1])
//   scaling(2, 3)                    → [[2, 0], [0, 3]]
//   shear(1, 0)                      → [[1, 1], [0, 1]]    (shear(kx, ky) = [[1, kx], [ky, 1]])
//   compose(A, B)                    → A·B: B acts FIRST, then A (any number of matrices, ≥ 1)
//   applyToPoints([[2, 0], [0, 3]], [[1, 1], [2, -1]]) → [[2, 3], [4, -3]]   (M·p for every point)
//   translation(5, -2)               → [[1, 0, 5], [0, 1, -2], [0, 0, 1]]
//   applyHomogeneous(translation(5, -2), [[1, 1]]) → [[6, -1]]
//     ([x, y] becomes [x, y, 1]; M·[x, y, 1] = [X, Y, w]; the answer is [X / w, Y / w])
//
// Rules: never change the inputs; return new arrays. Angles are in radians. Throw an Error when:
//   - compose gets no matrix at all, a matrix that is not square, or square matrices of different sizes;
//   - applyToPoints gets a point whose length is not M's number of columns;
//   - applyHomogeneous gets an M that is not 3×3, a point that is not [x, y], or a point whose w is 0
//     (it lies at infinity: there is no 2-D point to return).
//
// Check your work:  latutor check transform-2d     Stuck?  latutor hint transform-2d
import type { Matrix, Vector } from "../helpers";

export function rotation(theta: number): Matrix {
  // TODO: [[cos θ, −sin θ], [sin θ, cos θ]]
  throw new Error("TODO: implement rotation(theta)");
}

export function scaling(sx: number, sy: number): Matrix {
  // TODO
  throw new Error("TODO: implement scaling(sx, sy)");
}

export function shear(kx: number, ky: number): Matrix {
  // TODO
  throw new Error("TODO: implement shear(kx, ky)");
}

export function compose(...ms: Matrix[]): Matrix {
  // TODO: ms[0] · ms[1] · … · ms[last]
  throw new Error("TODO: implement compose(...ms)");
}

export function applyToPoints(M: Matrix, points: Vector[]): Vector[] {
  // TODO: M·p for every point p
  throw new Error("TODO: implement applyToPoints(M, points)");
}

export function translation(tx: number, ty: number): Matrix {
  // TODO: a 3×3 matrix
  throw new Error("TODO: implement translation(tx, ty)");
}

export function applyHomogeneous(M: Matrix, points: Vector[]): Vector[] {
  // TODO: [x, y] → [x, y, 1] → M·[x, y, 1] = [X, Y, w] → [X / w, Y / w]
  throw new Error("TODO: implement applyHomogeneous(M, points)");
}
