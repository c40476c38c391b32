import { arb, defineSpec, detect, expect, fc, fixed, random, throws, type Check, type JudgedCase } from "latutor/kit";
import { filtered, thinSVD } from "./_svd";

type Vector = number[];
type Matrix = number[][];

const EPS = Number.EPSILON;
const norm = (v: Vector) => Math.hypot(...v);
const XtX = (X: Matrix): Matrix => X[0].map((_, p) => X[0].map((_, q) => X.reduce((s, row) => s + row[p] * row[q], 0)));
const Xty = (X: Matrix, y: Vector): Vector => X[0].map((_, p) => X.reduce((s, row, i) => s + row[p] * y[i], 0));

/**
 * Judged by the optimality condition of ridge, (XᵀX + λI)·w = Xᵀy (the normal equations the
 * lesson derives), as a backward error: ‖(XᵀX + λI)·w − Xᵀy‖ relative to (σ₁² + λ)·‖w‖ + σ₁·‖y‖
 * (σ₁ = ‖X‖₂), a scale that never vanishes with Xᵀy (an X orthogonal to y has the answer w = 0).
 * Any correct route passes (SVD, normal equations, QR of an augmented matrix); the unique answer
 * (λ > 0, or λ = 0 with full column rank) is the only one that does.
 *
 * How much is allowed. The svd exercise (topic 12) demands 1e-6 relative to σ₁ (η) for S, for the
 * orthonormality of U and V and for X − U·Σ·Vᵀ. Putting such a U, S, V into w = V·diag(f)·Uᵀy with
 * f = σ/(σ² + λ) leaves a residual of at most about η·(3 + g) on this scale, where g = σ₁·max fᵢ
 * (≤ κ, and ≤ σ₁/(2√λ)) carries V's non-orthogonality through the largest filter value. So the
 * required limit is η·(3 + g)·2, fair to the lesson's AᵀA route (whose eigen-solver stops at
 * 1e-12·‖XᵀX‖ and leaves about 1e-12·n here), while a wrong filter (λ in the wrong place) is off by
 * λ/σ² ≳ 1e-3. The going-deeper limit, DEEP, is rounding level: what a backward-stable route gives.
 */
const ETA = 1e-6;
const DEEP = (m: number, n: number) => 1e3 * (m + n) * EPS;
const requiredLimit = (S: Vector, lambda: number): number => {
  const top = Math.max(...S);
  const f = S.filter((s) => s > 1e-13 * top).map((s) => s / (s * s + lambda));
  const g = f.length ? top * Math.max(...f) : 0;
  return 2 * ETA * (3 + g);
};

const ridgeCheckWith =
  (which: "required" | "deep"): Check =>
  (got, { args, expected }) => {
    const [X, y, lambda] = args as [Matrix, Vector, number];
    const n = X[0].length;
    expect.expectVector(got, n, "w");
    const e = expected as Vector;
    // An answer equal to the reference's, number for number, is right whatever the residual says.
    if (e.length === n && got.every((x, i) => x === e[i])) return;
    const G = XtX(X);
    const rhs = Xty(X, y);
    const r = G.map((row, p) => row.reduce((s, g, q) => s + g * got[q], 0) + lambda * got[p] - rhs[p]);
    const { S } = thinSVD(X);
    const top = Math.max(...S);
    const scale = (top * top + lambda) * norm(got) + top * norm(y);
    const measured = norm(r) === 0 ? 0 : norm(r) / Math.max(scale, 1e-300);
    const limit = which === "deep" ? DEEP(X.length, n) : requiredLimit(S, lambda);
    if (!(measured <= limit)) {
      throw new expect.Mismatch(
        `relative residual ${measured.toExponential(2)} (allowed ${limit.toExponential(1)}): w = [${got.map(show).join(", ")}] does not solve (XᵀX + λI)·w = Xᵀy; the answer is [${e.map(show).join(", ")}] (residual measured as ‖(XᵀX + λI)·w − Xᵀy‖ / ((σ₁² + λ)·‖w‖ + σ₁·‖y‖), σ₁ = ‖X‖₂)`,
        { expected, got, measured, limit },
      );
    }
  };
const ridgeCheck = ridgeCheckWith("required");
/** Six significant digits, with an exponent where one is needed (never "3.14…" for 3.14e-9). */
const show = (x: number) => (x === 0 || (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e6) ? String(+x.toPrecision(6)) : x.toExponential(5));

/** The answer some mistaken filter f(σ, λ) gives, on the case's own input (and it is not the right answer there). */
const filterModel = (f: (sigma: number, lambda: number) => number) => (got: unknown, expected: unknown, args: unknown[]) => {
  const [X, y, lambda] = args as [Matrix, Vector, number];
  if (!Array.isArray(X) || X.length === 0 || typeof lambda !== "number") return false;
  const wrong = filtered(X, y, (s) => f(s, lambda));
  return detect.near(got, wrong, 1e-6) && !detect.near(wrong, expected, 1e-6);
};

