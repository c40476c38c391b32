import { arb, defineSpec, expect, fc, fixed, random, throws, type Args, type Check, type JudgedCase } from "latutor/kit";

type M = number[][];

// ---- the grader's own view of each property (never the learner's) ----

const DEFAULT_TOL = 1e-10;
const rowsOf = (A: M) => A.length;
const colsOf = (A: M) => (A.length === 0 ? 0 : A[0].length);
const square = (A: M) => A.every((r) => r.length === A.length);
const maxOf = (xs: number[]) => xs.reduce((m, x) => Math.max(m, x), 0);

/** The largest |aᵢⱼ| over the positions where keep(i, j) holds. */
const largest = (A: M, keep: (i: number, j: number) => boolean) => maxOf(A.flatMap((row, i) => row.map((x, j) => (keep(i, j) ? Math.abs(x) : 0))));
const asymmetry = (A: M) => maxOf(A.flatMap((row, i) => row.map((x, j) => Math.abs(x - A[j][i]))));
const below = (A: M) => largest(A, (i, j) => i > j);
const above = (A: M) => largest(A, (i, j) => i < j);
const offDiagonal = (A: M) => largest(A, (i, j) => i !== j);
const gram = (A: M): M => {
  const n = colsOf(A);
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => A.reduce((s, row) => s + row[i] * row[j], 0)));
};
/** max |(AᵀA − I)ᵢⱼ| */
const orthDefect = (A: M) => maxOf(gram(A).flatMap((row, i) => row.map((x, j) => Math.abs(x - (i === j ? 1 : 0)))));

const PREDICATES = ["isSquare", "isSymmetric", "isUpperTriangular", "isLowerTriangular", "isDiagonal", "isOrthogonal"];

/** What the predicate `call` answers for A at tolerance tol (used to recognise mistakes). */
function answer(call: string, A: M, tol: number): boolean {
  switch (call) {
    case "isSquare":
      return square(A);
    case "isSymmetric":
      return square(A) && asymmetry(A) <= tol;
    case "isUpperTriangular":
      return below(A) <= tol;
    case "isLowerTriangular":
      return above(A) <= tol;
    case "isDiagonal":
      return offDiagonal(A) <= tol;
    case "isOrthogonal":
      return square(A) && orthDefect(A) <= tol;
  }
  throw new Error(`no predicate ${call}`);
}

const show = (x: number) => (x === 0 ? "0" : x.toPrecision(3));

/** Why the right answer is what it is, in one clause. */
function why(call: string, A: M, tol: number): string {
  const shape = `A is ${rowsOf(A)}×${colsOf(A)}`;
  switch (call) {
    case "isSquare":
      return `${shape}${square(A) ? "" : " (a square matrix has as many columns as rows)"}`;
    case "isSymmetric":
      if (!square(A)) return `${shape}; a non-square matrix cannot equal its transpose (${colsOf(A)}×${rowsOf(A)})`;
      return `the largest |aᵢⱼ − aⱼᵢ| is ${show(asymmetry(A))} and tol is ${show(tol)}`;
    case "isUpperTriangular":
      return `the largest |aᵢⱼ| below the diagonal (i > j) is ${show(below(A))} and tol is ${show(tol)}`;
    case "isLowerTriangular":
      return `the largest |aᵢⱼ| above the diagonal (i < j) is ${show(above(A))} and tol is ${show(tol)}`;
    case "isDiagonal":
      return `the largest |aᵢⱼ| off the diagonal (i ≠ j) is ${show(offDiagonal(A))} and tol is ${show(tol)}`;
    case "isOrthogonal":
      if (!square(A)) return `${shape}; only a square matrix is orthogonal (orthonormal columns alone are not enough)`;
      return `the largest entry of |QᵀQ − I| is ${show(orthDefect(A))} and tol is ${show(tol)}`;
  }
  return "";
}

const tolOf = (args: Args) => (typeof args[1] === "number" ? (args[1] as number) : DEFAULT_TOL);

const verdict: Check = (got, { args, expected, call }) => {
  if (typeof got !== "boolean") throw new expect.Mismatch(`${call} returned ${expect.formatValue(got)}, expected true or false`, { got, expected });
  if (got !== expected) {
    throw new expect.Mismatch(`returned ${got}, expected ${expected}: ${why(call, args[0] as M, tolOf(args))}`, { got, expected });
  }
};

const identityCheck: Check = (got, { expected }) => {
  const I = expected as M;
  expect.closeMatrix(got, I, { rel: 0, abs: 0 }, "identity(n)");
};

