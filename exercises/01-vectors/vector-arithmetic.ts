// Exercise: vector-arithmetic (topic 01-vectors)
//
// Element-wise arithmetic on vectors, and the dot product.
//   add([1, 2], [3, 4])       → [4, 6]
//   subtract([1, 2], [3, 4])  → [-2, -2]
//   scale(2, [1, 2])          → [2, 4]
//   hadamard([1, 2], [3, 4])  → [3, 8]
//   dot([1, 2, 3], [4, 5, 6]) → 32
//
// Rules: return new arrays (never change the inputs); when two vectors have different
// lengths, throw an Error whose message says so.
//
// Check your work:  latutor check vector-arithmetic     Stuck?  latutor hint vector-arithmetic
import type { Vector } from "../helpers";

export function add(a: Vector, b: Vector): Vector {
  // TODO: the element-wise sum a + b
  throw new Error("TODO: implement add(a, b)");
}

export function subtract(a: Vector, b: Vector): Vector {
  // TODO: the element-wise difference a − b
  throw new Error("TODO: implement subtract(a, b)");
}

export function scale(c: number, v: Vector): Vector {
  // TODO: every entry of v multiplied by the number c
  throw new Error("TODO: implement scale(c, v)");
}

export function hadamard(a: Vector, b: Vector): Vector {
  // TODO: the element-wise product (a₁b₁, a₂b₂, …)
  throw new Error("TODO: implement hadamard(a, b)");
}

export function dot(a: Vector, b: Vector): number {
  // TODO: the dot product a₁b₁ + a₂b₂ + … (a single number)
  throw new Error("TODO: implement dot(a, b)");
}
