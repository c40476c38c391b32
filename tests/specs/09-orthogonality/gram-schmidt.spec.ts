import { arb, defineSpec, detect, expect, fc, fixed, linalg, random, throws, type Args, type Check, type JudgedCase, type Matrix, type Vector } from "latutor/kit";
import { fixedSample, gramSchmidtLike, illConditionedVectors, isNumberMatrix, orthonormalityError } from "./_orth";

const { dot, norm2 } = linalg;
const fmt = (x: number) => x.toExponential(1);

/**
 * Orthonormal to this: the largest entry of G − I, where G = [qᵢ·qⱼ] is the Gram matrix of the returned
 * vectors (= QᵀQ when they are the columns of Q). The contract's "~1e-8 on moderately ill-conditioned input".
 */
const ORTHONORMAL = 1e-8;

/**
 * Judged by what the basis is, never by its exact vectors: as many vectors as the span has
 * dimensions, orthonormal, and spanning the same subspace as the reference's.
 */
const basisCheck: Check = (got, { args, expected }) => {
  const [vectors] = args as [Vector[]];
  const E = expected as Vector[];
  const m = vectors.length ? vectors[0].length : 0;
  if (!Array.isArray(got)) throw new expect.Mismatch(`the result should be an array of vectors, got ${typeof got}`);
  got.forEach((v, i) => expect.expectVector(v, m, `result[${i}]`));
  const Q = got as Vector[];
  if (Q.length > E.length) {
    throw new expect.Mismatch(
      `you returned ${Q.length} vectors, but the input spans only ${E.length} dimension${E.length === 1 ? "" : "s"}: a vector that depends on the ones before it (a duplicate, a combination, a zero vector) must be dropped, not normalised`,
    );
  }
  if (Q.length < E.length) {
    throw new expect.Mismatch(`you returned ${Q.length} vectors, but the input spans ${E.length} dimensions: an independent vector was dropped`);
  }
  const err = orthonormalityError(Q);
  if (!(err <= ORTHONORMAL)) {
    throw new expect.Mismatch(`the vectors are not orthonormal: the largest entry of G − I, where G = [qᵢ·qⱼ] is the table of dot products of your vectors (their Gram matrix), is ${fmt(err)}, allowed ${fmt(ORTHONORMAL)}`, {
      property: "max |G − I|, G = [qᵢ·qⱼ]",
      measured: err,
      limit: ORTHONORMAL,
    });
  }
  expect.sameSubspace(Q, E, 1e-6, "your basis");
};

// ---------- inputs ----------

const LESSON_3D: Vector[] = [
  [1, 1, 0],
  [1, 0, 1],
  [0, 1, 1],
];
/** The third vector is the sum of the first two, up to the rounding of 0.1 + 0.2 ≠ 0.3. */
const COMBINATION: Vector[] = [
  [0.1, 0.2, 0.3, 0.4],
  [0.5, 0.1, 0.2, 0.7],
  [0.6, 0.3, 0.5, 1.1],
];
const scaled = (c: number, V: Vector[]) => V.map((v) => v.map((x) => c * x));
/** 4 vectors in ℝ⁶ with condition number 1e7 (seed chosen so that classical GS visibly fails). */
const ILL = fixedSample(illConditionedVectors(6, 4, 1e7), 10);

/** Relative remainders of each vector after the earlier ones (two passes): how clear-cut dependence is. */
function remainders(vectors: Vector[]): number[] {
  const basis: Vector[] = [];
  return vectors.map((v) => {
    const len = norm2(v);
    if (len === 0) return 0;
    let w = v.slice();
    for (let pass = 0; pass < 2; pass++)
      for (const q of basis) {
        const c = dot(q, w);
        w = w.map((x, i) => x - c * q[i]);
      }
    const r = norm2(w) / len;
    if (r > 1e-12) basis.push(w.map((x) => x / norm2(w)));
    return r;
  });
}
/** Every vector is either clearly dependent (≤ 1e-14) or clearly new (≥ 1e-6). */
const clearCut = (args: Args) => remainders(args[0] as Vector[]).every((r) => r <= 1e-14 || r >= 1e-6);

const randomSets = fc
  .integer({ min: 1, max: 5 })
  .chain((m) => fc.integer({ min: 1, max: m }).chain((k) => fc.array(arb.vector(m), { minLength: k, maxLength: k })))
  .map((V) => [V] as Args)
  .filter(clearCut);

/** k vectors spanning only r < k dimensions: rows of B·C with B k×r and C r×m (entries with one decimal, so products round). */
const dependentSets = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }))
  .chain(([k, m]) => fc.integer({ min: 1, max: Math.min(k, m) - 1 }).chain((r) => fc.tuple(arb.matrix(k, r, { max: 5, decimals: 1 }), arb.matrix(r, m, { max: 5, decimals: 1 }))))
  .map(([B, C]) => [linalg.matMul(B, C)] as Args)
  .filter(clearCut);

