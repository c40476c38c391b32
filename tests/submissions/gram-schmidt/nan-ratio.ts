// expect: fail zero-vector
// Tests ‖w‖/‖v‖ < 1e-12: for the zero vector that is 0/0 = NaN, the test is false, and a NaN vector is kept.
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
    if (left / Math.sqrt(dot(v, v)) < 1e-12) continue;
    basis.push(w.map((x) => x / left));
  }
  return basis;
}
