// expect: fail classical-gram-schmidt
// Classical Gram–Schmidt: every coefficient from the ORIGINAL v, so nearly parallel input loses orthogonality.
import type { Vector } from "../helpers";

const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);

export function gramSchmidt(vectors: Vector[]): Vector[] {
  if (vectors.some((v) => v.length !== vectors[0].length)) throw new Error("vectors of different lengths");
  const basis: Vector[] = [];
  for (const v of vectors) {
    let w = v.slice();
    for (const q of basis) {
      const c = dot(q, v);
      w = w.map((x, i) => x - c * q[i]);
    }
    const left = Math.sqrt(dot(w, w));
    if (left <= 1e-12 * Math.sqrt(dot(v, v))) continue;
    basis.push(w.map((x) => x / left));
  }
  return basis;
}