/**
 * Nearly parallel vectors that fill ℝᵐ, then more. The extras are dependent, but after one pass of
 * Gram–Schmidt the kept q's are orthonormal only to about ε·κ, and so the extras leave about ε·κ of
 * their length (here 1e-10 to 1e-9): above the 1e-12 test. A second pass leaves about 1e-16.
 */
const NEARLY_PARALLEL_THEN_MORE: Vector[] = [
  [1, 1, 1],
  [1, 1.000001, 1],
  [1, 1, 1.000001],
  [1, 0, 0],
];
const ILL_FULL_THEN_MORE = fixedSample(
  fc.tuple(illConditionedVectors(6, 6, 1e7), fc.array(arb.vector(6), { minLength: 2, maxLength: 2 })).map(([V, extra]) => [...V, ...extra]),
  10,
);
const overfullSets = fc
  .tuple(fc.integer({ min: 3, max: 5 }), fc.integer({ min: 1, max: 2 }))
  .chain(([m, extra]) => fc.tuple(illConditionedVectors(m, m, 1e6), fc.array(arb.vector(m), { minLength: extra, maxLength: extra })))
  .map(([V, extra]) => [[...V, ...extra]] as Args);

const illSets = fc
  .tuple(fc.integer({ min: 5, max: 7 }), fc.integer({ min: 3, max: 4 }))
  .chain(([m, k]) => illConditionedVectors(m, k, 1e6))
  .map((V) => [V] as Args);

// ---------- diagnoses ----------

const returnedVectors = (c: JudgedCase): Vector[] | undefined =>
  !c.passed && c.outcome === "returned" && c.kind !== "throws" && isNumberMatrix(c.got) && c.args ? (c.got as Vector[]) : undefined;
const expectedCount = (c: JudgedCase) => (c.expected as Vector[]).length;
const isUnit = (v: Vector) => Math.abs(norm2(v) - 1) <= 1e-6;

/** Outside share of v's length relative to the expected (orthonormal) basis. */
function outsideShare(v: Vector, basis: Vector[]): number {
  let w = v.slice();
  for (const q of basis) {
    const c = dot(q, w);
    w = w.map((x, i) => x - c * q[i]);
  }
  return norm2(w) / Math.max(norm2(v), 1e-300);
}

