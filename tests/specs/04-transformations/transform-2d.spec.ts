import { arb, defineSpec, detect, expect, fc, fixed, random, throws, type Check } from "latutor/kit";

type M = number[][];
type V = number[];
const EPS = Number.EPSILON;

const isMat = (x: unknown): x is M => Array.isArray(x) && x.length > 0 && x.every((r) => Array.isArray(r) && r.every((v) => typeof v === "number"));
const T = (A: M): M => A[0].map((_, j) => A.map((r) => r[j]));
const mul = (A: M, B: M): M => A.map((row) => B[0].map((_, j) => row.reduce((s, a, k) => s + a * B[k][j], 0)));
const mulVec = (A: M, p: V): V => A.map((row) => row.reduce((s, a, k) => s + a * p[k], 0));
const abs = (A: M): M => A.map((r) => r.map(Math.abs));
const maxAbs = (A: M): number => Math.max(0, ...A.map((r) => Math.max(0, ...r.map(Math.abs))));
const product = (ms: M[]): M => ms.slice(1).reduce((P, X) => mul(P, X), ms[0]);
const rot = (t: number): M => [
  [Math.cos(t), -Math.sin(t)],
  [Math.sin(t), Math.cos(t)],
];

/** A matrix built from the arguments: only rounding in cos and sin (1e-14 leaves room for sin(θ + π/2) and the like). */
const exactMatrix: Check = (got, { expected }) => {
  expect.closeMatrix(got, expected as M, { rel: 1e-14, abs: 1e-14 });
};

/**
 * The allowed error: the rounding bound, but never below 1e-12 (a bound computed from zero entries
 * is 0, and "allowed 0" or "allowed 1e-300" in a failure message reads like a bug in the grader).
 */
const allowed = (bound: number): number => Math.max(bound, 1e-12);

/** A product of k matrices: each entry may carry rounding of about k·n·ε times the product of the absolute values. */
const composeCheck: Check = (got, { args, expected }) => {
  const ms = args as M[];
  const n = ms[0].length;
  expect.closeMatrix(got, expected as M, { rel: 0, abs: allowed(8 * ms.length * n * EPS * maxAbs(product(ms.map(abs)))) });
};

const pointsCheck: Check = (got, { args, expected }) => {
  const [A, points] = args as [M, V[]];
  const e = expected as V[];
  expect.expectMatrix(got, e.length, A.length, "the result");
  (got as V[]).forEach((q, i) => {
    const bound = Math.max(0, ...mulVec(abs(A), points[i].map(Math.abs)));
    expect.closeVector(q, e[i], { rel: 0, abs: allowed(8 * (A[0].length + 1) * EPS * bound) }, `the result[${i}]`);
  });
};

/** After the division by w, the rounding in X, Y and w is amplified by 1/|w|. */
const homogeneousCheck: Check = (got, { args, expected }) => {
  const [A, points] = args as [M, V[]];
  const e = expected as V[];
  expect.expectMatrix(got, e.length, 2, "the result");
  (got as V[]).forEach((q, i) => {
    const ph = [points[i][0], points[i][1], 1];
    const [X, Y, w] = mulVec(A, ph);
    const [bx, by, bw] = mulVec(abs(A), ph.map(Math.abs));
    const big = Math.max(bx + (Math.abs(X / w) * bw), by + Math.abs(Y / w) * bw);
    expect.closeVector(q, e[i], { rel: 0, abs: allowed((32 * EPS * big) / Math.abs(w)) }, `the result[${i}]`);
  });
};

const entries = { max: 5, decimals: 2 };
const angle = fc.integer({ min: -7000, max: 7000 }).map((k) => k / 1000);
const num = arb.entry(entries);
const squares = arb.sized(1, 4, (n) => fc.array(arb.square(n, entries), { minLength: 1, maxLength: 4 }));
const pointsFor = (n: number) => fc.array(arb.vector(n, { max: 10, decimals: 2 }), { minLength: 0, maxLength: 5 });
const matAndPoints = arb.sized(1, 4, (n) => fc.tuple(arb.square(n, entries), pointsFor(n)));
const affine = fc.tuple(arb.matrix(2, 3, entries), pointsFor(2)).map(([top, pts]) => [[...top, [0, 0, 1]], pts]);
/** A projective 3×3 matrix and points whose w stays at least 0.25 away from 0. */
const projective = fc
  .tuple(arb.matrix(2, 3, entries), arb.vector(2, { max: 1, decimals: 2 }), fc.integer({ min: 1, max: 4 }), pointsFor(2))
  .map(([top, g, c, pts]) => [[...top, [g[0], g[1], c]], pts] as [M, V[]])
  .filter(([A, pts]) => pts.every((p) => Math.abs(A[2][0] * p[0] + A[2][1] * p[1] + A[2][2]) >= 0.25));

