// expect: fail length-check
// Never compares the lengths: loops over a.length, so a shorter b gives NaN (or a silently short answer).
import type { Vector } from "../helpers";

export function add(a: Vector, b: Vector): Vector {
  return a.map((ai, i) => ai + b[i]);
}

export function subtract(a: Vector, b: Vector): Vector {
  return a.map((ai, i) => ai - b[i]);
}

export function scale(c: number, v: Vector): Vector {
  return v.map((vi) => c * vi);
}

export function hadamard(a: Vector, b: Vector): Vector {
  return a.map((ai, i) => ai * b[i]);
}

export function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    sum += a[i] * b[i];
  }
  return sum;
}
