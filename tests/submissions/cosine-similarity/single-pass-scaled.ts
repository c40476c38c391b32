// expect: pass
// No imports: one loop over copies scaled by each vector's largest entry accumulates a·b, a·a and b·b; then clamps.
type Vector = number[];

export function cosineSimilarity(a: Vector, b: Vector): number {
  if (a.length !== b.length) throw new Error("cosineSimilarity: the two vectors must have the same length");
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < a.length; i++) {
    ma = Math.max(ma, Math.abs(a[i]));
    mb = Math.max(mb, Math.abs(b[i]));
  }
  if (ma === 0 || mb === 0) throw new Error("cosineSimilarity: a zero vector has no direction, so there is no angle");
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] / ma;
    const y = b[i] / mb;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  const c = ab / (Math.sqrt(aa) * Math.sqrt(bb));
  if (c > 1) return 1;
  if (c < -1) return -1;
  return c;
}
