// Exercise: projection (topic 02-projections)
//
// project(u, v): the shadow of u on the line through v:  (u·v / v·v) v
// reject(u, v):  what is left of u, perpendicular to v:   u − project(u, v)
// angleBetween(a, b): the angle between a and b in radians, from 0 to π
//   project([3, 4], [1, 0])     → [3, 0]
//   reject([3, 4], [1, 0])      → [0, 4]
//   angleBetween([1, 0], [0, 2]) → 1.5707963… (π/2)
//
// Rules: never change the inputs; throw an Error when the lengths differ or when a direction
// is needed from the zero vector. Careful: for parallel vectors, rounding can make a computed
// cosine 1.0000000000000002, and Math.acos of that is NaN.
//
// Check your work:  latutor check projection     Stuck?  latutor hint projection
import type { Vector } from "../helpers";

export function project(u: Vector, v: Vector): Vector {
  // TODO
  throw new Error("TODO: implement project(u, v)");
}

export function reject(u: Vector, v: Vector): Vector {
  // TODO
  throw new Error("TODO: implement reject(u, v)");
}

export function angleBetween(a: Vector, b: Vector): number {
  // TODO
  throw new Error("TODO: implement angleBetween(a, b)");
}