const hasNonFinite = (x: unknown): boolean => (Array.isArray(x) ? x.some(hasNonFinite) : typeof x === "number" && !Number.isFinite(x));

/** compose's answer is the product in the other order. */
const reversedProduct = (got: unknown, expected: unknown, args: unknown[]) => {
  const ms = args as M[];
  if (ms.length < 2 || !ms.every(isMat)) return false;
  const rev = product(ms.slice().reverse());
  return !detect.near(rev, expected) && detect.near(got, rev);
};

/** The homogeneous result without the division by w: [X, Y] or [X, Y, w]. */
const undivided = (got: unknown, expected: unknown, args: unknown[]) => {
  const [A, points] = args as [M, V[]];
  if (!Array.isArray(got) || got.length !== points.length || got.length === 0) return false;
  const raw = points.map((p) => mulVec(A, [p[0], p[1], 1]));
  if (raw.every((r) => r[2] === 1)) return false;
  return detect.near(got, raw) || detect.near(got, raw.map((r) => r.slice(0, 2)));
};

/** Points multiplied as rows, p·M (that is Mᵀ·p), instead of M·p. */
const rowVectors = (got: unknown, expected: unknown, args: unknown[], homogeneous: boolean) => {
  const [A, points] = args as [M, V[]];
  if (!isMat(A) || !Array.isArray(got) || got.length !== points.length || points.length === 0) return false;
  const At = T(A);
  const alt = points.map((p) => {
    if (!homogeneous) return mulVec(At, p);
    const [X, Y, w] = mulVec(At, [p[0], p[1], 1]);
    return [X / w, Y / w];
  });
  return !detect.near(alt, expected) && detect.near(got, alt);
};

