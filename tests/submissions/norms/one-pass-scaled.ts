// expect: pass
// norm2 with the one-pass scaled sum of squares (as in LAPACK's dnrm2): rescales whenever a bigger entry appears.
type Vector = number[];

export function norm1(v: Vector): number {
  let total = 0;
  for (let i = 0; i < v.length; i++) total += v[i] < 0 ? -v[i] : v[i];
  return total;
}

export function norm2(v: Vector): number {
  let scale = 0; // the largest |x| seen so far
  let ssq = 1; // the sum of (x / scale)² so far
  for (const x of v) {
    if (x === 0) continue;
    const ax = Math.abs(x);
    if (scale < ax) {
      ssq = 1 + ssq * (scale / ax) * (scale / ax);
      scale = ax;
    } else {
      ssq += (ax / scale) * (ax / scale);
    }
  }
  return scale * Math.sqrt(ssq);
}

export function normInf(v: Vector): number {
  let best = 0;
  for (const x of v) {
    const ax = Math.abs(x);
    if (ax > best) best = ax;
  }
  return best;
}

export function normalize(v: Vector): Vector {
  const n = norm2(v);
  if (n === 0) throw new Error("normalize: the zero vector has length 0 and no direction");
  const out: Vector = [];
  for (const x of v) out.push(x / n);
  return out;
}
