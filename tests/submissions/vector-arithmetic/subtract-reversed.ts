// expect: fail subtract-reversed
// subtract computes b − a instead of a − b.
import type { Vector } from "../helpers";

function sameLength(a: Vector, b: Vector): void {
  if (a.length !== b.length) {
    throw new Error(`vectors have different lengths (${a.length} and ${b.length})`);
  }
}

export function add(a: Vector, b: Vector): Vector {
  sameLength(a, b);
  return a.map((ai, i) => ai + b[i]);
}

export function subtract(a: Vector, b: Vector): Vector {
  sameLength(a, b);
  return b.map((bi, i) => bi - a[i]);
}

export function scale(c: number, v: Vector): Vector {
  return v.map((vi) => c * vi);
}

export function hadamard(a: Vector, b: Vector): Vector {
  sameLength(a, b);
  return a.map((ai, i) => ai * b[i]);
}

export function dot(a: Vector, b: Vector): number {
  sameLength(a, b);
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    sum += a[i] * b[i];
  }
  return sum;
}
