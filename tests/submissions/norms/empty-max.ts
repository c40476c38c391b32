// expect: fail empty-max
// normInf is Math.max(...v.map(Math.abs)), which is -Infinity for the empty vector instead of 0.
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
  return Math.max(...v.map(Math.abs));
}

export function normalize(v: Vector): Vector {
  const length = norm2(v);
  if (length === 0) throw new Error("cannot normalize the zero vector");
  return v.map((x) => x / length);
}
