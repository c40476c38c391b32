import { arb, defineSpec, detect, expect, fc, fixed, random, throws, type Check, type JudgedCase } from "latutor/kit";
import { expectNormalSolution, FLIPPER, LESSON_Y, mean, MASS, matVec, scaled, solveShifted, THREE_FEATURES, withOnes, type Matrix, type Vector } from "./_least-squares";

interface Model {
  weights: Vector;
  bias: number;
}

function expectModel(got: unknown, n: number): asserts got is Model {
  if (got === null || typeof got !== "object" || Array.isArray(got)) {
    throw new expect.Mismatch(`fitLinearRegression returned ${Array.isArray(got) ? "an array" : String(got)}, expected an object { weights, bias }`);
  }
  const m = got as Record<string, unknown>;
  expect.expectVector(m.weights, n, "weights");
  expect.expectNumber(m.bias, "bias");
}

/** The fit is judged as least squares on [X | 1] with w = [...weights, bias]: by the normal-equation residual. */
const fitCheck: Check = (got, { args, expected, note }) => {
  const [X, y] = args as [Matrix, Vector];
  const e = expected as Model;
  expectModel(got, e.weights.length);
  expectNormalSolution(withOnes(X), y, [...got.weights, got.bias], [...e.weights, e.bias], 0, "[...weights, bias]", note, "[X | 1] (X with a column of ones for the bias)");
};

const predictCheck: Check = (got, { args, expected }) => {
  const [model, X] = args as [Model, Matrix];
  const scale = Math.abs(model.bias) + Math.max(0, ...X.map((row) => row.reduce((s, x, j) => s + Math.abs(x * model.weights[j]), 0)));
  expect.closeVector(got, expected as Vector, { rel: 0, abs: 64 * (model.weights.length + 1) * Number.EPSILON * Math.max(scale, 1e-300) }, "predict(model, X)");
};

const LESSON_FEATURE: Matrix = [[0], [1], [2], [3]];
const TWO: Matrix = [
  [1, 0],
  [0, 1],
  [1, 1],
  [2, 1],
];
const TWO_Y: Vector = [3, 4, 6, 8];

/**
 * m samples of n features where [X | 1] surely has full column rank: a sample at the origin, one
 * on each axis, then random rows; y = X·w + b + small noise.
 */
const regressionProblem = fc.integer({ min: 1, max: 3 }).chain((n) =>
  fc.integer({ min: n + 1, max: n + 5 }).chain((m) =>
    fc
      .tuple(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }),
        arb.matrix(m - n - 1, n, { max: 6, decimals: 0 }),
        arb.vector(n, { max: 5, decimals: 1 }),
        arb.entry({ max: 20, decimals: 1 }),
        arb.vector(m, { max: 1, decimals: 2 }),
      )
      .map(([d, R, w, b, e]) => {
        const X = [new Array<number>(n).fill(0), ...d.map((di, i) => Array.from({ length: n }, (_, j) => (i === j ? di : 0))), ...R];
        const y = matVec(X, w).map((v, i) => v + b + 0.1 * e[i]);
        return [X, y];
      }),
  ),
);

const fitCases = (cases: JudgedCase[]) => cases.filter((c) => c.call === "fitLinearRegression" && !c.passed && c.kind !== "throws" && c.outcome === "returned" && c.args);
const asModel = (x: unknown): Model | undefined => (x && typeof x === "object" && Array.isArray((x as Model).weights) && typeof (x as Model).bias === "number" ? (x as Model) : undefined);

