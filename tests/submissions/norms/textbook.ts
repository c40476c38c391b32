// expect: pass
// Straight from the lesson: sums and maxima of absolute values, and the 2-norm scaled by the largest entry as the stub asks.
import type { Vector } from "../helpers";

export function norm1(v: Vector): number {
  let sum = 0;
  for (const x of v) sum += Math.abs(x);
  return sum;
}

export function normInf(v: Vector): number {
  let m = 0;
  for (const x of v) m = Math.max(m, Math.abs(x));
  return m;
}

export function norm2(v: Vector): number {
  const m = normInf(v);
  if (m === 0) return 0;
  let sum = 0;
  for (const x of v) sum += (x / m) * (x / m);
  return m * Math.sqrt(sum);
}

export function normalize(v: Vector): Vector {
  const length = norm2(v);
  if (length === 0) throw new Error("cannot normalize the zero vector: it has no direction");
  return v.map((x) => x / length);
}
