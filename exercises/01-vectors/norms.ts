// Exercise: norms (topic 01-vectors)
//
// Three ways to measure the size of a vector, and scaling a vector to length 1.
//   norm1([3, -4])     → 7      (sum of absolute values)
//   norm2([3, -4])     → 5      (Euclidean length)
//   normInf([3, -4])   → 4      (largest absolute value)
//   normalize([3, -4]) → [0.6, -0.8]
//
// Rules: never change the input. normalize of the zero vector must throw an Error (it has no
// direction). The hidden tests include vectors with huge entries like 1e200, whose squares
// overflow to Infinity: read the lesson section on overflow (latutor lesson 01-vectors --section overflow).
//
// Check your work:  latutor check norms     Stuck?  latutor hint norms
import type { Vector } from "../helpers";

export function norm1(v: Vector): number {
  // TODO: |v₁| + |v₂| + …
  throw new Error("TODO: implement norm1(v)");
}

export function norm2(v: Vector): number {
  // TODO: √(v₁² + v₂² + …), without overflow or underflow
  throw new Error("TODO: implement norm2(v)");
}

export function normInf(v: Vector): number {
  // TODO: max(|v₁|, |v₂|, …); 0 for the empty vector
  throw new Error("TODO: implement normInf(v)");
}

export function normalize(v: Vector): Vector {
  // TODO: v divided by its 2-norm; throw for the zero vector
  throw new Error("TODO: implement normalize(v)");
}
