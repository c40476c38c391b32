// expect: fail dependent-kept
// Drops a vector only when its remainder is exactly 0: rounding noise of a dependent vector becomes a new "direction".
import type { Vector } from "../helpers";

const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);

export function gramSchmidt(vectors: Vector[]): Vector[] {
  if (vectors.some((v) => v.length !== vectors[0].length)) throw new Error("vectors of different lengths");
  const basis: Vector[] = [];
  for (const v of vectors) {
    let w = v.slice();
    for (const q of basis) {
      const c = dot(q, w);
      w = w.map((x, i) => x - c * q[i]);
    }
    const left = Math.sqrt(dot(w, w));
    if (left === 0) continue;
    basis.push(w.map((x) => x / left));
  }
  return basis;
}