const threwOn = (tag: string) => (cases: JudgedCase[]) => cases.some((c) => c.call === "ridgeSVD" && !c.passed && c.kind !== "throws" && c.outcome === "threw" && c.tags.includes(tag));
const returnedOn = (tag: string) => (cases: JudgedCase[]) => cases.some((c) => c.call === "ridgeSVD" && !c.passed && c.kind === "throws" && c.outcome === "returned" && c.tags.includes(tag));

// ---- inputs ----

/** Orthogonal directions with σ = 2 and σ = 0.5, and y along them: w is the shrinkage factors themselves. */
const DIAG: Matrix = [
  [2, 0],
  [0, 0.5],
  [0, 0],
];
const X3: Matrix = [
  [1, 0],
  [0, 1],
  [1, 1],
];
const Y3: Vector = [1, 2, 3];

/** λ in tenths from 0.1 to 9.9, never 1 (where λ and λ² coincide). */
const lambdaArb = fc.integer({ min: 1, max: 99 }).map((k) => (k === 10 ? 2.5 : k / 10));
const anyShape = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([m, n]) => fc.tuple(arb.matrix(m, n, { max: 5, decimals: 0 }), arb.vector(m, { max: 9, decimals: 1 }), lambdaArb));
/** Tall, full column rank, singular values between 0.5 and 5 (never 1): λ = 0 is well posed. */
const fullRank = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 }))
  .chain(([n, extra]) =>
    fc.tuple(
      fc.array(fc.integer({ min: 5, max: 50 }).filter((k) => k !== 10), { minLength: n, maxLength: n }).chain((s) => arb.withSingularValues(n + extra + 1, n, s.map((k) => k / 10))),
      arb.vector(n + extra + 1, { max: 9, decimals: 1 }),
      fc.constant(0),
    ),
  );
/** Rank-deficient (rank r < n), λ > 0: only the penalty makes the answer unique. */
const deficient = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 4 }))
  .chain(([m, n]) => fc.tuple(arb.withRank(m, n, 1), arb.vector(m, { max: 9, decimals: 1 }), lambdaArb));

/** 5×4, σ = 2, 1, 0.1, 2e-7: full column rank, κ = 1e7. */
const ILL: Matrix = arb.sample(arb.withSingularValues(5, 4, [2, 1, 0.1, 2e-7]), 1407)[0];

const vandermonde = (m: number, degree: number): Matrix => Array.from({ length: m }, (_, i) => Array.from({ length: degree + 1 }, (_, p) => (i / (m - 1)) ** p));