const traceCheck: Check = (got, { args, expected }) => {
  const A = args[0] as M;
  const size = A.reduce((s, row, i) => s + Math.abs(row[i]), 0);
  expect.closeScalar(got, expected as number, { rel: 0, abs: expect.tolerance({ n: A.length }) * size });
};

// ---- matrices for the fixed cases ----

const matMul = (A: M, B: M): M => A.map((row) => B[0].map((_, j) => row.reduce((s, x, k) => s + x * B[k][j], 0)));
const transpose = (A: M): M => (A.length === 0 ? [] : A[0].map((_, j) => A.map((r) => r[j])));
const rotation = (t: number): M => [
  [Math.cos(t), -Math.sin(t)],
  [Math.sin(t), Math.cos(t)],
];
/** A copy of A with `delta` added to entry [i][j]. */
const nudge = (A: M, i: number, j: number, delta: number): M => A.map((row, r) => row.map((x, c) => (r === i && c === j ? x + delta : x)));

const S3: M = [
  [2, 1, 0.5],
  [1, 3, -1],
  [0.5, -1, 4],
];
const U3: M = [
  [1, 2, 3],
  [0, 4, 5],
  [0, 0, 6],
];
const L3: M = transpose(U3);
const D3: M = [
  [4, 0, 0],
  [0, -1, 0],
  [0, 0, 2],
];
const R06 = rotation(0.6);

const D123: M = [
  [1, 0, 0],
  [0, 2, 0],
  [0, 0, 3],
];
/** The first of the kit's random orthogonal n×n matrices (seeds 1, 2, …) for which `inexact` holds. */
function firstOrthogonal(n: number, inexact: (Q: M) => boolean): M {
  for (let seed = 1; seed < 100; seed++) {
    const [Q] = arb.sample(arb.orthogonal(n), seed);
    if (inexact(Q)) return Q;
  }
  throw new Error(`matrix-types spec: no ${n}×${n} orthogonal sample is inexact`);
}
/** A random orthogonal 4×4 whose QᵀQ is I only up to rounding (exact comparison would reject it). */
const Q4 = firstOrthogonal(4, (Q) => offDiagonal(matMul(transpose(Q), Q)) > 0 && orthDefect(Q) > 0);
const Q4tQ4 = matMul(transpose(Q4), Q4);
/** Q·diag(1, 2, 3)·Qᵀ: symmetric on paper, but (qᵢₖdₖ)qⱼₖ and (qⱼₖdₖ)qᵢₖ round differently. */
const qdqt = (Q: M) => matMul(matMul(Q, D123), transpose(Q));
const QDQt = qdqt(firstOrthogonal(3, (Q) => asymmetry(qdqt(Q)) > 0));
/** Householder reflection I − 2vvᵀ/(vᵀv) for v = [1, 2, 2]: it mirrors space in the plane ⟂ v. */
const H3: M = [1, 2, 2].map((vi, i, v) => v.map((vj, j) => (i === j ? 1 : 0) - (2 * vi * vj) / 9));

// These cases only teach something if exact comparison really fails on them.
for (const [name, ok] of [
  ["Q·D·Qᵀ", asymmetry(QDQt) > 0],
  ["QᵀQ", offDiagonal(Q4tQ4) > 0 && orthDefect(Q4) > 0],
  ["rotation(0.1)", orthDefect(rotation(0.1)) > 0],
] as const) {
  if (!ok) throw new Error(`matrix-types spec: ${name} came out exact; pick another seed`);
}

// ---- random inputs ----

const entries = { max: 5, decimals: 2 };
/** A magnitude in [0.01, 1] with either sign: clearly not zero, clearly not within tol. */
const offset = fc.tuple(fc.integer({ min: 1, max: 100 }), fc.boolean()).map(([k, neg]) => (neg ? -k : k) / 100);
const shapes = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }));
const symmetric = (n: number) => arb.square(n, entries).map((B) => B.map((row, i) => row.map((x, j) => (i <= j ? x : B[j][i]))));
/** Positions (i, j) with i < j in an n×n matrix. */
const pairAbove = (n: number) => fc.integer({ min: 0, max: n - 2 }).chain((i) => fc.tuple(fc.constant(i), fc.integer({ min: i + 1, max: n - 1 })));
const upper = (m: number, n: number) => arb.matrix(m, n, entries).map((A) => A.map((row, i) => row.map((x, j) => (i > j ? 0 : x))));
const lower = (m: number, n: number) => upper(n, m).map(transpose);
const diagonal = (m: number, n: number) => arb.matrix(m, n, entries).map((A) => A.map((row, i) => row.map((x, j) => (i === j ? x : 0))));
/** Signed permutation matrices: orthogonal, with exact entries. */
const signedPermutation = (n: number) =>
  fc
    .tuple(fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), fc.array(fc.boolean(), { minLength: n, maxLength: n }))
    .map(([perm, neg]) => perm.map((p, i) => Array.from({ length: n }, (_, j) => (j === p ? (neg[i] ? -1 : 1) : 0))));

