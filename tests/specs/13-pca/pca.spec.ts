import { arb, defineSpec, detect, expect, fc, fixed, random, throws, type Args, type Check, type JudgedCase } from "latutor/kit";
import iris from "../../../data/iris.json";
import {
  centre,
  columnMeans,
  covariance,
  eigenResidual,
  eigenvaluesSym,
  knownCovariance,
  matMul,
  maxAbs,
  norm2,
  rayleigh,
  separated,
  trace,
  transpose,
  uncentredSecondMoment,
  type Matrix,
  type Vector,
} from "./_pca";

const fmt = (x: number) => ((Math.abs(x) >= 1e-3 && Math.abs(x) < 1e6) || x === 0 ? String(Number(x.toPrecision(6))) : x.toExponential(3));

// ---------- tolerances ----------

/** Unit length: any normalisation meets it to rounding. */
const UNIT_TOL = 1e-8;
/**
 * Orthogonality, and ‖C·c − (cᵀCc)·c‖ and |cᵀCc − λᵢ| relative to the largest variance λ₁: loose
 * enough for the power method with deflation at its default tolerance 1e-10 (each deflation
 * passes the previous vector's error, divided by the spectral gap, on to the next), and still a
 * million times smaller than what any conceptual mistake produces.
 */
const ORTHO_TOL = 1e-6;
const EIGEN_TOL = 1e-6;
/** Ratios are shares in [0, 1]: an absolute tolerance. */
const RATIO_TOL = 1e-8;

// ---------- the check ----------

interface Result {
  mean: Vector;
  components: Matrix;
  explainedVarianceRatio: Vector;
  projected: Matrix;
}
const FIELDS = ["mean", "components", "explainedVarianceRatio", "projected"] as const;

/** The true statistics of X that every check compares with. */
function truth(X: Matrix) {
  const mean = columnMeans(X);
  const Xc = centre(X, mean);
  const C = covariance(X);
  const total = trace(C);
  const lambda = eigenvaluesSym(C).map((x) => Math.max(0, x));
  return { mean, Xc, C, total, lambda, top: Math.max(lambda[0], 1e-300) };
}

