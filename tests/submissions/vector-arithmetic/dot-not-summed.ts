// expect: fail dot-not-summed
// dot returns the array of products a[i]·b[i] (the Hadamard product) instead of their sum.
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

export function dot(a: Vector, b: Vector) {
  sameLength(a, b);
  const products: number[] = [];
  for (let i = 0; i < a.length; i++) {
    products.push(a[i] * b[i]);
  }
  return products;
}