export default defineSpec({
  exercise: "gram-schmidt",
  params: { gramSchmidt: ["vectors"] },
  diagnoses: [
    {
      id: "classical-gram-schmidt",
      message:
        "your vectors lose their orthogonality on an ill-conditioned input (nearly parallel vectors): that is classical Gram–Schmidt, which projects the ORIGINAL v onto each q. Use modified Gram–Schmidt (subtract each projection from the current remainder w, c = q·w), and run the subtraction loop twice per vector",
      section: "modified",
      test: (cases) =>
        cases.some((c) => {
          const Q = returnedVectors(c);
          if (!Q || !c.tags.includes("ill-conditioned") || Q.length !== expectedCount(c)) return false;
          const E = c.expected as Vector[];
          const V = c.args![0] as Vector[];
          return (
            Q.every((v) => v.every(Number.isFinite) && isUnit(v) && outsideShare(v, E) <= 1e-4) &&
            orthonormalityError(Q) > ORTHONORMAL &&
            orthonormalityError(gramSchmidtLike(V, "classical")) > ORTHONORMAL
          );
        }),
    },
    {
      id: "absolute-threshold",
      message:
        "your test for a dependent vector uses a fixed threshold (like ‖w‖ < 1e-10): scale the vectors by 1e-12 and real directions fall below it, scale them by 1e8 and rounding noise rises above it. Compare ‖w‖ with the vector's own length: drop v when ‖w‖ ≤ 1e-12·‖v‖",
      section: "dependent",
      test: (cases) =>
        cases.some((c) => {
          const Q = returnedVectors(c);
          if (!Q) return false;
          return (c.tags.includes("tiny") && Q.length < expectedCount(c)) || (c.tags.includes("huge") && Q.length > expectedCount(c));
        }) && cases.filter((c) => c.tags.includes("dependent") && !c.tags.includes("huge")).every((c) => c.passed),
    },
    {
      id: "zero-vector",
      message: "a zero vector has no direction: dividing it by its length 0 gives NaN. Skip it (its remainder is 0, so the relative test ‖w‖ ≤ 1e-12·‖v‖ with ‖v‖ = 0 drops it)",
      section: "dependent",
      test: (cases) =>
        cases.some(
          (c) =>
            !c.passed &&
            c.tags.includes("zero") &&
            (c.outcome === "threw" || (c.outcome === "returned" && Array.isArray(c.got) && (c.got as unknown[]).some((v) => Array.isArray(v) && v.some((x) => !Number.isFinite(x))))),
        ),
    },
    {
      id: "single-pass",
      message:
        "after nearly parallel vectors that already fill the space, a further vector should leave nothing, yet you kept it as a new direction. One pass of Gram–Schmidt leaves the kept q's orthonormal only to about ε·κ, so such a vector leaves about ε·κ of its length (1e-10 to 1e-9 here), above the 1e-12 test. Orthogonalise twice: run the subtraction loop over the basis a second time on w, then measure ‖w‖",
      section: "modified",
      test: (cases) =>
        cases.some((c) => {
          const Q = returnedVectors(c);
          if (!Q || !c.tags.includes("overfull") || Q.length <= expectedCount(c) || !Q.every((v) => v.every(Number.isFinite) && isUnit(v))) return false;
          return gramSchmidtLike(c.args![0] as Vector[], "modified").length > expectedCount(c);
        }) && cases.filter((c) => c.tags.includes("dependent")).every((c) => c.passed),
    },
    {
      id: "not-normalised",
      message:
        "your basis vectors do not have length 1: keep q = w / ‖w‖, not w itself. The subtraction w − (q·w)·q removes w's part along q only when ‖q‖ = 1, so unscaled q's also leave the later vectors tilted and let dependent vectors through",
      section: "gram-schmidt",
      test: (cases) =>
        cases.some((c) => {
          const Q = returnedVectors(c);
          if (!Q || Q.length === 0 || Q.every(isUnit) || Q.some((v) => !v.every(Number.isFinite) || norm2(v) === 0)) return false;
          // Evidence 1: the first vector kept is the first nonzero input itself, unscaled.
          const first = (c.args![0] as Vector[]).find((v) => norm2(v) > 0);
          if (first && !isUnit(first) && norm2(Q[0].map((x, i) => x - first[i])) <= 1e-12 * norm2(first)) return true;
          // Evidence 2: the right number of mutually orthogonal vectors spanning the right subspace, of the wrong lengths.
          if (Q.length !== expectedCount(c)) return false;
          const units = Q.map((v) => v.map((x) => x / norm2(v)));
          return orthonormalityError(units) <= 1e-8 && units.every((v) => outsideShare(v, c.expected as Vector[]) <= 1e-6);
        }),
    },
    {
      id: "dependent-kept",
      message:
        "a vector that depends on earlier ones leaves a remainder of rounding noise (about 1e-16 of its length), almost never an exact 0, and you normalised that noise into a bogus new direction. Drop v when what is left is tiny next to v itself: ‖w‖ ≤ 1e-12·‖v‖",
      section: "dependent",
      test: (cases) =>
        cases.some((c) => {
          const Q = returnedVectors(c);
          return !!Q && c.tags.includes("dependent") && !c.tags.includes("huge") && Q.length > expectedCount(c) && Q.every((v) => v.every(Number.isFinite));
        }),
    },
    {
      id: "shape-not-checked",
      message: "vectors of different lengths do not live in the same space: throw an Error when they differ",
      section: "gram-schmidt",
      test: detect.returnedInsteadOfThrowing("gramSchmidt"),
    },
  ],
  plots: [
    {
      kind: "sweep",
      title: "loss of orthogonality of your basis: the largest entry of G − I, G = [qᵢ·qⱼ] (the Gram matrix of your vectors), for 4 vectors in ℝ⁶ with condition number κ",
      call: "gramSchmidt",
      inputs: Array.from({ length: 11 }, (_, k) => ({ x: k, args: [fixedSample(illConditionedVectors(6, 4, 10 ** k), 10)] })),
      y: (got) => (isNumberMatrix(got) ? Math.log10(Math.max(orthonormalityError(got), 1e-17)) : NaN),
      xLabel: "log10 κ",
      yLabel: "log10 max |G − I|",
    },
  ],
  complexity: {
    call: "gramSchmidt",
    sizes: [24, 48, 96, 144],
    args: (n) => [Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Math.sin(3 * i + 7 * j + 1) + (i === j ? 2 : 0)))],
    expected: 3,
    hint: "n vectors of length n take about n³ multiply-adds: each vector is projected against up to n earlier ones, n numbers each. Are you recomputing earlier vectors, or copying the whole basis inside the inner loop?",
  },
  checks: { gramSchmidt: basisCheck },
  cases: [
    fixed("two vectors in the plane", "gramSchmidt", [[[3, 4], [2, 1]]], { description: "q₁ = [0.6, 0.8]; the rest of [2, 1] after removing its q₁ part is [0.8, −0.6], already of length 1." }),
    fixed("three vectors in 3-D", "gramSchmidt", [LESSON_3D]),
    fixed("one vector", "gramSchmidt", [[[0, 3, 4]]]),
    fixed("an orthonormal set stays as it is", "gramSchmidt", [[[0, 1, 0], [0, 0, 1], [1, 0, 0]]]),
    fixed("an empty list", "gramSchmidt", [[]], { description: "No vectors span only the zero vector: the basis is []." }),
    fixed("an exact duplicate", "gramSchmidt", [[[1, 2, 2], [1, 2, 2], [2, 0, 1]]], { tags: ["dependent"], description: "The second vector repeats the first: it adds no direction and must be dropped." }),
    fixed("a combination of earlier vectors", "gramSchmidt", [COMBINATION], {
      tags: ["dependent"],
      description: "Vector 3 = vector 1 + vector 2 (up to 0.1 + 0.2 ≠ 0.3): what is left after removing q₁ and q₂ is about 1.4e-16, rounding noise, not an exact 0.",
    }),
    fixed("a zero vector among others", "gramSchmidt", [[[1, 2, 3], [0, 0, 0], [4, 5, 6]]], { tags: ["zero"] }),
    fixed("only zero vectors", "gramSchmidt", [[[0, 0], [0, 0]]], { tags: ["zero"], description: "The span of zero vectors is {0}: the basis is []." }),
    fixed("more vectors than dimensions", "gramSchmidt", [[[1, 0], [1, 1], [2, 3]]], { tags: ["dependent"], description: "Three vectors in the plane span at most 2 dimensions: the third must be dropped." }),
    fixed("nearly parallel vectors filling ℝ³, then one more", "gramSchmidt", [NEARLY_PARALLEL_THEN_MORE], {
      tags: ["overfull"],
      description:
        "Three vectors that differ by 1e-6 span all of ℝ³, so [1, 0, 0] adds nothing. One pass of Gram–Schmidt leaves it about 1e-9 of its length (the kept q's are orthonormal only to about ε·κ), above the 1e-12 test; a second pass leaves about 1e-16 and drops it.",
    }),
    fixed("six nearly parallel vectors in ℝ⁶ (κ = 1e7), then two more", "gramSchmidt", [ILL_FULL_THEN_MORE], {
      tags: ["overfull"],
      description: "The first six vectors fill ℝ⁶; the last two must be dropped. After one pass they leave about ε·κ ≈ 1e-9 of their length; after two, about 1e-16.",
    }),
    fixed("ill-conditioned basis (κ ≈ 1e7)", "gramSchmidt", [ILL], {
      tags: ["ill-conditioned"],
      description:
        "Four nearly dependent vectors in ℝ⁶ (condition number 1e7). Classical Gram–Schmidt loses orthogonality like ε·κ² (here about 7e-6); modified Gram–Schmidt like ε·κ (about 3e-10); the contract asks for 1e-8.",
    }),
    fixed("three vectors in 3-D scaled by 1e-12", "gramSchmidt", [scaled(1e-12, LESSON_3D)], {
      tags: ["tiny"],
      description: "Independent vectors whose lengths are about 1e-12: a fixed threshold like 1e-10 wrongly calls them zero.",
    }),
    fixed("a combination scaled by 1e8", "gramSchmidt", [scaled(1e8, COMBINATION)], {
      tags: ["huge", "dependent"],
      description: "The dependent third vector now leaves rounding noise of about 2e-8: above a fixed threshold like 1e-10, yet only 1.4e-16 of the vector's length.",
    }),
    random("random vectors", "gramSchmidt", randomSets, { runs: 30 }),
    random("random vectors with dependent ones", "gramSchmidt", dependentSets, { runs: 25, tags: ["dependent"] }),
    random("random ill-conditioned bases (κ = 1e6)", "gramSchmidt", illSets, { runs: 10, tags: ["ill-conditioned"] }),
    random("nearly parallel vectors filling ℝᵐ (κ = 1e6), then more", "gramSchmidt", overfullSets, { runs: 10, tags: ["overfull"] }),
    fixed("entries near 1e200", "gramSchmidt", [[[3e200, 4e200], [1e200, 0]]], {
      tier: "challenge",
      section: "pitfalls",
      description: "(3e200)² overflows to Infinity, so Math.sqrt(v·v) does too: scale by the largest |entry| before squaring (or use Math.hypot).",
    }),
    fixed("entries near 1e-200", "gramSchmidt", [[[3e-200, 4e-200], [1e-200, 0]]], {
      tier: "challenge",
      section: "pitfalls",
      description: "(3e-200)² underflows to 0, so v·v is 0 and the vector looks like the zero vector: scale before squaring.",
    }),
    throws("vectors of different lengths", "gramSchmidt", [[[1, 2], [1, 2, 3]]], "a 2-vector and a 3-vector do not live in the same space"),
  ],
});