export default defineSpec({
  exercise: "transform-2d",
  params: {
    rotation: ["theta"],
    scaling: ["sx", "sy"],
    shear: ["kx", "ky"],
    compose: ["A", "B", "C", "D"],
    applyToPoints: ["M", "points"],
    translation: ["tx", "ty"],
    applyHomogeneous: ["M", "points"],
  },
  diagnoses: [
    {
      id: "clockwise",
      message: "rotation(θ) must turn counter-clockwise, sending [1, 0] to [cos θ, sin θ]: the matrix is [[cos θ, −sin θ], [sin θ, cos θ]] (the minus sign in the top row); yours turns clockwise",
      section: "rotation",
      test: detect.whenResult("rotation", (got, _e, [t]) => Math.abs(Math.sin(t as number)) > 1e-6 && detect.near(got, rot(-(t as number)))),
    },
    {
      id: "degrees",
      message: "rotation takes its angle in radians (Math.cos and Math.sin do too): do not convert θ from degrees",
      section: "rotation",
      test: detect.whenResult("rotation", (got, _e, [t]) => detect.near(got, rot(((t as number) * Math.PI) / 180))),
    },
    {
      id: "compose-reversed",
      message: "compose(A, B) is A·B, so that B acts first (A·B·p = A·(B·p)); yours multiplies in the opposite order, B·A",
      section: "composition",
      test: detect.whenResult("compose", reversedProduct),
    },
    {
      id: "no-divide-by-w",
      message: "after M·[x, y, 1] = [X, Y, w], divide by w: the 2-D point is [X / w, Y / w] (w is 1 for rotations and translations, but not for every 3×3 matrix)",
      section: "homogeneous",
      test: detect.whenResult("applyHomogeneous", undivided),
    },
    {
      id: "row-vectors",
      message: "points are column vectors multiplied on the right, M·p (row i of M dotted with p); yours computes p·M, which is Mᵀ·p",
      section: "apply",
      test: detect.any(
        detect.whenResult("applyToPoints", (g, e, a) => rowVectors(g, e, a, false)),
        detect.whenResult("applyHomogeneous", (g, e, a) => rowVectors(g, e, a, true)),
      ),
    },
    {
      id: "translation-in-bottom-row",
      message: "for M·p with column vectors, tx and ty go in the last COLUMN: [[1, 0, tx], [0, 1, ty], [0, 0, 1]]; the bottom row stays [0, 0, 1]",
      section: "homogeneous",
      test: detect.whenResult("translation", detect.transposed),
    },
    {
      id: "shear-swapped",
      message: "shear(kx, ky) is [[1, kx], [ky, 1]]: kx sits in the top row (x moves by kx·y), ky in the bottom row",
      section: "shear",
      test: detect.whenResult("shear", detect.transposed),
    },
    {
      id: "w-zero-not-refused",
      message: "a point whose w is 0 lies at infinity: there is no [X / w, Y / w] to return, so throw an Error instead of dividing by 0",
      section: "homogeneous",
      // Evidence: a w = 0 case came back with what dividing by 0 gives (Infinity, NaN), or nothing else about applyHomogeneous is wrong.
      test: (cases) =>
        detect.returnedInsteadOfThrowing("applyHomogeneous", "w-zero")(cases) &&
        (cases.some((c) => c.tags.includes("w-zero") && c.outcome === "returned" && hasNonFinite(c.got)) ||
          cases.every((c) => c.call !== "applyHomogeneous" || c.passed || c.tags.includes("w-zero"))),
    },
    {
      id: "compose-input-not-checked",
      message: "compose needs at least one matrix, all square and of one size: throw an Error otherwise",
      section: "composition",
      test: detect.returnedInsteadOfThrowing("compose"),
    },
  ],
  // No plots: the report draws every plot on every run, and a rotation sweep says nothing about
  // compose or applyHomogeneous; the clockwise and degrees diagnoses name those mistakes in words.
  checks: {
    rotation: exactMatrix,
    scaling: exactMatrix,
    shear: exactMatrix,
    translation: exactMatrix,
    compose: composeCheck,
    applyToPoints: pointsCheck,
    applyHomogeneous: homogeneousCheck,
  },
  cases: [
    fixed("rotation by a quarter turn", "rotation", [Math.PI / 2], { description: "Counter-clockwise: [1, 0] goes to [0, 1], so the first column is [0, 1]." }),
    fixed("rotation by 30°", "rotation", [Math.PI / 6]),
    fixed("rotation by −45°", "rotation", [-Math.PI / 4], { description: "A negative angle turns clockwise." }),
    fixed("rotation by a half turn", "rotation", [Math.PI]),
    random("rotation by random angles", "rotation", angle.map((t) => [t]), { runs: 30 }),
    fixed("scaling by 2 and 3", "scaling", [2, 3]),
    fixed("reflection in the x-axis as a scaling", "scaling", [1, -1]),
    random("scaling by random factors", "scaling", fc.tuple(num, num)),
    fixed("horizontal shear", "shear", [1.5, 0], { description: "x moves by 1.5·y: the top row is [1, 1.5]." }),
    fixed("vertical shear", "shear", [0, 2], { description: "y moves by 2·x: the bottom row is [2, 1]." }),
    fixed("shear in both directions", "shear", [0.5, -0.25]),
    random("shear by random factors", "shear", fc.tuple(num, num)),
    fixed("compose: shear after a reflection", "compose", [[[1, 1], [0, 1]], [[1, 0], [0, -1]]], {
      description: "compose(A, B) = A·B: B (the reflection) acts first. Shear and reflection do not commute, so the order shows.",
    }),
    fixed("compose: scale after a quarter turn", "compose", [scaling2(2, 1), rot(Math.PI / 2)]),
    fixed("compose: one matrix", "compose", [[[1, 2], [3, 4]]], { description: "The product of one matrix is (a copy of) that matrix." }),
    fixed("compose: three matrices", "compose", [[[1, 1], [0, 1]], [[0, -1], [1, 0]], [[2, 0], [0, 1]]], { description: "compose(A, B, C) = A·B·C: C acts first, then B, then A." }),
    fixed("compose: rotate about a centre (3×3)", "compose", [
      [[1, 0, 2], [0, 1, 3], [0, 0, 1]],
      [[0, -1, 0], [1, 0, 0], [0, 0, 1]],
      [[1, 0, -2], [0, 1, -3], [0, 0, 1]],
    ]),
    random("compose random square matrices", "compose", squares.map((ms) => ms as unknown[]), { runs: 30 }),
    throws("compose with no matrix", "compose", [], "there is no matrix to multiply (compose needs at least one)"),
    throws("compose 2×2 with 3×3", "compose", [[[1, 0], [0, 1]], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]], "a 2×2 and a 3×3 matrix cannot be multiplied"),
    throws("compose a non-square matrix", "compose", [[[1, 2, 3], [4, 5, 6]]], "compose works on square matrices (transformations of one space)"),
    fixed("apply a scaling to the unit square", "applyToPoints", [[[2, 0], [0, 3]], [[0, 0], [1, 0], [1, 1], [0, 1]]]),
    fixed("apply a quarter turn", "applyToPoints", [[[0, -1], [1, 0]], [[1, 0], [2, 1]]], { description: "Counter-clockwise: [1, 0] goes to [0, 1], [2, 1] to [−1, 2]." }),
    fixed("apply a shear", "applyToPoints", [[[1, 2], [0, 1]], [[1, 1], [3, -1]]], { description: "M·p: each result entry is a row of M dotted with p." }),
    fixed("apply to no points", "applyToPoints", [[[1, 2], [3, 4]], []]),
    fixed("apply a 3×3 matrix to 3-D points", "applyToPoints", [[[1, 0, 0], [0, 0, -1], [0, 1, 0]], [[1, 2, 3]]]),
    fixed("apply a 2×3 projection", "applyToPoints", [[[1, 0, 0], [0, 1, 0]], [[1, 2, 3], [4, 5, 6]]], { description: "M may be rectangular: a 2×3 matrix takes 3-D points to 2-D ones." }),
    random("apply random matrices to random points", "applyToPoints", matAndPoints, { runs: 30 }),
    throws("apply to a point of the wrong length", "applyToPoints", [[[1, 0], [0, 1]], [[1, 2, 3]]], "M has 2 columns but the point has 3 entries"),
    fixed("translation by (5, −2)", "translation", [5, -2]),
    random("translation by random offsets", "translation", fc.tuple(num, num)),
    fixed("translate two points", "applyHomogeneous", [[[1, 0, 5], [0, 1, -2], [0, 0, 1]], [[1, 1], [0, 0]]]),
    fixed("divide by w = 2", "applyHomogeneous", [[[1, 0, 0], [0, 1, 0], [0, 0, 2]], [[4, 6]]], {
      description: "M·[4, 6, 1] = [4, 6, 2]: the 2-D point is [4 / 2, 6 / 2] = [2, 3].",
    }),
    fixed("a perspective matrix", "applyHomogeneous", [[[1, 0, 0], [0, 1, 0], [0.5, 0, 1]], [[2, 2], [4, -2]]], { description: "w = 0.5·x + 1 differs from point to point: 2 and 3 here." }),
    fixed("rotate about the point (2, 3)", "applyHomogeneous", [[[0, -1, 5], [1, 0, 1], [0, 0, 1]], [[2, 3], [3, 3]]], { description: "translate(2, 3) · rotate(90°) · translate(−2, −3): the centre stays put." }),
    fixed("homogeneous: no points", "applyHomogeneous", [[[1, 0, 5], [0, 1, -2], [0, 0, 1]], []]),
    random("random affine matrices (w = 1)", "applyHomogeneous", affine.map((a) => a as unknown[]), { runs: 25 }),
    random("random projective matrices", "applyHomogeneous", projective.map((a) => a as unknown[]), { runs: 25 }),
    throws("a point at infinity (w = 0)", "applyHomogeneous", [[[1, 0, 0], [0, 1, 0], [1, 0, 0]], [[0, 5]]], "M·[0, 5, 1] = [0, 5, 0] has w = 0 (a point at infinity)", { tags: ["w-zero"] }),
    throws("w = 0 for the second point", "applyHomogeneous", [[[1, 0, 0], [0, 1, 0], [1, 1, 1]], [[1, 1], [-2, 1]]], "the second point has w = −2 + 1 + 1 = 0", { tags: ["w-zero"] }),
    throws("homogeneous with a 2×2 matrix", "applyHomogeneous", [[[1, 0], [0, 1]], [[1, 2]]], "homogeneous 2-D points need a 3×3 matrix"),
    throws("homogeneous with a 3-D point", "applyHomogeneous", [[[1, 0, 0], [0, 1, 0], [0, 0, 1]], [[1, 2, 3]]], "the points must be 2-D, [x, y]"),
  ],
});

function scaling2(sx: number, sy: number): M {
  return [
    [sx, 0],
    [0, sy],
  ];
}
