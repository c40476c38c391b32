// expect: pass
// project via the unit vector of v ((u·v̂) v̂, v̂ from a scaled norm); angleBetween via a clamped Math.acos.
import type { Vector } from "../helpers";

function sameLength(a: Vector, b: Vector): void {
  if (a.length !== b.length) throw new Error(`vectors have different lengths (${a.length} and ${b.length})`);
}

function dot(a: Vector, b: Vector): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** v divided by its length; the largest entry is divided out first so squaring cannot overflow. */
function unit(v: Vector, what: string): Vector {
  let m = 0;
  for (const x of v) m = Math.max(m, Math.abs(x));
  if (m === 0) throw new Error(`${what}: the zero vector has no direction`);
  const w = v.map((x) => x / m);
  const len = Math.sqrt(dot(w, w));
  return w.map((x) => x / len);
}

export function project(u: Vector, v: Vector): Vector {
  sameLength(u, v);
  const vHat = unit(v, "project");
  const length = dot(u, vHat);
  return vHat.map((x) => length * x);
}

export function reject(u: Vector, v: Vector): Vector {
  const p = project(u, v);
  return u.map((x, i) => x - p[i]);
}

export function angleBetween(a: Vector, b: Vector): number {
  sameLength(a, b);
  const c = dot(unit(a, "angleBetween"), unit(b, "angleBetween"));
  return Math.acos(Math.min(1, Math.max(-1, c)));
}
