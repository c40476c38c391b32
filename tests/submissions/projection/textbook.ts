// expect: pass, open: project onto a tiny vector
// Straight from the lesson: (u·v / v·v) v, u minus that, and acos of the clamped cosine.
import type { Vector } from "../helpers";

function dot(a: Vector, b: Vector): number {
  if (a.length !== b.length) throw new Error(`the vectors have different lengths (${a.length} and ${b.length})`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

export function project(u: Vector, v: Vector): Vector {
  const vv = dot(v, v);
  if (v.every((x) => x === 0)) throw new Error("cannot project onto the zero vector: it spans no line");
  const c = dot(u, v) / vv;
  return v.map((x) => c * x);
}

export function reject(u: Vector, v: Vector): Vector {
  const p = project(u, v);
  return u.map((x, i) => x - p[i]);
}

export function angleBetween(a: Vector, b: Vector): number {
  const ab = dot(a, b);
  const na = Math.sqrt(dot(a, a));
  const nb = Math.sqrt(dot(b, b));
  if (na === 0 || nb === 0) throw new Error("a zero vector has no direction, so no angle");
  const c = Math.min(1, Math.max(-1, ab / (na * nb)));
  return Math.acos(c);
}
