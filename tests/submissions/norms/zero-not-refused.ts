// expect: fail zero-not-refused
// normalize never checks for a zero length, so the zero vector comes back as NaNs (0 / 0).
import type { Vector } from "../helpers";

export function norm1(v: Vector): number {
  let sum = 0;
  for (const x of v) sum += Math.abs(x);
  return sum;
}

export function norm2(v: Vector): number {
  const largest = normInf(v);
  if (largest === 0) return 0;
  let sum = 0;
  for (const x of v) sum += (x / largest) ** 2;
  return largest * Math.sqrt(sum);
}

export function normInf(v: Vector): number {
  let largest = 0;
  for (const x of v) largest = Math.max(largest, Math.abs(x));
  return largest;
}

export function normalize(v: Vector): Vector {
  const length = norm2(v);
  return v.map((x) => x / length);
}