export default defineSpec({
  exercise: "linear-regression",
  params: { fitLinearRegression: ["X", "y"], predict: ["model", "X"] },
  diagnoses: [
    {
      id: "intercept-forgotten",
      message:
        "your bias is 0 and your weights are those of a line forced through the origin: the intercept was left out. Append a column of ones to X (its weight is the bias), or centre X and y first",
      section: "intercept",
      test: (cases) =>
        fitCases(cases).some((c) => {
          const g = asModel(c.got);
          const [X, y] = c.args as [Matrix, Vector];
          const noIntercept = solveShifted(X, y, () => 0);
          return !!g && !!noIntercept && Math.abs(g.bias) <= 1e-9 * Math.max(1, ...y.map(Math.abs)) && detect.near(g.weights, noIntercept) && Math.abs((c.expected as Model).bias) > 1e-6;
        }),
    },
    {
      id: "bias-ignores-feature-means",
      message: "your weights are right but your bias is the mean of y: after fitting the centred data, the bias is mean(y) − weights · mean(X) (the line passes through the point of means)",
      section: "intercept",
      test: (cases) =>
        fitCases(cases).some((c) => {
          const g = asModel(c.got);
          const e = c.expected as Model;
          const [, y] = c.args as [Matrix, Vector];
          return !!g && detect.near(g.weights, e.weights) && detect.near([g.bias], [mean(y)]) && !detect.near([e.bias], [mean(y)]);
        }),
    },
    {
      id: "x-y-swapped",
      message: "your slope is cov(x, y) / var(y): x and y have swapped roles (that line predicts x from y). The slope of y on x is cov(x, y) / var(x), and in matrix form, with A = [X | 1] (the features and a column of ones for the bias), the features go into AᵀA, the targets y only into Aᵀy",
      section: "intercept",
      test: (cases) =>
        fitCases(cases).some((c) => {
          const g = asModel(c.got);
          const [X, y] = c.args as [Matrix, Vector];
          if (!g || X[0].length !== 1 || g.weights.length !== 1) return false;
          const x = X.map((r) => r[0]);
          const mx = mean(x);
          const my = mean(y);
          const sxy = x.reduce((s, v, i) => s + (v - mx) * (y[i] - my), 0);
          const syy = y.reduce((s, v) => s + (v - my) ** 2, 0);
          const swapped = sxy / syy;
          return syy > 0 && detect.near(g.weights, [swapped]) && !detect.near([swapped], (c.expected as Model).weights);
        }),
    },
    {
      id: "predict-forgets-bias",
      message: "predict returns X·weights without the bias: every prediction is off by exactly the bias. Add model.bias to each row's dot product",
      section: "intercept",
      test: (cases) =>
        cases.some((c) => {
          if (c.call !== "predict" || c.passed || c.outcome !== "returned" || c.kind === "throws" || !c.args) return false;
          const [model, X] = c.args as [Model, Matrix];
          return model.bias !== 0 && detect.near(c.got, matVec(X, model.weights));
        }),
    },
    {
      id: "rank-deficient-not-refused",
      message:
        "[X | 1] has dependent columns (a duplicated feature, or a constant one, which copies the column of ones), so no unique fit exists: throw an Error when a pivot is ≤ n·ε·(largest entry of the matrix)",
      section: "rank",
      test: (cases) => cases.some((c) => c.call === "fitLinearRegression" && !c.passed && c.kind === "throws" && c.outcome === "returned" && c.tags.includes("rank-deficient")),
    },
    {
      id: "too-few-samples",
      message: "n features and a bias are n + 1 unknowns: with fewer than n + 1 samples the fit is not unique. Check X.length ≥ n + 1 and throw an Error",
      section: "intercept",
      test: (cases) => cases.some((c) => c.call === "fitLinearRegression" && !c.passed && c.kind === "throws" && c.outcome === "returned" && c.tags.includes("wide")),
    },
    {
      id: "shape-not-checked",
      message: "check the shapes before you compute: y needs one entry per row of X, and every row of X (in fit and in predict) one entry per weight; otherwise throw an Error that says so",
      section: "intercept",
      test: (cases) => cases.some((c) => !c.passed && c.kind === "throws" && c.outcome === "returned" && c.tags.includes("shape")),
    },
  ],
  checks: { fitLinearRegression: fitCheck, predict: predictCheck },
  cases: [
    fixed("the lesson's four points", "fitLinearRegression", [LESSON_FEATURE, LESSON_Y], { description: "x = 0, 1, 2, 3 and y = 1, 3, 4, 4: the best line is y = 1.5 + x, so weights [1] and bias 1.5." }),
    fixed("two features, exact fit", "fitLinearRegression", [TWO, TWO_Y], { description: "y = 2·x₁ + 3·x₂ + 1 exactly: weights [2, 3], bias 1." }),
    fixed("a line far from the origin", "fitLinearRegression", [[[10], [11], [12], [13]], [5, 7, 9, 11]], { description: "y = 2x − 15: a line through the origin cannot fit it at all." }),
    random("y = X·w + b + small noise", "fitLinearRegression", regressionProblem, { runs: 30 }),
    fixed("the lesson's points with x scaled by 1e-3", "fitLinearRegression", [scaled(1e-3, LESSON_FEATURE), LESSON_Y], { description: "weights [1000], bias 1.5: the bias does not scale." }),
    fixed("the lesson's points with x scaled by 1e6", "fitLinearRegression", [scaled(1e6, LESSON_FEATURE), LESSON_Y], { description: "weights [1e-6], bias 1.5." }),
    fixed("penguins: body mass from flipper length", "fitLinearRegression", [FLIPPER, MASS], {
      description: "334 penguins: about 50.1 g more per mm of flipper, and a bias of about −5866 g (a penguin with no flippers is far outside the data).",
    }),
    fixed("penguins: body mass from flipper, bill length and bill depth", "fitLinearRegression", [THREE_FEATURES, MASS], { description: "Three features and a bias, from 334 penguins." }),
    throws("a constant feature", "fitLinearRegression", [[[1, 5], [2, 5], [3, 5], [4, 5]], [1, 2, 3, 5]], "the second feature is always 5, a multiple of the column of ones: its weight and the bias cannot be told apart", {
      tags: ["rank-deficient"],
    }),
    throws("a duplicated feature", "fitLinearRegression", [[[1, 2], [2, 4], [3, 6], [5, 10]], [1, 2, 3, 5]], "the second feature is twice the first", { tags: ["rank-deficient"] }),
    throws("as many samples as features", "fitLinearRegression", [[[1, 2], [3, 5]], [1, 2]], "two samples cannot fit two weights and a bias: at least n + 1 = 3 samples are needed", { tags: ["wide"] }),
    throws("y of the wrong length", "fitLinearRegression", [[[0], [1], [2]], [1, 2]], "X has 3 rows but y has 2 entries", { tags: ["shape"] }),
    fixed("predict with the lesson's model", "predict", [{ weights: [1], bias: 1.5 }, [[4], [10]]], { description: "1.5 + 4 = 5.5 and 1.5 + 10 = 11.5." }),
    fixed("predict with two features", "predict", [{ weights: [2, 3], bias: 1 }, [[1, 1], [0, 0], [-1, 2]]], { description: "[2 + 3 + 1, 0 + 1, −2 + 6 + 1] = [6, 1, 5]." }),
    random(
      "predict on random models",
      "predict",
      fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(fc.record({ weights: arb.vector(n, { max: 5, decimals: 1 }), bias: arb.entry({ max: 10, decimals: 1 }) }), arb.sized(1, 5, (m) => arb.matrix(m, n, { max: 9, decimals: 1 })))),
      { runs: 20 },
    ),
    throws("predict with the wrong number of features", "predict", [{ weights: [2, 3], bias: 1 }, [[1, 1, 1]]], "the model has 2 weights but the row has 3 features", { tags: ["shape"] }),
  ],
});
