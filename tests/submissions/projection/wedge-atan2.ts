// expect: pass
// angleBetween = atan2(‖a∧b‖, a·b) with ‖a∧b‖² = Σ_{i<j} (a_i b_j − a_j b_i)² (Lagrange's identity); project by dividing by v·v.
import type { Vector } from "../helpers";

function check(name: string, a: Vector, b: Vector): void {
  if (a.length !== b.length) {
    throw new Error(`${name}: length mismatch, ${a.length} entries vs ${b.length}`);
  }
}

function largest(v: Vector): number {
  return v.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
}

function dot(a: Vector, b: Vector): number {
  return a.reduce((s, x, i) => s + x * b[i], 0);
}

export function project(u: Vector, v: Vector): Vector {
  check("project", u, v);
  const mv = largest(v);
  if (mv === 0) throw new Error("project: v is the zero vector, which spans no line");
  const mu = largest(u);
  if (mu === 0) return v.map(() => 0);
  // Work with u/mu and v/mv (entries at most 1), then scale the coefficient back by mu.
  const us = u.map((x) => x / mu);
  const vs = v.map((x) => x / mv);
  const coefficient = (dot(us, vs) / dot(vs, vs)) * mu;
  return vs.map((x) => coefficient * x);
}

export function reject(u: Vector, v: Vector): Vector {
  const shadow = project(u, v);
  return u.map((x, i) => x - shadow[i]);
}

export function angleBetween(a: Vector, b: Vector): number {
  check("angleBetween", a, b);
  const ma = largest(a);
  const mb = largest(b);
  if (ma === 0 || mb === 0) throw new Error("angleBetween: the zero vector has no direction");
  const x = a.map((t) => t / ma);
  const y = b.map((t) => t / mb);
  let wedge2 = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const w = x[i] * y[j] - x[j] * y[i];
      wedge2 += w * w;
    }
  }
  return Math.atan2(Math.sqrt(wedge2), dot(x, y));
}