const pcaCheck: Check = (got, { args }) => {
  const [X, k] = args as [Matrix, number];
  const n = X.length;
  const d = X[0].length;
  if (typeof got !== "object" || got === null || Array.isArray(got)) {
    throw new expect.Mismatch(`pca returned ${Array.isArray(got) ? "an array" : String(got)}, expected an object { mean, components, explainedVarianceRatio, projected }`);
  }
  const g = got as Record<string, unknown>;
  const missing = FIELDS.filter((f) => !(f in g));
  if (missing.length) throw new expect.Mismatch(`the result has no field ${missing.map((f) => `"${f}"`).join(", ")}: return { mean, components, explainedVarianceRatio, projected }`);
  const { mean, Xc, C, total, lambda, top } = truth(X);

  // mean: the average of each column (feature), to rounding.
  expect.expectVector(g.mean, d, "mean");
  expect.closeVector(g.mean, mean, { rel: 1e-12, abs: 1e-10 * Math.max(1e-300, maxAbs(X)) }, "mean");

  // components: k rows of length d, orthonormal.
  const comps = g.components;
  if (Array.isArray(comps) && comps.length === d && d !== k && comps.every((r) => Array.isArray(r) && r.length === k)) {
    throw new expect.Mismatch(`components is ${d}×${k} (one component per column), expected ${k}×${d}: each principal direction is a ROW of length d = ${d}`);
  }
  expect.expectMatrix(comps, k, d, "components");
  comps.forEach((c, i) => {
    const len = norm2(c);
    if (!(Math.abs(len - 1) <= UNIT_TOL)) throw new expect.Mismatch(`component ${i} has length ${fmt(len)}; every component must be a unit vector (divide it by its 2-norm)`);
  });
  expect.orthonormalVectors(comps, ORTHO_TOL, "the components");

  // Each component is an eigenvector of the covariance, for the i-th largest eigenvalue (any sign,
  // any orthonormal basis of a tied eigenspace).
  comps.forEach((c, i) => {
    const res = eigenResidual(C, c) / top;
    if (!(res <= EIGEN_TOL)) {
      throw new expect.Mismatch(
        `component ${i} is not an eigenvector of the covariance matrix C = Xcᵀ·Xc / (n − 1) of the centred data: ‖C·c − (cᵀCc)·c‖ is ${fmt(res)} of the largest variance, allowed ${fmt(EIGEN_TOL)}`,
        { property: "‖Cc − (cᵀCc)c‖ / λ₁", measured: res, limit: EIGEN_TOL },
      );
    }
    const v = rayleigh(C, c);
    if (!(Math.abs(v - lambda[i]) <= EIGEN_TOL * top)) {
      throw new expect.Mismatch(
        `component ${i} is an eigenvector of the covariance, but the variance along it is ${fmt(v)}, and the ${i === 0 ? "largest" : `${i + 1}. largest`} variance is ${fmt(lambda[i])} (all, largest first: ${lambda.map(fmt).join(", ")}): take the eigenvectors in order of decreasing eigenvalue`,
      );
    }
  });

  // explainedVarianceRatio: λᵢ / (sum of ALL eigenvalues), largest first.
  expect.expectVector(g.explainedVarianceRatio, k, "explainedVarianceRatio");
  const ratios = g.explainedVarianceRatio;
  const want = lambda.slice(0, k).map((l) => l / total);
  const sum = ratios.reduce((s, r) => s + r, 0);
  ratios.forEach((r, i) => {
    if (Math.abs(r - want[i]) <= RATIO_TOL) return;
    const hint =
      k < d && Math.abs(sum - 1) < 1e-6
        ? `; yours add up to 1, but ${k} of ${d} components explain only ${fmt(want.reduce((s, x) => s + x, 0))} of the total: divide by the sum of ALL ${d} variances (the trace of C), not of the ${k} you keep`
        : i > 0 && r > ratios[i - 1] + RATIO_TOL
          ? ": the ratios must come largest first"
          : "";
    throw new expect.Mismatch(`explainedVarianceRatio[${i}] is ${fmt(r)}, expected λ${i + 1} / (the sum of all ${d} eigenvalues) = ${fmt(want[i])}${hint}`, { expected: want, got: ratios });
  });

  // projected: the centred samples in the learner's own components, (X − mean)·componentsᵀ.
  expect.expectMatrix(g.projected, n, k, "projected");
  const P = matMul(Xc, transpose(comps));
  const limit = 1e-9 * Math.sqrt(d) * maxAbs(Xc) + 1e-12 * d * maxAbs(X);
  (g.projected as Matrix).forEach((row, r) =>
    row.forEach((x, j) => {
      if (!(Math.abs(x - P[r][j]) <= limit)) {
        throw new expect.Mismatch(
          `projected[${r}][${j}] is ${fmt(x)}, expected ${fmt(P[r][j])}: sample ${r} minus the mean, dotted with YOUR component ${j} (projected = (X − mean)·componentsᵀ, with the components you return)`,
          { expected: P, got: g.projected, measured: Math.abs(x - P[r][j]), limit },
        );
      }
    }),
  );
};

// ---------- inputs ----------

/** The lesson's table: six people, [hours of sleep, hours on the phone after 10 pm]. */
const SLEEP: Matrix = [
  [8, 1],
  [6, 2],
  [7.5, 1],
  [5, 3],
  [7, 2],
  [6.5, 2],
];
/** The lesson's three-feature table: the same people with cups of coffee a day. */
const SLEEP3: Matrix = [
  [8, 1, 1],
  [6, 2, 3],
  [7.5, 1, 2],
  [5, 3, 4],
  [7, 2, 1],
  [6.5, 2, 2],
];
const IRIS: Matrix = (iris as unknown[][]).map((row) => row.slice(0, 4) as number[]);
const scaled = (c: number, X: Matrix) => X.map((row) => row.map((x) => x * c));
const shifted = (m: Vector, X: Matrix) => X.map((row) => row.map((x, j) => x + m[j]));
/** Four corners of a square around (10, 20): the same variance in every direction. */
const SQUARE = shifted([10, 20], [[1, 1], [1, -1], [-1, 1], [-1, -1]]);
/** Six points on the axes around (5, 5, 5): variances 8/5, 8/5, 2/5 (the top two tie). */
const TIED = shifted([5, 5, 5], [[2, 0, 0], [-2, 0, 0], [0, 2, 0], [0, -2, 0], [0, 0, 1], [0, 0, -1]]);
/** Three samples of five features: the centred rows span at most 2 dimensions. */
const WIDE: Matrix = [
  [1, 2, 0, 4, 3],
  [2, 0, 1, 3, 5],
  [4, 1, 3, 0, 2],
];

