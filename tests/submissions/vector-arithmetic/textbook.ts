// expect: pass
// Straight from the lesson: map with the index, a length check, and a running sum for dot.
import type { Vector } from "../helpers";

function sameLength(a: Vector, b: Vector): void {
  if (a.length !== b.length) throw new Error(`the vectors have different lengths (${a.length} and ${b.length})`);
}

export function add(a: Vector, b: Vector): Vector {
  sameLength(a, b);
  return a.map((x, i) => x + b[i]);
}

export function subtract(a: Vector, b: Vector): Vector {
  sameLength(a, b);
  return a.map((x, i) => x - b[i]);
}

export function scale(c: number, v: Vector): Vector {
  return v.map((x) => c * x);
}

export function hadamard(a: Vector, b: Vector): Vector {
  sameLength(a, b);
  return a.map((x, i) => x * b[i]);
}

export function dot(a: Vector, b: Vector): number {
  sameLength(a, b);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
