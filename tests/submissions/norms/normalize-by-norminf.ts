// expect: fail normalize-not-unit
// normalize divides by normInf (the largest entry becomes ±1) instead of by norm2.
import type { Vector } from "../helpers";

export function norm1(v: Vector): number {
  return v.reduce((s, x) => s + Math.abs(x), 0);
}

export function norm2(v: Vector): number {
  return Math.hypot(...v);
}

export function normInf(v: Vector): number {
  return v.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
}

export function normalize(v: Vector): Vector {
  const size = normInf(v);
  if (size === 0) throw new Error("the zero vector cannot be normalized");
  return v.map((x) => x / size);
}
