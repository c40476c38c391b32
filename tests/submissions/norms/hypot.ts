// expect: pass
// norm2 via Math.hypot (which scales internally, so it neither overflows nor underflows); reduce for the others.
import type { Vector } from "../helpers";

export function norm1(v: Vector): number {
  return v.reduce((sum, x) => sum + Math.abs(x), 0);
}

export function norm2(v: Vector): number {
  return Math.hypot(...v);
}

export function normInf(v: Vector): number {
  return v.reduce((largest, x) => Math.max(largest, Math.abs(x)), 0);
}

export function normalize(v: Vector): Vector {
  const length = norm2(v);
  if (length === 0) {
    throw new Error("cannot normalize the zero vector: it has no direction");
  }
  return v.map((x) => x / length);
}
