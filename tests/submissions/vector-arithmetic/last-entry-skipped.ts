// expect: fail last-entry-skipped
// dot's loop runs while i < a.length - 1, so the last product is never added.
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
  return a.map((ai, i) => ai - b[i]);
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
  for (let i = 0; i < a.length - 1; i++) {
    sum += a[i] * b[i];
  }
  return sum;
}
