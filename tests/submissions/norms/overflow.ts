// expect: fail overflow
// norm2 is the textbook Math.sqrt(sum of squares): 1e200² overflows to Infinity and 1e-200² underflows to 0.
import type { Vector } from "../helpers";

export function norm1(v: Vector): number {
  let sum = 0;
  for (const x of v) sum += Math.abs(x);
  return sum;
}

export function norm2(v: Vector): number {
  let sum = 0;
  for (const x of v) sum += x * x;
  return Math.sqrt(sum);
}

export function normInf(v: Vector): number {
  let largest = 0;
  for (const x of v) largest = Math.max(largest, Math.abs(x));
  return largest;
}

export function normalize(v: Vector): Vector {
  const length = norm2(v);
  if (length === 0) throw new Error("cannot normalize the zero vector");
  return v.map((x) => x / length);
}
