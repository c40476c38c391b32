// expect: fail not-normalised
// Orthogonalises correctly (dividing by q·q) but never scales the vectors to length 1.
import type { Vector } from "../helpers";

const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);

export function gramSchmidt(vectors: Vector[]): Vector[] {
  if (vectors.some((v) => v.length !== vectors[0].length)) throw new Error("vectors of different lengths");
  const basis: Vector[] = [];
  for (const v of vectors) {
    let w = v.slice();
    for (const q of basis) {
      const c = dot(q, w) / dot(q, q);
      w = w.map((x, i) => x - c * q[i]);
    }
    if (Math.sqrt(dot(w, w)) <= 1e-12 * Math.sqrt(dot(v, v))) continue;
    basis.push(w);
  }
  return basis;
}
