// expect: pass
// Householder, one vector at a time: reflect each v with the mirrors so far; its tail beyond the kept count is the new part.
import type { Vector } from "../helpers";

const norm = (v: Vector) => {
  const big = Math.max(0, ...v.map(Math.abs));
  return big === 0 ? 0 : big * Math.sqrt(v.reduce((s, x) => s + (x / big) ** 2, 0));
};

/** Applies the mirror I − 2uuᵀ, where u acts on entries k… of x. */
function reflect(x: Vector, u: Vector, k: number): Vector {
  let s = 0;
  for (let i = k; i < x.length; i++) s += u[i - k] * x[i];
  return x.map((t, i) => (i < k ? t : t - 2 * u[i - k] * s));
}

export function gramSchmidt(vectors: Vector[]): Vector[] {
  if (vectors.length === 0) return [];
  const m = vectors[0].length;
  if (vectors.some((v) => v.length !== m)) throw new Error("vectors of different lengths");
  const mirrors: Vector[] = [];
  const basis: Vector[] = [];
  for (const v of vectors) {
    const k = mirrors.length;
    if (k === m) break; // m directions already fill ℝᵐ
    let x = v.slice();
    mirrors.forEach((u, j) => (x = reflect(x, u, j)));
    const tail = x.slice(k);
    const rest = norm(tail);
    if (rest <= 1e-12 * norm(v)) continue;
    const alpha = tail[0] >= 0 ? -rest : rest;
    const u = tail.slice();
    u[0] -= alpha;
    const un = norm(u);
    mirrors.push(u.map((t) => t / un));
    // the new direction: H₀·H₁·…·H_k applied to e_k
    let q: Vector = Array.from({ length: m }, (_, i) => (i === k ? 1 : 0));
    for (let j = mirrors.length - 1; j >= 0; j--) q = reflect(q, mirrors[j], j);
    basis.push(q);
  }
  return basis;
}
