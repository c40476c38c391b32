// expect: fail single-pass
// Modified Gram–Schmidt, ONE pass: orthonormal to ~ε·κ, but after nearly parallel vectors that fill the space, an extra vector leaves ~ε·κ, above 1e-12, and is kept.
import type { Vector } from "../helpers";

const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);
const norm = (v: Vector) => Math.sqrt(dot(v, v));

export function gramSchmidt(vectors: Vector[]): Vector[] {
  if (vectors.some((v) => v.length !== vectors[0].length)) throw new Error("vectors of different lengths");
  const basis: Vector[] = [];
  for (const v of vectors) {
    let w = v.slice();
    for (const q of basis) {
      const c = dot(q, w);
      w = w.map((x, i) => x - c * q[i]);
    }
    const left = norm(w);
    if (left <= 1e-12 * norm(v)) continue;
    basis.push(w.map((x) => x / left));
  }
  return basis;
}