/** Below-diagonal position (i > j) of an m×n matrix with m ≥ 2. */
const belowPosition = (m: number, n: number) => fc.integer({ min: 1, max: m - 1 }).chain((i) => fc.tuple(fc.constant(i), fc.integer({ min: 0, max: Math.min(i, n) - 1 })));

/** An off-diagonal position (i ≠ j) of an m×n matrix that has one. */
const offPosition = (m: number, n: number) =>
  fc.tuple(fc.integer({ min: 0, max: m - 1 }), fc.integer({ min: 0, max: n - 1 })).map(([i, j]): [number, number] => (i !== j ? [i, j] : n > 1 ? [i, (j + 1) % n] : [(i + 1) % m, j]));

// ---- diagnoses: what the evidence of the judged cases shows ----

const A0 = (c: JudgedCase) => c.args![0] as M;
const returnedFailures = (cases: JudgedCase[], calls: string[]) => cases.filter((c) => !c.passed && calls.includes(c.call) && c.outcome === "returned" && c.args !== undefined);
const perpendicularColumns = (A: M) => {
  const G = gram(A);
  return G.every((row, i) => row.every((x, j) => i === j || Math.abs(x) <= 1e-8));
};
const unitColumns = (A: M) => gram(A).every((row, i) => Math.abs(row[i] - 1) <= 1e-8);

