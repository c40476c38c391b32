// expect: pass
// Loop-only version: coefficient (u·v)/(v·v) on scaled copies; angle by the half-angle formula 2·atan2(‖â − b̂‖, ‖â + b̂‖).
type Vector = number[];

function requireSameLength(a: Vector, b: Vector): void {
  if (a.length !== b.length) throw new Error("the vectors must have the same number of entries");
}

function maxAbs(v: Vector): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) if (Math.abs(v[i]) > m) m = Math.abs(v[i]);
  return m;
}

function direction(v: Vector): Vector {
  const m = maxAbs(v);
  if (m === 0) throw new Error("the zero vector has no direction");
  const out: Vector = [];
  let ss = 0;
  for (let i = 0; i < v.length; i++) {
    out.push(v[i] / m);
    ss += out[i] * out[i];
  }
  const len = Math.sqrt(ss);
  for (let i = 0; i < out.length; i++) out[i] /= len;
  return out;
}

export function project(u: Vector, v: Vector): Vector {
  requireSameLength(u, v);
  const m = maxAbs(v);
  if (m === 0) throw new Error("cannot project onto the zero vector: v·v = 0");
  let uv = 0;
  let vv = 0;
  for (let i = 0; i < v.length; i++) {
    const s = v[i] / m;
    uv += u[i] * s;
    vv += s * s;
  }
  const c = uv / vv;
  const out: Vector = [];
  for (let i = 0; i < v.length; i++) out.push(c * (v[i] / m));
  return out;
}

export function reject(u: Vector, v: Vector): Vector {
  const p = project(u, v);
  const out: Vector = [];
  for (let i = 0; i < u.length; i++) out.push(u[i] - p[i]);
  return out;
}

export function angleBetween(a: Vector, b: Vector): number {
  requireSameLength(a, b);
  const x = direction(a);
  const y = direction(b);
  let diff = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    diff += (x[i] - y[i]) ** 2;
    sum += (x[i] + y[i]) ** 2;
  }
  return 2 * Math.atan2(Math.sqrt(diff), Math.sqrt(sum));
}
