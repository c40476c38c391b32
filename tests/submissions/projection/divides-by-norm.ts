// expect: fail divides-by-norm
// project uses the coefficient u·v / ‖v‖ instead of u·v / (v·v), so the shadow scales with v's length.
import type { Vector } from "../helpers";

function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

function sameLength(name: string, a: Vector, b: Vector): void {
  if (a.length !== b.length) {
    throw new Error(`${name}: vectors have different lengths (${a.length} and ${b.length})`);
  }
}

export function project(u: Vector, v: Vector): Vector {
  sameLength("project", u, v);
  const vv = dot(v, v);
  if (vv === 0) throw new Error("project: cannot project onto the zero vector");
  const coefficient = dot(u, v) / Math.sqrt(vv);
  return v.map((vi) => coefficient * vi);
}

export function reject(u: Vector, v: Vector): Vector {
  const p = project(u, v);
  return u.map((ui, i) => ui - p[i]);
}

export function angleBetween(a: Vector, b: Vector): number {
  sameLength("angleBetween", a, b);
  const lengthA = Math.sqrt(dot(a, a));
  const lengthB = Math.sqrt(dot(b, b));
  if (lengthA === 0 || lengthB === 0) throw new Error("angleBetween: a zero vector has no direction");
  const cos = Math.max(-1, Math.min(1, dot(a, b) / (lengthA * lengthB)));
  return Math.acos(cos);
}
