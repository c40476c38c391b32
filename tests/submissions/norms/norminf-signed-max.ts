// expect: fail missing-abs
// normInf takes the largest signed entry (no Math.abs), so normInf([3, -4]) is 3.
import type { Vector } from "../helpers";

export function norm1(v: Vector): number {
  let sum = 0;
  for (const x of v) sum += Math.abs(x);
  return sum;
}

export function norm2(v: Vector): number {
  return Math.hypot(...v);
}

export function normInf(v: Vector): number {
  let largest = 0;
  for (const x of v) {
    if (x > largest) largest = x;
  }
  return largest;
}

export function normalize(v: Vector): Vector {
  const length = norm2(v);
  if (length === 0) throw new Error("cannot normalize the zero vector");
  return v.map((x) => x / length);
}