/** Generic data (rows ≥ 2), with a k whose top-k variances are well separated. */
const generic = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }))
  .chain(([d, extra]) => fc.tuple(arb.matrix(d + 1 + extra, d, { max: 9, decimals: 1 }), fc.integer({ min: 1, max: d })))
  .filter(([X, k]) => separated(X, k))
  .map(([X, k]) => [X, k] as Args);
/** More features than samples: n = 2..4, d = n + 1..n + 3, k ≤ n − 1. */
const wide = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1, max: 3 }))
  .chain(([n, extra]) => fc.tuple(arb.matrix(n, n + extra, { max: 9, decimals: 1 }), fc.integer({ min: 1, max: n - 1 })))
  .filter(([X, k]) => separated(X, k))
  .map(([X, k]) => [X, k] as Args);
const someK = (d: number) => (args: fc.Arbitrary<Args>) => fc.tuple(args, fc.integer({ min: 1, max: d })).map(([[X], k]) => [X, k] as Args);

// ---------- diagnoses ----------

const isMatrix = (x: unknown): x is Matrix => Array.isArray(x) && x.every((r) => Array.isArray(r) && r.every((v) => typeof v === "number" && Number.isFinite(v)));
const isVector = (x: unknown): x is Vector => Array.isArray(x) && x.every((v) => typeof v === "number" && Number.isFinite(v));

interface Seen {
  X: Matrix;
  k: number;
  g: Partial<Result>;
  t: ReturnType<typeof truth>;
}
/** Failing pca cases that returned an object, with the truth about their input. */
function seen(cases: JudgedCase[]): Seen[] {
  return cases.flatMap((c) => {
    if (c.passed || c.kind === "throws" || c.outcome !== "returned" || !c.args) return [];
    const [X, k] = c.args as [Matrix, number];
    if (!isMatrix(X) || typeof c.got !== "object" || c.got === null) return [];
    return [{ X, k, g: c.got as Partial<Result>, t: truth(X) }];
  });
}
const unit = (v: Vector) => {
  const n = norm2(v);
  return v.map((x) => x / n);
};
/** Every vector is a non-zero eigenvector of S (to a loose relative tolerance). */
const eigenvectorsOf = (S: Matrix, vs: Matrix, scale: number) => vs.length > 0 && vs.every((v) => v.length === S.length && norm2(v) > 0 && eigenResidual(S, v) <= 1e-5 * scale);
const rowsOk = (s: Seen) => isMatrix(s.g.components) && s.g.components.length === s.k && s.g.components.every((r) => r.length === s.X[0].length);
/** The components are right: eigenvectors of C for the top k variances, in order. */
const componentsRight = (s: Seen) =>
  rowsOk(s) &&
  eigenvectorsOf(s.t.C, s.g.components!, s.t.top) &&
  s.g.components!.every((c, i) => Math.abs(norm2(c) - 1) < 1e-6 && Math.abs(rayleigh(s.t.C, c) - s.t.lambda[i]) <= 1e-6 * s.t.top);
const near = (a: Vector, b: Vector, tol: number) => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= tol);

