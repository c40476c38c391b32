import { arb, defineSpec, fc, fixed, random, throws, type Check, type JudgedCase } from "latutor/kit";
import { expectNormalSolution, LESSON_X, LESSON_Y, mean, MASS, matchesModel, scaled, solveShifted, THREE_FEATURES, vandermonde, type Matrix, type Vector } from "./_least-squares";

/** Judged by the residual of the ridge normal equations (XᵀX + λI)·w = Xᵀy, relative to the sizes involved. */
const ridgeCheck: Check = (got, { args, expected, note }) => {
  const [X, y, lambda] = args as [Matrix, Vector, number];
  expectNormalSolution(X, y, got, expected as Vector, lambda, "w", note);
};

/** The answer some mistaken penalty D gives (D added to XᵀX), on the case's own input. */
const penaltyModel = (D: (lambda: number, i: number, j: number) => number) => (args: unknown[]) => {
  const [X, y, lambda] = args as [Matrix, Vector, number];
  return solveShifted(X, y, (i, j) => D(lambda, i, j));
};

const X3: Matrix = [
  [1, 0],
  [0, 1],
  [1, 1],
];
const Y3: Vector = [1, 2, 3];

/** Two nearly identical features (the second is the first plus a wobble of 0.01): XᵀX is nearly singular. */
const NEAR_COLLINEAR: Matrix = [
  [1, 1.01],
  [2, 1.99],
  [3, 3.01],
  [4, 3.99],
];
const NEAR_Y: Vector = [2, 4, 6, 8];

/** Centred penguin features and masses: ridge has no intercept, so centring stands in for it. */
const centre = (X: Matrix): Matrix => {
  const means = X[0].map((_, j) => mean(X.map((r) => r[j])));
  return X.map((r) => r.map((x, j) => x - means[j]));
};
const PENGUIN_X = centre(THREE_FEATURES);
const massMean = mean(MASS);
const PENGUIN_Y = MASS.map((v) => v - massMean);

/** λ in tenths from 0.1 to 9.9, never 1 (where λ, λ² and √λ coincide). */
const lambdaArb = fc.integer({ min: 1, max: 99 }).map((k) => (k === 10 ? 2.5 : k / 10));

const anyShape = fc.integer({ min: 1, max: 4 }).chain((n) => fc.integer({ min: 1, max: 6 }).chain((m) => fc.tuple(arb.matrix(m, n, { max: 5, decimals: 0 }), arb.vector(m, { max: 9, decimals: 1 }), lambdaArb)));

const threwOn = (tag: string) => (cases: JudgedCase[]) =>
  cases.some((c) => c.call === "ridge" && !c.passed && c.kind !== "throws" && c.outcome === "threw" && c.tags.includes(tag));

