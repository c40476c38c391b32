// expect: pass
// dot uses Kahan (compensated) summation, more accurate than the plain running sum; a while loop elsewhere.
import type { Vector } from "../helpers";

function assertSameLength(a: Vector, b: Vector): void {
  if (a.length !== b.length) throw new Error("vectors must have the same length");
}

export function add(a: Vector, b: Vector): Vector {
  assertSameLength(a, b);
  const out = new Array<number>(a.length);
  let i = 0;
  while (i < a.length) {
    out[i] = a[i] + b[i];
    i++;
  }
  return out;
}

export function subtract(a: Vector, b: Vector): Vector {
  assertSameLength(a, b);
  return add(a, scale(-1, b));
}

export function scale(c: number, v: Vector): Vector {
  const out = new Array<number>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = c * v[i];
  return out;
}

export function hadamard(a: Vector, b: Vector): Vector {
  assertSameLength(a, b);
  const out = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] * b[i];
  return out;
}

export function dot(a: Vector, b: Vector): number {
  assertSameLength(a, b);
  let sum = 0;
  let carry = 0;
  for (let i = 0; i < a.length; i++) {
    const y = a[i] * b[i] - carry;
    const t = sum + y;
    carry = t - sum - y;
    sum = t;
  }
  return sum;
}
