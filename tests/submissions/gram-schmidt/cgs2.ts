// expect: pass
// Classical Gram–Schmidt run twice (CGS2, "twice is enough"), with Math.hypot for lengths.
import type { Vector } from "../helpers";

const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);

function removeComponents(v: Vector, basis: Vector[]): Vector {
  // classical: every coefficient from the same vector v
  const cs = basis.map((q) => dot(q, v));
  return v.map((x, i) => x - cs.reduce((s, c, j) => s + c * basis[j][i], 0));
}

export function gramSchmidt(vectors: Vector[]): Vector[] {
  const m = vectors.length ? vectors[0].length : 0;
  for (const v of vectors) if (v.length !== m) throw new Error("all vectors must have the same length");
  const basis: Vector[] = [];
  for (const v of vectors) {
    const w = removeComponents(removeComponents(v, basis), basis);
    const left = Math.hypot(...w);
    if (left > 1e-12 * Math.hypot(...v)) basis.push(w.map((x) => x / left));
  }
  return basis;
}