export default defineSpec({
  exercise: "ridge-regression",
  params: { ridge: ["X", "y", "lambda"] },
  plots: [
    {
      kind: "sweep",
      title: "the ridge path: the first weight of two nearly collinear features shrinks as λ grows",
      call: "ridge",
      inputs: Array.from({ length: 13 }, (_, i) => ({ x: i / 2 - 3, args: [NEAR_COLLINEAR, NEAR_Y, 10 ** (i / 2 - 3)] })),
      y: (result) => (Array.isArray(result) && typeof result[0] === "number" ? result[0] : NaN),
      xLabel: "log₁₀ λ",
      yLabel: "w₀",
    },
  ],
  diagnoses: [
    {
      id: "lambda-squared",
      message: "your answer is what λ² on the diagonal gives: the penalty λ‖w‖² puts λ itself on the diagonal, (XᵀX + λI)·w = Xᵀy (the square is on ‖w‖, not on λ)",
      section: "ridge",
      test: matchesModel("ridge", penaltyModel((l, i, j) => (i === j ? l * l : 0))),
    },
    {
      id: "lambda-sqrt",
      message: "your answer is what √λ on the diagonal gives: that is the augmented-system row weight. In (XᵀX + λI)·w = Xᵀy the diagonal gets λ itself (the augmented rows √λ·I square to λI)",
      section: "ridge",
      test: matchesModel("ridge", penaltyModel((l, i, j) => (i === j ? Math.sqrt(l) : 0))),
    },
    {
      id: "lambda-everywhere",
      message: "you added λ to EVERY entry of XᵀX: λI has λ on the diagonal and 0 elsewhere (the gradient of λ‖w‖² is 2λw, which touches each weight alone)",
      section: "ridge",
      test: matchesModel("ridge", penaltyModel((l) => l)),
    },
    {
      id: "penalty-sign",
      message: "you subtracted λ from the diagonal: the penalty ADDS λ‖w‖² to the loss, so its gradient adds λw and the system is (XᵀX + λI)·w = Xᵀy. A minus makes the matrix less definite, not more",
      section: "ridge",
      test: matchesModel("ridge", penaltyModel((l, i, j) => (i === j ? -l : 0))),
    },
    {
      id: "refuses-valid-ridge",
      message:
        "you refused an X that ridge handles: for λ > 0, XᵀX + λI is positive definite whatever X is, so a wide X or one with duplicated features has a unique answer. Do not copy leastSquares' m ≥ n and rank checks; only λ < 0 and mismatched shapes throw",
      section: "ridge",
      test: threwOn("needs-ridge"),
    },
    {
      id: "negative-lambda-accepted",
      message: "λ < 0 rewards large weights instead of penalising them (and XᵀX + λI may stop being invertible): throw an Error when lambda is negative",
      section: "ridge",
      test: (cases) => cases.some((c) => c.call === "ridge" && !c.passed && c.kind === "throws" && c.outcome === "returned" && c.tags.includes("negative-lambda")),
    },
    {
      id: "shape-not-checked",
      message: "check the shapes before you compute: y needs one entry per row of X and the rows of X the same length; otherwise throw an Error that says so",
      section: "ridge",
      test: (cases) => cases.some((c) => c.call === "ridge" && !c.passed && c.kind === "throws" && c.outcome === "returned" && c.tags.includes("shape")),
    },
  ],
  checks: { ridge: ridgeCheck },
  cases: [
    fixed("λ = 0 is plain least squares", "ridge", [X3, Y3, 0], { description: "X has full column rank and y = X·[1, 2] exactly, so w = [1, 2]." }),
    fixed("λ = 3", "ridge", [X3, Y3, 3], { description: "(XᵀX + 3I)·w = Xᵀy with XᵀX = [[2, 1], [1, 2]] and Xᵀy = [4, 5]: w = [0.625, 0.875]." }),
    fixed("one feature, λ = 14", "ridge", [[[1], [2], [3]], [2, 4, 6], 14], { description: "w = x·y / (x·x + λ) = 28 / (14 + 14) = 1: half the least-squares slope 2." }),
    fixed("the four points with a ones column, λ = 0.5", "ridge", [LESSON_X, LESSON_Y, 0.5], { description: "The lesson's four points with their column of ones: ridge penalises that weight (the intercept) like any other." }),
    fixed("nearly collinear features, λ = 0.1", "ridge", [NEAR_COLLINEAR, NEAR_Y, 0.1], {
      description: "The second feature is the first plus a wobble of ±0.01: plain least squares gives wild weights, ridge splits the work evenly, about [1, 1].",
    }),
    fixed("duplicated feature, λ = 0.5", "ridge", [[[1, 1], [2, 2], [3, 3]], [1, 2, 3], 0.5], {
      tags: ["needs-ridge"],
      description: "XᵀX is singular, XᵀX + 0.5·I is not: both weights are 28/57 ≈ 0.491.",
    }),
    fixed("wide X (2 samples, 3 features), λ = 0.1", "ridge", [[[1, 2, 0], [0, 1, 3]], [1, 2], 0.1], { tags: ["needs-ridge"], description: "More features than samples: valid for λ > 0." }),
    fixed("huge λ shrinks w towards 0", "ridge", [X3, Y3, 1e8], { description: "w ≈ Xᵀy / λ = [4e-8, 5e-8]." }),
    random("random X of any shape, λ > 0", "ridge", anyShape, { runs: 30 }),
    fixed("X scaled by 1e3, λ by 1e6", "ridge", [scaled(1e3, X3), Y3, 3e6], { description: "Same problem in other units: w = [0.625e-3, 0.875e-3]." }),
    fixed("X scaled by 1e-3, λ by 1e-6", "ridge", [scaled(1e-3, X3), Y3, 3e-6], { description: "w = [625, 875]." }),
    fixed("polynomial features, degree 5, λ = 1e-3", "ridge", [vandermonde(20, 5), Array.from({ length: 20 }, (_, i) => Math.sin((3 * i) / 19)), 1e-3], {
      description: "κ(XᵀX) ≈ 1e7 without the penalty; λ = 1e-3 brings it down to about 1e4.",
    }),
    fixed("penguins, centred, λ = 100", "ridge", [PENGUIN_X, PENGUIN_Y, 100], { description: "Centred flipper length, bill length and bill depth against centred body mass: 334 rows, 3 weights." }),
    throws("negative λ", "ridge", [X3, Y3, -0.5], "λ must be ≥ 0: a negative penalty rewards large weights", { tags: ["negative-lambda"] }),
    throws("y of the wrong length", "ridge", [X3, [1, 2], 0.5], "X has 3 rows but y has 2 entries", { tags: ["shape"] }),
    throws("ragged X", "ridge", [[[1, 0], [0, 1, 2], [1, 1]], Y3, 0.5], "row 1 of X has 3 entries, the others 2", { tags: ["shape"] }),
  ],
});