export default defineSpec({
  exercise: "ridge-svd",
  params: { ridgeSVD: ["X", "y", "lambda"] },
  plots: [
    {
      kind: "sweep",
      title: "the weak direction (σ = 0.5) shrinks as λ grows: with X = diag(2, 0.5) and y = [2, 0.5, 0], w₁ = σ²/(σ² + λ)",
      call: "ridgeSVD",
      inputs: Array.from({ length: 13 }, (_, i) => ({ x: i / 2 - 3, args: [DIAG, [2, 0.5, 0], 10 ** (i / 2 - 3)] })),
      y: (result) => (Array.isArray(result) && typeof result[1] === "number" ? result[1] : NaN),
      xLabel: "log₁₀ λ",
      yLabel: "w₁",
    },
  ],
  diagnoses: [
    {
      id: "shrinkage-one-over-sigma-plus-lambda",
      message: "your filter is 1/(σ + λ): ridge divides by σ² + λ and multiplies by σ, giving σ/(σ² + λ) (from (XᵀX + λI)⁻¹Xᵀ = V·diag(σ/(σ² + λ))·Uᵀ). λ is added to σ², not to σ",
      section: "ridge-svd",
      test: detect.whenResult("ridgeSVD", filterModel((s, l) => 1 / (s + l))),
    },
    {
      id: "shrinkage-factor-as-filter",
      message:
        "your filter is σ²/(σ² + λ): that is the SHRINKAGE factor, how much of the least-squares answer survives. The least-squares answer in direction i is (uᵢ·y)/σᵢ, so ridge's is σ²/(σ² + λ) · 1/σ = σ/(σ² + λ)",
      section: "shrinkage",
      test: detect.whenResult("ridgeSVD", filterModel((s, l) => (s * s) / (s * s + l))),
    },
    {
      id: "lambda-squared",
      message: "your answer is what σ/(σ² + λ²) gives: the penalty λ‖w‖² adds λ itself to every σ², not λ² (the square is on ‖w‖)",
      section: "ridge-svd",
      test: detect.whenResult("ridgeSVD", filterModel((s, l) => s / (s * s + l * l))),
    },
    {
      id: "least-squares-filter",
      message: "your answer ignores λ: 1/σ is plain least squares. Ridge's filter is σ/(σ² + λ), which equals 1/σ only when λ = 0",
      section: "ridge-svd",
      test: detect.whenResult("ridgeSVD", filterModel((s) => 1 / s)),
    },
    {
      id: "refuses-rank-deficient",
      message:
        "you refused an X that ridge handles: with λ > 0 every direction gets the finite factor σ/(σ² + λ), even σ = 0 (which gives 0), so a rank-deficient or wide X has a unique answer. Only λ < 0 and mismatched shapes throw",
      section: "ridge-svd",
      test: threwOn("needs-ridge"),
    },
    {
      id: "negative-lambda-accepted",
      message: "λ < 0 rewards large weights (and σ² + λ can reach 0): throw an Error when lambda is negative",
      section: "ridge-svd",
      test: returnedOn("negative-lambda"),
    },
    {
      id: "shape-not-checked",
      message: "check the shapes before you compute: y needs one entry per row of X and every row of X the same length; otherwise throw an Error that says so",
      section: "ridge-svd",
      test: returnedOn("shape"),
    },
  ],
  checks: { ridgeSVD: ridgeCheck },
  cases: [
    fixed("orthogonal directions σ = 2 and 0.5, λ = 1", "ridgeSVD", [DIAG, [2, 0.5, 0], 1], {
      description: "uᵢ·y = σᵢ, so wᵢ = σᵢ²/(σᵢ² + 1): [4/5, 0.25/1.25] = [0.8, 0.2], the shrinkage factors themselves.",
    }),
    fixed("λ = 0 is least squares", "ridgeSVD", [X3, Y3, 0], { description: "Full column rank and y = X·[1, 2] exactly: w = [1, 2]." }),
    fixed("λ = 3", "ridgeSVD", [X3, Y3, 3], { description: "(XᵀX + 3I)·w = Xᵀy with XᵀX = [[2, 1], [1, 2]], Xᵀy = [4, 5]: w = [15/24, 21/24] = [0.625, 0.875]." }),
    fixed("duplicated feature, λ = 0.5", "ridgeSVD", [[[1, 1], [2, 2], [3, 3]], [1, 2, 3], 0.5], {
      tags: ["needs-ridge"],
      description: "Rank 1 (σ₂ = 0): ridge splits the weight evenly, both 28/57 ≈ 0.491.",
    }),
    fixed("wide X (2 samples, 3 features), λ = 0.1", "ridgeSVD", [[[1, 2, 0], [0, 1, 3]], [1, 2], 0.1], { tags: ["needs-ridge"], description: "More features than samples: valid for λ > 0." }),
    fixed("a zero column, λ = 2", "ridgeSVD", [[[1, 0], [2, 0], [2, 0]], [3, 0, 6], 2], { tags: ["needs-ridge"], description: "The second feature is always 0: its weight is 0; the first is 15/(9 + 2)." }),
    random("random X of any shape, λ > 0", "ridgeSVD", anyShape, { runs: 30, tags: ["needs-ridge"] }),
    random("random tall full-rank X, λ = 0", "ridgeSVD", fullRank, { runs: 20 }),
    random("random rank-1 X, λ > 0", "ridgeSVD", deficient, { runs: 20, tags: ["needs-ridge"] }),
    fixed("huge λ shrinks w towards 0", "ridgeSVD", [X3, Y3, 1e8], { description: "w ≈ Xᵀy / λ = [4e-8, 5e-8]." }),
    fixed("X scaled by 1e3, λ by 1e6", "ridgeSVD", [X3.map((r) => r.map((x) => 1e3 * x)), Y3, 3e6], { description: "The same problem in other units: w = [0.5e-3, 0.75e-3]." }),
    fixed("polynomial features, degree 5, λ = 1e-3", "ridgeSVD", [vandermonde(20, 5), Array.from({ length: 20 }, (_, i) => Math.sin((3 * i) / 19)), 1e-3], {
      description: "σ ranges over about four orders of magnitude; λ = 1e-3 keeps the small directions in check.",
    }),
    fixed("κ = 1e7, λ = 0: to rounding level", "ridgeSVD", [ILL, [1, -2, 0.5, 3, -1], 0], {
      tier: "challenge",
      section: "ridge-svd",
      check: ridgeCheckWith("deep"),
      description:
        "σ = 2, 1, 0.1, 2e-7 and λ = 0: the smallest direction is real, but the AᵀA route cannot tell it from rounding noise (σ² = 4e-14 ≈ ε·σ₁²) and drops it. Required here: a residual at rounding level, 1e3·(m + n)·ε, what one-sided Jacobi or the normal equations solved directly deliver.",
    }),
    throws("negative λ", "ridgeSVD", [X3, Y3, -0.5], "λ must be ≥ 0: a negative penalty rewards large weights", { tags: ["negative-lambda"] }),
    throws("y of the wrong length", "ridgeSVD", [X3, [1, 2], 0.5], "X has 3 rows but y has 2 entries", { tags: ["shape"] }),
    throws("ragged X", "ridgeSVD", [[[1, 0], [0, 1, 2], [1, 1]], Y3, 0.5], "row 1 of X has 3 entries, the others 2", { tags: ["shape"] }),
  ],
});