export default defineSpec({
  exercise: "pca",
  params: { pca: ["X", "k"] },
  diagnoses: [
    {
      id: "components-as-columns",
      message:
        "your components are right but stored as COLUMNS (a d×k matrix, as an eigen-solver returns its eigenvectors): the contract wants one component per ROW, components[i] of length d, so transpose before returning",
      section: "components",
      test: (cases) =>
        seen(cases).some((s) => {
          const C = s.g.components;
          if (!isMatrix(C) || C.length !== s.X[0].length || !C.every((r) => r.length === s.k)) return false;
          const rows = transpose(C);
          return eigenvectorsOf(s.t.C, rows, s.t.top) && !(s.k === C.length && eigenvectorsOf(s.t.C, C, s.t.top));
        }),
    },
    {
      id: "not-centred",
      message:
        "your components are eigenvectors of XᵀX, the raw data's second moments, not of the covariance: subtract each column's mean first (Xc = X − mean), then use Xcᵀ·Xc / (n − 1). Without centring, the first component just points from the origin towards the middle of the cloud",
      section: "centring",
      test: (cases) =>
        seen(cases).some((s) => {
          if (!rowsOk(s)) return false;
          const M = uncentredSecondMoment(s.X);
          const c0 = unit(s.g.components![0]);
          return eigenvectorsOf(M, [c0], trace(M)) && eigenResidual(s.t.C, c0) > 1e-4 * s.t.top;
        }),
    },
    {
      id: "ascending-order",
      message:
        "your components are eigenvectors of the covariance, but not those of the LARGEST variances first: sort the eigenpairs by decreasing eigenvalue and keep the first k (eigen-solvers often return them in ascending or no particular order)",
      section: "components",
      test: (cases) =>
        seen(cases).some((s) => {
          if (!rowsOk(s) || !eigenvectorsOf(s.t.C, s.g.components!, s.t.top)) return false;
          const v = s.g.components!.map((c) => rayleigh(s.t.C, unit(c)));
          const tol = 1e-6 * s.t.top;
          return v[0] < s.t.lambda[0] - tol || v.some((x, i) => i > 0 && x > v[i - 1] + tol);
        }) ||
        // Right components, ratios in ascending order.
        seen(cases).some((s) => {
          const r = s.g.explainedVarianceRatio;
          if (!componentsRight(s) || !isVector(r) || r.length !== s.k || s.k < 2) return false;
          const want = s.t.lambda.slice(0, s.k).map((l) => l / s.t.total);
          return !near(r, want, 1e-6) && near(r, want.slice().reverse(), 1e-6);
        }),
    },
    {
      id: "ratio-of-kept-variance",
      message:
        "your explainedVarianceRatio divides by the variance of the k components you keep, so it always adds up to 1: divide each eigenvalue by the TOTAL variance, the sum of all d eigenvalues (= the trace of the covariance matrix), so that the k ratios show how much of the data the k components keep",
      section: "explained-variance",
      test: (cases) =>
        seen(cases).some((s) => {
          const r = s.g.explainedVarianceRatio;
          if (!componentsRight(s) || !isVector(r) || r.length !== s.k || s.k >= s.X[0].length) return false;
          const want = s.t.lambda.slice(0, s.k).map((l) => l / s.t.total);
          const kept = want.reduce((a, b) => a + b, 0);
          return !near(r, want, 1e-6) && near(r, want.map((x) => x / kept), 1e-6);
        }),
    },
    {
      id: "variances-not-ratios",
      message:
        "your explainedVarianceRatio holds the variances themselves (the eigenvalues): divide each by the total variance (the sum of all eigenvalues, the trace of C) to get shares between 0 and 1",
      section: "explained-variance",
      test: (cases) =>
        seen(cases).some((s) => {
          const r = s.g.explainedVarianceRatio;
          if (!isVector(r) || r.length !== s.k || Math.abs(s.t.total - 1) < 0.01) return false;
          const n = s.X.length;
          const lam = s.t.lambda.slice(0, s.k);
          const kept = lam.reduce((a, b) => a + b, 0);
          if (kept > 0 && near(r, lam.map((l) => l / kept), 1e-6)) return false; // ratios of the kept variance, not variances
          return [1, (n - 1) / n].some((f) => near(r, lam.map((l) => l * f), 1e-6 * s.t.top));
        }),
    },
    {
      id: "projected-not-centred",
      message:
        "your projected is X·componentsᵀ, the RAW samples projected: subtract the mean first, projected = (X − mean)·componentsᵀ, so that the new coordinates are centred on 0 like the data the components came from",
      section: "projection",
      test: (cases) =>
        seen(cases).some((s) => {
          if (!rowsOk(s) || !isMatrix(s.g.projected) || s.g.projected.length !== s.X.length) return false;
          const raw = matMul(s.X, transpose(s.g.components!));
          const good = matMul(s.t.Xc, transpose(s.g.components!));
          const tol = 1e-6 * Math.max(maxAbs(raw), 1e-300);
          const flat = (A: Matrix) => A.flat();
          return near(flat(s.g.projected), flat(raw), tol) && !near(flat(s.g.projected), flat(good), tol);
        }),
    },
    {
      id: "absolute-tolerance",
      message:
        "your pca is right on ordinary data but wrong when every number is scaled by 1e-6 (variances around 1e-12): some tolerance or stopping test is absolute. Topic 10's powerMethod stops at the default residual 1e-10 · max(1, |λ|), which is absolute when |λ| < 1: at variances of 1e-12 it stops at once, on a vector that is not an eigenvector. Make it relative to the data, e.g. run the eigen-solver on C / trace(C), whose eigenvalues are the shares themselves",
      section: "pitfalls",
      // Only the required cases count: a challenge left open (k > n − 1) says nothing about scale.
      test: (cases) => detect.failsOnlyOn("tiny", "pca")(cases.filter((c) => c.tier === "required")),
    },
    {
      id: "invalid-k-accepted",
      message: "k must be a whole number from 1 to d (the number of features): check it first and throw an Error, instead of returning fewer, more or fractional components",
      section: "choosing-k",
      test: detect.returnedInsteadOfThrowing("pca", "bad-k"),
    },
    {
      id: "components-not-unit",
      message: "your components point the right way but are not unit vectors: divide each by its 2-norm (an eigenvector is only defined up to scale; PCA fixes the length to 1)",
      section: "components",
      test: (cases) =>
        seen(cases).some((s) => rowsOk(s) && eigenvectorsOf(s.t.C, s.g.components!, s.t.top) && s.g.components!.some((c) => Math.abs(norm2(c) - 1) > 1e-6)),
    },
  ],
  plots: [
    {
      kind: "sweep",
      title: "explainedVarianceRatio[0] (k = 1) for a square of points stretched s times along one diagonal: should rise as s²/(s² + 1)",
      call: "pca",
      inputs: [1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6].map((s) => {
        const u = [0.6, 0.8];
        const v = [-0.8, 0.6];
        const pts = [[1, 1], [1, -1], [-1, 1], [-1, -1]].map(([a, b]) => [3 + s * a * u[0] + b * v[0], 4 + s * a * u[1] + b * v[1]]);
        return { x: s, args: [pts, 1] };
      }),
      y: (got) => ((got as Result).explainedVarianceRatio?.[0] ?? NaN) as number,
      xLabel: "stretch s",
      yLabel: "share of PC 1",
    },
  ],
  complexity: {
    call: "pca",
    sizes: [250, 500, 1000, 2000],
    args: (n) => [Array.from({ length: n }, (_, i) => [Math.sin(i), Math.cos(3 * i) + 0.5 * Math.sin(i), Math.sin(7 * i + 1), Math.cos(i * i)]), 2],
    expected: 1,
    hint: "with d fixed, PCA costs about n·d² (the covariance) plus d³ (its eigenvectors): linear in the number of samples n. Are you building the n×n matrix Xc·Xcᵀ, or recomputing the means inside the loop over samples?",
  },
  checks: { pca: pcaCheck },
  cases: [
    fixed("the lesson's sleep table, k = 1", "pca", [SLEEP, 1], {
      description: "Six people, [hours of sleep, hours on the phone]. The mean is (6.67, 1.83); the first component is about ±(0.83, −0.56) and explains 97.5 % of the variance.",
    }),
    fixed("the lesson's sleep table, k = 2 (every component)", "pca", [SLEEP, 2], { description: "With k = d the ratios add up to 1." }),
    fixed("the lesson's sleep table in units of 1e-6, k = 1", "pca", [scaled(1e-6, SLEEP), 1], {
      tags: ["tiny"],
      description: "The same people with every number times 1e-6: the variances are around 1e-12, the directions and shares do not change.",
    }),
    fixed("the lesson's three-feature table, k = 2", "pca", [SLEEP3, 2]),
    fixed("two samples", "pca", [[[1, 2], [3, 5]], 1], { description: "Two points: all the variance lies along the line through them, so the one ratio is 1." }),
    fixed("one feature", "pca", [[[2], [4], [9]], 1], { description: "d = 1: the only component is [1] (or [−1]); the projection is the centred data." }),
    fixed("more features than samples (3 × 5), k = 2", "pca", [WIDE, 2], {
      description: "Three centred samples span at most 2 dimensions, so the covariance has rank ≤ 2 and three eigenvalues are 0.",
    }),
    fixed("equal variance in every direction (a square), k = 1", "pca", [SQUARE, 1], {
      tags: ["ties"],
      description: "The covariance is (4/3)·I: every unit vector is a principal direction, and any of them passes.",
    }),
    fixed("equal variance in every direction (a square), k = 2", "pca", [SQUARE, 2], { tags: ["ties"], description: "Any orthonormal basis of the plane passes." }),
    fixed("two tied variances, k = 1", "pca", [TIED, 1], {
      tags: ["ties"],
      description: "Variances 1.6, 1.6 and 0.4: any unit vector in the plane of the first two axes is a first component.",
    }),
    fixed("two tied variances, k = 2", "pca", [TIED, 2], { tags: ["ties"], description: "Any orthonormal basis of that plane passes; projected must use the components you return." }),
    fixed("iris, k = 2", "pca", [IRIS, 2], {
      description: "Fisher's iris flowers (150 × 4, in cm). Two components keep 97.8 % of the variance.",
    }),
    fixed("iris, k = 4 (every component)", "pca", [IRIS, 4]),
    fixed("iris in micrometres (×1e4)", "pca", [scaled(1e4, IRIS), 2], { description: "Changing the units changes the variances, not the shares or the directions." }),
    fixed("iris scaled by 1e6", "pca", [scaled(1e6, IRIS), 3]),
    fixed("iris scaled by 1e-6", "pca", [scaled(1e-6, IRIS), 3], { tags: ["tiny"], description: "Variances around 1e-12: a tolerance must be relative, never a fixed 1e-10." }),
    random("random data tables", "pca", generic, { runs: 20 }),
    random("more features than samples", "pca", wide, { runs: 15 }),
    random("known covariance: variances 9, 4, 1, 0.25 in a random orientation", "pca", someK(4)(knownCovariance(4, [9, 4, 1, 0.25], 1)), { runs: 15 }),
    random("known covariance: variances 100, 10, 1 in a random orientation", "pca", someK(3)(knownCovariance(3, [100, 10, 1], 1)), { runs: 10 }),
    random("known covariance: two equal variances (4, 4, 1)", "pca", someK(3)(knownCovariance(3, [4, 4, 1], 1)), {
      runs: 12,
      tags: ["ties"],
      description: "The top two variances tie: any orthonormal basis of their plane passes.",
    }),
    random("known covariance: equal variances in every direction", "pca", someK(3)(knownCovariance(3, [2, 2, 2], 1)), { runs: 10, tags: ["ties"] }),
    fixed("far from the origin: iris + 1e6", "pca", [shifted([1e6, 1e6, 1e6, 1e6], IRIS), 2], {
      tier: "challenge",
      section: "centring",
      description:
        "The same flowers measured from an origin a million cm away. Subtracting the mean first keeps the variance; the shortcut mean(x²) − mean(x)² subtracts two numbers near 1e12 and loses every digit of it.",
    }),
    fixed("more components than directions (3 samples, k = d = 4)", "pca", [[[1, 2, 0, 1], [2, 0, 1, 3], [4, 1, 3, 0]], 4], {
      tier: "challenge",
      section: "choosing-k",
      description:
        "Three samples span only 2 directions, so components 3 and 4 carry no variance (ratio 0): they must still be unit vectors, orthogonal to the others and to each other (any such completion passes).",
    }),
    throws("one sample", "pca", [[[1, 2, 3]], 1], "a single sample has no variance: PCA needs at least 2 rows"),
    throws("no samples", "pca", [[], 1], "X is empty"),
    throws("k = 0", "pca", [SLEEP, 0], "k must be at least 1", { tags: ["bad-k"] }),
    throws("k larger than the number of features", "pca", [SLEEP, 3], "the data has only d = 2 features, so at most 2 components", { tags: ["bad-k"] }),
    throws("k not a whole number", "pca", [SLEEP, 1.5], "k counts components: a whole number", { tags: ["bad-k"] }),
    throws("rows of different lengths", "pca", [[[1, 2], [3]], 1], "the rows have different lengths, so X is not a table"),
  ],
});