export default defineSpec({
  exercise: "matrix-types",
  params: {
    identity: ["n"],
    isSquare: ["A"],
    isSymmetric: ["A", "tol"],
    isUpperTriangular: ["A", "tol"],
    isLowerTriangular: ["A", "tol"],
    isDiagonal: ["A", "tol"],
    isOrthogonal: ["A", "tol"],
    trace: ["A"],
  },
  diagnoses: [
    {
      id: "identity-shared-rows",
      message:
        "every row of your identity is the same array: new Array(n).fill(row) puts ONE row object in every slot, so setting I[i][i] = 1 writes into all of them. Build a fresh row for each i",
      section: "pitfalls",
      test: (cases) =>
        returnedFailures(cases, ["identity"]).some((c) => {
          const n = c.args![0] as number;
          return n >= 2 && Array.isArray(c.got) && c.got.length === n && (c.got as unknown[]).every((r) => Array.isArray(r) && r.length === n && r.every((x) => x === 1));
        }),
    },
    {
      id: "identity-size-not-refused",
      message: "identity(n) needs a whole number n ≥ 0: throw an Error for a negative or fractional size instead of returning something",
      section: "identity",
      test: (cases) => cases.some((c) => !c.passed && c.call === "identity" && c.kind === "throws" && c.outcome === "returned"),
    },
    {
      id: "trace-not-refused",
      message: "the trace is only defined for a square matrix: throw an Error when the number of rows and columns differ",
      section: "trace",
      test: (cases) => cases.some((c) => !c.passed && c.call === "trace" && c.kind === "throws" && c.outcome === "returned"),
    },
    {
      id: "trace-sums-everything",
      message: "the trace adds only the diagonal entries a₁₁ + a₂₂ + … + aₙₙ (A[i][i]), not every entry of the matrix",
      section: "trace",
      test: (cases) =>
        returnedFailures(cases, ["trace"]).some((c) => {
          const all = A0(c).flat().reduce((s, x) => s + x, 0);
          return typeof c.got === "number" && Math.abs(c.got - all) <= 1e-9 * Math.max(1, Math.abs(all)) && Math.abs(all - (c.expected as number)) > 1e-6;
        }),
    },
    {
      id: "triangular-swapped",
      message: "isUpperTriangular and isLowerTriangular are swapped: upper triangular means zeros BELOW the diagonal (aᵢⱼ = 0 for i > j), so the numbers sit in the upper part",
      section: "triangular",
      test: (cases) => {
        const bad = returnedFailures(cases, ["isUpperTriangular", "isLowerTriangular"]);
        const other = (call: string) => (call === "isUpperTriangular" ? "isLowerTriangular" : "isUpperTriangular");
        return (
          bad.length >= 2 &&
          bad.every((c) => c.got === answer(other(c.call), A0(c), tolOf(c.args!))) &&
          bad.some((c) => c.got === true) &&
          bad.some((c) => c.got === false)
        );
      },
    },
    {
      id: "orthogonal-not-unit",
      message:
        "isOrthogonal checks that the columns are perpendicular but not that each has length 1: QᵀQ must equal I, so its diagonal (each column's squared length) must be 1 too",
      section: "orthogonal",
      test: (cases) => {
        const bad = returnedFailures(cases, ["isOrthogonal"]).filter((c) => c.got === true && square(A0(c)));
        return bad.some((c) => perpendicularColumns(A0(c)) && !unitColumns(A0(c))) && !bad.some((c) => !perpendicularColumns(A0(c)));
      },
    },
    {
      id: "orthogonal-not-perpendicular",
      message: "isOrthogonal checks that each column has length 1 but not that the columns are perpendicular: every off-diagonal entry of QᵀQ (a dot product of two columns) must be 0",
      section: "orthogonal",
      test: (cases) => {
        const bad = returnedFailures(cases, ["isOrthogonal"]).filter((c) => c.got === true && square(A0(c)));
        return bad.some((c) => unitColumns(A0(c)) && !perpendicularColumns(A0(c))) && !bad.some((c) => !unitColumns(A0(c)));
      },
    },
    {
      id: "non-square-orthogonal",
      message:
        "a non-square matrix is never orthogonal: a tall one can have orthonormal columns (QᵀQ = I) but QQᵀ ≠ I, so it has no inverse. Return false when the matrix is not square",
      section: "orthogonal",
      test: (cases) => returnedFailures(cases, ["isOrthogonal"]).some((c) => c.got === true && !square(A0(c))),
    },
    {
      id: "non-square-symmetric",
      message: "a non-square matrix cannot be symmetric (A is m×n, Aᵀ is n×m): return false when the matrix is not square, before comparing entries",
      section: "symmetric",
      test: (cases) => returnedFailures(cases, ["isSymmetric"]).some((c) => c.got === true && !square(A0(c))),
    },
    {
      id: "rectangular-triangular",
      message:
        "this course counts rectangular matrices as triangular or diagonal when the entries below (above, off) the main diagonal are zero, as the stub says: do not return false just because the matrix is not square",
      section: "triangular",
      test: (cases) => {
        const bad = returnedFailures(cases, ["isUpperTriangular", "isLowerTriangular", "isDiagonal"]);
        return bad.length > 0 && bad.every((c) => !square(A0(c)) && c.got === false && c.expected === true);
      },
    },
    {
      id: "exact-comparison",
      message:
        "you compare floating-point numbers exactly (=== or !== 0): a rotation's cos² + sin², a product QᵀQ or Q·D·Qᵀ equal the exact answer only up to rounding. Compare within the tolerance: Math.abs(x − y) <= tol",
      section: "tolerance",
      test: (cases) => {
        const bad = returnedFailures(cases, PREDICATES);
        // Only false negatives, some on matrices that are right only up to rounding, and the same
        // function does answer true where the entries are exact (so it is not simply always false).
        const saysTrue = (call: string) => cases.some((c) => c.passed && c.call === call && c.expected === true);
        return (
          bad.length > 0 &&
          bad.every((c) => c.got === false && c.expected === true && saysTrue(c.call)) &&
          bad.some((c) => c.tags.includes("near-true"))
        );
      },
    },
    {
      id: "tol-ignored",
      message: "your predicates ignore the tol argument: when the caller passes one, compare with it (and let 1e-10 be only the default)",
      section: "tolerance",
      test: (cases) => {
        const bad = returnedFailures(cases, PREDICATES);
        return bad.length > 0 && bad.every((c) => c.args!.length > 1 && c.got === answer(c.call, A0(c), DEFAULT_TOL));
      },
    },
  ],
  plots: [
    {
      kind: "sweep",
      title: "isSymmetric of a 3×3 matrix whose a₁₃ is off by 3·10ᵏ (1 = true, 0 = false): rounding-sized errors pass, real ones fail, the default tol 1e-10 sits between",
      call: "isSymmetric",
      inputs: Array.from({ length: 15 }, (_, i) => {
        const k = -17 + i;
        return { x: k, args: [nudge(S3, 0, 2, 3 * 10 ** k)] };
      }),
      y: (got) => (got === true ? 1 : got === false ? 0 : NaN),
      xLabel: "k",
      yLabel: "verdict",
    },
  ],
  checks: {
    identity: identityCheck,
    isSquare: verdict,
    isSymmetric: verdict,
    isUpperTriangular: verdict,
    isLowerTriangular: verdict,
    isDiagonal: verdict,
    isOrthogonal: verdict,
    trace: traceCheck,
  },
  cases: [
    // identity
    fixed("identity(3)", "identity", [3]),
    fixed("identity(1)", "identity", [1]),
    fixed("identity(0) is the empty matrix", "identity", [0], { description: "identity(0) is [], the 0×0 matrix." }),
    throws("identity of a negative size", "identity", [-1], "a matrix cannot have −1 rows"),
    throws("identity of a fractional size", "identity", [2.5], "a matrix cannot have 2.5 rows"),

    // isSquare
    fixed("isSquare: 2×2", "isSquare", [[[1, 2], [3, 4]]]),
    fixed("isSquare: 2×3", "isSquare", [[[1, 2, 3], [4, 5, 6]]]),
    fixed("isSquare: 3×1", "isSquare", [[[1], [2], [3]]]),
    fixed("isSquare: 1×1", "isSquare", [[[7]]]),
    fixed("isSquare: the empty matrix", "isSquare", [[]], { description: "[] is the 0×0 matrix (identity(0)): square." }),

    // isSymmetric
    fixed("isSymmetric: a symmetric 3×3", "isSymmetric", [S3]),
    fixed("isSymmetric: [[1, 2], [3, 4]]", "isSymmetric", [[[1, 2], [3, 4]]]),
    fixed("isSymmetric: one pair differs", "isSymmetric", [nudge(S3, 2, 0, -0.1)], { description: "a₁₃ = 0.5 but a₃₁ = 0.4: not symmetric." }),
    fixed("isSymmetric: a 2×3 matrix", "isSymmetric", [[[1, 2, 3], [2, 1, 3]]], {
      description: "Its left 2×2 block is symmetric, but a 2×3 matrix cannot equal its 3×2 transpose.",
      tags: ["non-square"],
    }),
    fixed("isSymmetric: a 3×2 matrix", "isSymmetric", [[[1, 2], [2, 1], [3, 3]]], { tags: ["non-square"] }),
    fixed("isSymmetric: 1e-12 off passes with the default tol", "isSymmetric", [nudge(S3, 0, 2, 1e-12)], {
      description: "a₁₃ = 0.5 + 1e-12 (printed as 0.5) while a₃₁ = 0.5: a difference of rounding size, well inside tol = 1e-10.",
      tags: ["near-true"],
    }),
    fixed("isSymmetric: 1e-6 off fails with the default tol", "isSymmetric", [nudge(S3, 0, 2, 1e-6)], { description: "a₁₃ = 0.500001 while a₃₁ = 0.5: a real difference, far above tol = 1e-10." }),
    fixed("isSymmetric: Q·D·Qᵀ, symmetric up to rounding", "isSymmetric", [QDQt], {
      description: "Q·diag(1, 2, 3)·Qᵀ for an orthogonal Q is symmetric on paper; computed in floating point, aᵢⱼ and aⱼᵢ differ in the last bits.",
      tags: ["near-true"],
    }),
    fixed("isSymmetric: tol = 1e-3 accepts 1e-4 off", "isSymmetric", [nudge(S3, 0, 2, 1e-4), 1e-3], { tags: ["explicit-tol"] }),
    fixed("isSymmetric: tol = 1e-14 rejects 1e-12 off", "isSymmetric", [nudge(S3, 0, 2, 1e-12), 1e-14], { tags: ["explicit-tol"] }),

    // isUpperTriangular
    fixed("isUpperTriangular: upper 3×3", "isUpperTriangular", [U3]),
    fixed("isUpperTriangular: lower 3×3", "isUpperTriangular", [L3], { description: "The zeros are above the diagonal: this one is lower triangular." }),
    fixed("isUpperTriangular: [[1, 2], [3, 4]]", "isUpperTriangular", [[[1, 2], [3, 4]]]),
    fixed("isUpperTriangular: diagonal", "isUpperTriangular", [D3]),
    fixed("isUpperTriangular: wide 2×3", "isUpperTriangular", [[[1, 2, 3], [0, 4, 5]]], { tags: ["rectangular"] }),
    fixed("isUpperTriangular: tall 3×2", "isUpperTriangular", [[[1, 2], [0, 3], [0, 0]]], { tags: ["rectangular"] }),
    fixed("isUpperTriangular: tall 3×2, not triangular", "isUpperTriangular", [[[1, 2], [0, 3], [0, 1]]], { tags: ["rectangular"] }),
    fixed("isUpperTriangular: 1e-12 below passes", "isUpperTriangular", [nudge(U3, 2, 0, 1e-12)], { description: "a₃₁ = 1e-12, which counts as 0 within tol = 1e-10.", tags: ["near-true"] }),
    fixed("isUpperTriangular: 1e-6 below fails", "isUpperTriangular", [nudge(U3, 2, 0, -1e-6)]),
    fixed("isUpperTriangular: tol = 1e-3 accepts 1e-4", "isUpperTriangular", [nudge(U3, 2, 1, 1e-4), 1e-3], { tags: ["explicit-tol"] }),
    fixed("isUpperTriangular: tol = 1e-14 rejects 1e-12", "isUpperTriangular", [nudge(U3, 2, 1, 1e-12), 1e-14], { tags: ["explicit-tol"] }),

    // isLowerTriangular
    fixed("isLowerTriangular: lower 3×3", "isLowerTriangular", [L3]),
    fixed("isLowerTriangular: upper 3×3", "isLowerTriangular", [U3], { description: "The zeros are below the diagonal: this one is upper triangular." }),
    fixed("isLowerTriangular: [[1, 2], [3, 4]]", "isLowerTriangular", [[[1, 2], [3, 4]]]),
    fixed("isLowerTriangular: diagonal", "isLowerTriangular", [D3]),
    fixed("isLowerTriangular: tall 3×2", "isLowerTriangular", [[[1, 0], [2, 3], [4, 5]]], { tags: ["rectangular"] }),
    fixed("isLowerTriangular: wide 2×3", "isLowerTriangular", [[[1, 0, 0], [2, 3, 0]]], { tags: ["rectangular"] }),
    fixed("isLowerTriangular: wide 2×3, not triangular", "isLowerTriangular", [[[1, 0, 0], [2, 3, 1]]], { tags: ["rectangular"] }),
    fixed("isLowerTriangular: 1e-12 above passes", "isLowerTriangular", [nudge(L3, 0, 2, -1e-12)], { description: "a₁₃ = −1e-12, which counts as 0 within tol = 1e-10.", tags: ["near-true"] }),
    fixed("isLowerTriangular: 1e-6 above fails", "isLowerTriangular", [nudge(L3, 0, 2, 1e-6)]),
    fixed("isLowerTriangular: tol = 1e-3 accepts 1e-4", "isLowerTriangular", [nudge(L3, 1, 2, -1e-4), 1e-3], { tags: ["explicit-tol"] }),
    fixed("isLowerTriangular: tol = 1e-14 rejects 1e-12", "isLowerTriangular", [nudge(L3, 1, 2, 1e-12), 1e-14], { tags: ["explicit-tol"] }),

    // isDiagonal
    fixed("isDiagonal: diagonal 3×3", "isDiagonal", [D3]),
    fixed("isDiagonal: the identity", "isDiagonal", [[[1, 0], [0, 1]]]),
    fixed("isDiagonal: upper 3×3", "isDiagonal", [U3]),
    fixed("isDiagonal: lower 3×3", "isDiagonal", [L3]),
    fixed("isDiagonal: wide 2×3", "isDiagonal", [[[1, 0, 0], [0, 2, 0]]], { tags: ["rectangular"] }),
    fixed("isDiagonal: 1e-12 off passes", "isDiagonal", [nudge(D3, 1, 2, 1e-12)], { description: "a₂₃ = 1e-12, which counts as 0 within tol = 1e-10.", tags: ["near-true"] }),
    fixed("isDiagonal: 1e-6 off fails", "isDiagonal", [nudge(D3, 2, 0, 1e-6)]),
    fixed("isDiagonal: QᵀQ of an orthogonal Q", "isDiagonal", [Q4tQ4], {
      description: "QᵀQ = I on paper; computed, its off-diagonal entries are about 1e-16, not 0.",
      tags: ["near-true"],
    }),
    fixed("isDiagonal: tol = 1e-3 accepts 1e-4", "isDiagonal", [nudge(D3, 0, 1, 1e-4), 1e-3], { tags: ["explicit-tol"] }),
    fixed("isDiagonal: tol = 1e-14 rejects 1e-12", "isDiagonal", [nudge(D3, 0, 1, 1e-12), 1e-14], { tags: ["explicit-tol"] }),

    // isOrthogonal
    fixed("isOrthogonal: rotation by 0.1 rad", "isOrthogonal", [rotation(0.1)], {
      description: "cos(0.1)² + sin(0.1)² is 0.9999999999999999 in floating point: orthogonal within rounding.",
      tags: ["near-true"],
    }),
    fixed("isOrthogonal: rotation by 0.6 rad", "isOrthogonal", [R06]),
    fixed("isOrthogonal: reflection in the x-axis", "isOrthogonal", [[[1, 0], [0, -1]]]),
    fixed("isOrthogonal: swap of x and y", "isOrthogonal", [[[0, 1], [1, 0]]]),
    fixed("isOrthogonal: a 3×3 permutation", "isOrthogonal", [[[0, 0, 1], [1, 0, 0], [0, 1, 0]]]),
    fixed("isOrthogonal: Householder reflection", "isOrthogonal", [H3], { tags: ["near-true"] }),
    fixed("isOrthogonal: random orthogonal 4×4", "isOrthogonal", [Q4], { tags: ["near-true"] }),
    fixed("isOrthogonal: 2I", "isOrthogonal", [[[2, 0], [0, 2]]], { description: "Perpendicular columns of length 2, not 1.", tags: ["not-unit"] }),
    fixed("isOrthogonal: [[1, 1], [1, -1]]", "isOrthogonal", [[[1, 1], [1, -1]]], { description: "Perpendicular columns of length √2.", tags: ["not-unit"] }),
    fixed("isOrthogonal: 5 × a rotation", "isOrthogonal", [[[3, -4], [4, 3]]], { description: "A rotation scaled by 5: lengths change.", tags: ["not-unit"] }),
    fixed("isOrthogonal: unit columns at 53°", "isOrthogonal", [[[1, 0.6], [0, 0.8]]], { description: "Both columns have length 1 but their dot product is 0.6.", tags: ["not-perpendicular"] }),
    fixed("isOrthogonal: [[1, 2], [3, 4]]", "isOrthogonal", [[[1, 2], [3, 4]]]),
    fixed("isOrthogonal: tall 3×2 with orthonormal columns", "isOrthogonal", [[[1, 0], [0, 1], [0, 0]]], {
      description: "QᵀQ = I (2×2), but the matrix is not square: QQᵀ ≠ I, so it is not orthogonal.",
      tags: ["non-square"],
    }),
    fixed("isOrthogonal: wide 2×3", "isOrthogonal", [[[1, 0, 0], [0, 1, 0]]], { tags: ["non-square"] }),
    fixed("isOrthogonal: 1e-12 off passes", "isOrthogonal", [nudge(R06, 0, 1, 1e-12)], {
      description: "A rotation by 0.6 rad with one entry moved by 1e-12: QᵀQ is within about 1e-12 of I, inside tol = 1e-10.",
      tags: ["near-true"],
    }),
    fixed("isOrthogonal: 1e-6 off fails", "isOrthogonal", [nudge(R06, 0, 1, 1e-6)]),
    fixed("isOrthogonal: tol = 1e-3 accepts 1e-4", "isOrthogonal", [nudge(R06, 1, 0, 1e-4), 1e-3], { tags: ["explicit-tol"] }),
    fixed("isOrthogonal: tol = 1e-14 rejects 1e-12", "isOrthogonal", [nudge(R06, 1, 0, 1e-12), 1e-14], { tags: ["explicit-tol"] }),

    // trace
    fixed("trace of [[1, 2], [3, 4]]", "trace", [[[1, 2], [3, 4]]]),
    fixed("trace of the 3×3 identity", "trace", [[[1, 0, 0], [0, 1, 0], [0, 0, 1]]]),
    fixed("trace of a 1×1", "trace", [[[-1.5]]]),
    fixed("trace of the empty matrix", "trace", [[]], { description: "An empty sum is 0." }),
    throws("trace of a 2×3 matrix", "trace", [[[1, 2, 3], [4, 5, 6]]], "the trace is only defined for a square matrix", { tags: ["non-square"] }),
    throws("trace of a 3×2 matrix", "trace", [[[1, 2], [3, 4], [5, 6]]], "the trace is only defined for a square matrix", { tags: ["non-square"] }),

    // random cases, every predicate with both answers
    random("identity of random sizes", "identity", fc.integer({ min: 0, max: 8 }).map((n) => [n])),
    random("isSquare: random square matrices", "isSquare", arb.sized(1, 5, (n) => fc.tuple(arb.square(n, entries)))),
    random("isSquare: random non-square matrices", "isSquare", shapes.filter(([m, n]) => m !== n).chain(([m, n]) => fc.tuple(arb.matrix(m, n, entries)))),
    random("isSymmetric: random symmetric", "isSymmetric", arb.sized(1, 5, (n) => fc.tuple(symmetric(n)))),
    random(
      "isSymmetric: random symmetric with one pair broken",
      "isSymmetric",
      arb.sized(2, 5, (n) => fc.tuple(symmetric(n), pairAbove(n), offset).map(([S, [i, j], d]) => [nudge(S, i, j, d)])),
    ),
    random("isSymmetric: random Q·D·Qᵀ", "isSymmetric", arb.sized(2, 5, (n) => fc.tuple(arb.orthogonal(n), arb.vector(n, { max: 3, decimals: 1 })).map(([Q, d]) => [matMul(matMul(Q, d.map((x, i) => d.map((_, j) => (i === j ? x : 0)))), transpose(Q))])), {
      tags: ["near-true"],
    }),
    random("isUpperTriangular: random upper", "isUpperTriangular", shapes.chain(([m, n]) => fc.tuple(upper(m, n)))),
    random(
      "isUpperTriangular: random with an entry below",
      "isUpperTriangular",
      shapes.filter(([m]) => m >= 2).chain(([m, n]) => fc.tuple(upper(m, n), belowPosition(m, n), offset).map(([A, [i, j], d]) => [nudge(A, i, j, d)])),
    ),
    random("isLowerTriangular: random lower", "isLowerTriangular", shapes.chain(([m, n]) => fc.tuple(lower(m, n)))),
    random(
      "isLowerTriangular: random with an entry above",
      "isLowerTriangular",
      shapes.filter(([, n]) => n >= 2).chain(([m, n]) => fc.tuple(lower(m, n), belowPosition(n, m), offset).map(([A, [i, j], d]) => [nudge(A, j, i, d)])),
    ),
    random("isDiagonal: random diagonal", "isDiagonal", shapes.chain(([m, n]) => fc.tuple(diagonal(m, n)))),
    random(
      "isDiagonal: random with an entry off the diagonal",
      "isDiagonal",
      shapes.filter(([m, n]) => m >= 2 || n >= 2).chain(([m, n]) => fc.tuple(diagonal(m, n), offPosition(m, n), offset).map(([A, [i, j], d]) => [nudge(A, i, j, d)])),
    ),
    random("isDiagonal: QᵀQ of random orthogonal Q", "isDiagonal", arb.sized(2, 5, (n) => arb.orthogonal(n).map((Q) => [matMul(transpose(Q), Q)])), { tags: ["near-true"] }),
    random("isOrthogonal: random orthogonal", "isOrthogonal", arb.sized(1, 5, (n) => fc.tuple(arb.orthogonal(n))), { tags: ["near-true"] }),
    random("isOrthogonal: random signed permutations", "isOrthogonal", arb.sized(1, 5, (n) => fc.tuple(signedPermutation(n)))),
    random(
      "isOrthogonal: random orthogonal with a column rescaled",
      "isOrthogonal",
      arb.sized(1, 5, (n) =>
        fc
          .tuple(arb.orthogonal(n), fc.integer({ min: 0, max: n - 1 }), fc.oneof(fc.integer({ min: 50, max: 90 }), fc.integer({ min: 110, max: 200 })))
          .map(([Q, j, s]) => [Q.map((row) => row.map((x, c) => (c === j ? (x * s) / 100 : x)))]),
      ),
      { tags: ["not-unit"] },
    ),
    random(
      "isOrthogonal: random unit columns, not perpendicular",
      "isOrthogonal",
      arb.sized(2, 5, (n) =>
        fc.tuple(arb.square(n, entries), fc.integer({ min: 0, max: n - 2 }), offset).map(([B, j, d]) => {
          // Columns j and j + 1 are made to share a direction (plus a clear difference), then every column is scaled to length 1.
          const A = B.map((row) => row.map((x, c) => (c === j + 1 ? row[j] + d * x : x)));
          const lengths = A[0].map((_, c) => Math.hypot(...A.map((row) => row[c])) || 1);
          return [A.map((row) => row.map((x, c) => x / lengths[c]))];
        }),
      ),
      { tags: ["not-perpendicular"] },
    ),
    random(
      "isOrthogonal: random tall matrices with orthonormal columns",
      "isOrthogonal",
      arb.sized(2, 5, (m) => fc.tuple(arb.orthogonal(m), fc.integer({ min: 1, max: m - 1 })).map(([Q, k]) => [Q.map((row) => row.slice(0, k))])),
      { tags: ["non-square"] },
    ),
    random("isOrthogonal: random square matrices", "isOrthogonal", arb.sized(2, 5, (n) => fc.tuple(arb.square(n, entries)))),
    random("trace of random square matrices", "trace", arb.sized(0, 6, (n) => fc.tuple(arb.square(n, entries)))),
  ],
});
