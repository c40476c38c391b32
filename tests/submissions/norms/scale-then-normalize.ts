// expect: pass
// normalize first divides by the largest magnitude, then by the 2-norm of that scaled copy (no huge intermediate).
import type { Vector } from "../helpers";

export function norm1(v: Vector): number {
  let sum = 0;
  for (const x of v) sum += Math.abs(x);
  return sum;
}

export function normInf(v: Vector): number {
  return v.length === 0 ? 0 : Math.max(...v.map(Math.abs));
}

function sumOfSquares(v: Vector): number {
  let s = 0;
  for (const x of v) s += x * x;
  return s;
}

export function norm2(v: Vector): number {
  const m = normInf(v);
  if (m === 0) return 0;
  return m * Math.sqrt(sumOfSquares(v.map((x) => x / m)));
}

export function normalize(v: Vector): Vector {
  const m = normInf(v);
  if (m === 0) throw new Error("normalize needs a non-zero vector");
  const w = v.map((x) => x / m);
  const length = Math.sqrt(sumOfSquares(w));
  return w.map((x) => x / length);
}
