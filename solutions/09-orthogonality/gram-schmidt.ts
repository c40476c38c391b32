// Reference implementation: an orthonormal basis of the span of some vectors, by modified
// Gram–Schmidt with a second pass ("twice is enough"), dropping vectors that add no new direction.
export type Vector = number[];

/**
 * A vector counts as dependent on the earlier ones when what is left of it, after removing their
 * directions, is at most this fraction of its own length. Relative, so that scaling every vector
 * by 1e-12 or 1e8 changes nothing; far above the rounding leftovers of a truly dependent vector
 * (about 1e-16 of its length), far below what a genuinely new direction keeps.
 */
const DEPENDENT = 1e-12;

function dot(a: Vector, b: Vector): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** The 2-norm, scaled by the largest entry first so that squaring 1e200 cannot overflow. */
function norm(v: Vector): number {
  let big = 0;
  for (const x of v) big = Math.max(big, Math.abs(x));
  if (big === 0) return 0;
  let s = 0;
  for (const x of v) s += (x / big) ** 2;
  return big * Math.sqrt(s);
}

export function gramSchmidt(vectors: Vector[]): Vector[] {
  if (vectors.length === 0) return [];
  const m = vectors[0].length;
  vectors.forEach((v, i) => {
    if (v.length !== m) throw new Error(`gramSchmidt: vector ${i} has ${v.length} entries, vector 0 has ${m}; all vectors must have the same length`);
  });

  const basis: Vector[] = [];
  for (const v of vectors) {
    const length = norm(v);
    if (length === 0) continue; // the zero vector has no direction to add

    // Modified Gram–Schmidt: subtract each direction from the CURRENT remainder w, one at a time.
    // The second pass removes what rounding left behind in the first (it changes w by about
    // ε·κ, but that is exactly the part that would otherwise spoil the orthogonality).
    let w = v.slice();
    for (let pass = 0; pass < 2; pass++) {
      for (const q of basis) {
        const c = dot(q, w);
        w = w.map((x, i) => x - c * q[i]);
      }
    }

    const left = norm(w);
    if (left <= DEPENDENT * length) continue; // only rounding noise is left: v depends on the others
    basis.push(w.map((x) => x / left));
  }
  return basis;
}
