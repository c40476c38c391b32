// Reference implementation: projection onto a line, the orthogonal rest, and angles.
export type Vector = number[];

function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/** Divides by the largest magnitude so that squaring entries neither overflows nor underflows. */
function scaled(v: Vector): { unit: Vector; size: number } {
  let size = 0;
  for (const x of v) size = Math.max(size, Math.abs(x));
  return { unit: size === 0 ? v.slice() : v.map((x) => x / size), size };
}

function checkPair(name: string, a: Vector, b: Vector): void {
  if (a.length !== b.length) {
    throw new Error(`${name}: vectors have different lengths (${a.length} and ${b.length})`);
  }
}

/** The projection of u onto the line through the origin in the direction of v. */
export function project(u: Vector, v: Vector): Vector {
  checkPair("project", u, v);
  const w = scaled(v);
  const s = scaled(u);
  if (w.size === 0) throw new Error("project: cannot project onto the zero vector (it spans no line)");
  // (u·w / w·w) w, computed on scaled copies and scaled back: the same line, without overflow.
  const c = (dot(s.unit, w.unit) / dot(w.unit, w.unit)) * s.size;
  return w.unit.map((wi) => c * wi);
}

/** The part of u orthogonal to v: u minus its projection onto v. */
export function reject(u: Vector, v: Vector): Vector {
  const p = project(u, v);
  return u.map((ui, i) => ui - p[i]);
}

/** The angle between a and b in radians, in [0, π]. */
export function angleBetween(a: Vector, b: Vector): number {
  checkPair("angleBetween", a, b);
  const sa = scaled(a);
  const sb = scaled(b);
  if (sa.size === 0 || sb.size === 0) throw new Error("angleBetween: a zero vector has no direction");
  const na = Math.sqrt(dot(sa.unit, sa.unit));
  const nb = Math.sqrt(dot(sb.unit, sb.unit));
  const ua = sa.unit.map((x) => x / na);
  const ub = sb.unit.map((x) => x / nb);
  // acos(cos θ) is the textbook route, but rounding can push the cosine of (anti)parallel vectors
  // just past ±1 (acos gives NaN) and acos loses digits near 0 and π. The half-angle form
  // θ = 2·atan2(‖ua − ub‖, ‖ua + ub‖) is accurate everywhere.
  const diff = ua.map((x, i) => x - ub[i]);
  const sum = ua.map((x, i) => x + ub[i]);
  return 2 * Math.atan2(Math.sqrt(dot(diff, diff)), Math.sqrt(dot(sum, sum)));
}
