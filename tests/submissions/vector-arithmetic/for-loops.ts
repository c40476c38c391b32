// expect: pass
// Plain index loops that push into fresh arrays instead of Array.prototype.map.
import type { Vector } from "../helpers";

function checkLengths(a: Vector, b: Vector): void {
  if (a.length !== b.length) {
    throw new Error(`the vectors have different lengths: ${a.length} and ${b.length}`);
  }
}

export function add(a: Vector, b: Vector): Vector {
  checkLengths(a, b);
  const result: Vector = [];
  for (let i = 0; i < a.length; i++) {
    result.push(a[i] + b[i]);
  }
  return result;
}

export function subtract(a: Vector, b: Vector): Vector {
  checkLengths(a, b);
  const result: Vector = [];
  for (let i = 0; i < a.length; i++) {
    result.push(a[i] - b[i]);
  }
  return result;
}

export function scale(c: number, v: Vector): Vector {
  const result: Vector = [];
  for (const x of v) {
    result.push(c * x);
  }
  return result;
}

export function hadamard(a: Vector, b: Vector): Vector {
  checkLengths(a, b);
  const result: Vector = [];
  for (let i = 0; i < a.length; i++) {
    result.push(a[i] * b[i]);
  }
  return result;
}

export function dot(a: Vector, b: Vector): number {
  checkLengths(a, b);
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    total += a[i] * b[i];
  }
  return total;
}
