import { defineSpec, fixed, random, throws, type Check } from "latutor/kit";
import {
  absoluteThreshold,
  exactZeroTest,
  expectNormalSolution,
  FLIPPER,
  gram,
  knownAnswer,
  LESSON_X,
  LESSON_Y,
  MASS,
  matchesModel,
  rankDeficientNotRefused,
  ROUNDING_DEFICIENT,
  SCALED_UP_DEFICIENT,
  scaled,
  shapeNotChecked,
  solveOrUndefined,
  vandermonde,
  wideNotRefused,
  withOnes,
  type Matrix,
  type Vector,
} from "./_least-squares";

/**
 * Judged by the normal-equation residual ‖Xᵀ(Xw − y)‖ relative to ‖X‖²‖w‖ + ‖X‖‖y‖, not by the
 * distance to the reference's w: the normal equations lose digits in proportion to κ(X)², and
 * that is the method's nature, not the learner's mistake; the residual stays near (m + n)·ε.
 */
const normal: Check = (got, { args, expected, note }) => {
  const [X, y] = args as [Matrix, Vector];
  expectNormalSolution(X, y, got, expected as Vector, 0, "w", note);
};

const sinAt = (m: number) => Array.from({ length: m }, (_, i) => Math.sin((3 * i) / (m - 1)));

export default defineSpec({
  exercise: "normal-equations",
  params: { leastSquares: ["X", "y"] },
  diagnoses: [
    {
      id: "rhs-missing-transpose",
      message: "you solved XᵀX·w = y: the right-hand side needs Xᵀ too. Multiply both sides of X·w ≈ y by Xᵀ: (XᵀX)·w = Xᵀy (y has m entries, Xᵀy has n, one per unknown)",
      section: "normal-equations",
      test: matchesModel("leastSquares", ([X, y]) => {
        const n = (X as Matrix)[0].length;
        return solveOrUndefined(gram(X as Matrix), (y as Vector).slice(0, n));
      }),
    },
    absoluteThreshold("leastSquares"),
    exactZeroTest("leastSquares"),
    rankDeficientNotRefused("leastSquares"),
    wideNotRefused("leastSquares"),
    shapeNotChecked("leastSquares", "X must have rows of equal length and y one entry per row of X"),
  ],
  checks: { leastSquares: normal },
  cases: [
    fixed("the lesson's four points", "leastSquares", [LESSON_X, LESSON_Y], {
      tags: ["unscaled"],
      description: "Fit y ≈ w₀ + w₁·x through (0, 1), (1, 3), (2, 4), (3, 4): the best line is y = 1.5 + x, so w = [1.5, 1].",
    }),
    fixed("square X: an exactly solvable system", "leastSquares", [[[2, 1], [1, 3]], [3, 5]], {
      tags: ["square"],
      description: "m = n is allowed: the least-squares answer is then the exact solution [0.8, 1.4], with zero residual.",
    }),
    fixed("one column", "leastSquares", [[[1], [2], [2]], [1, 2, 3]], { description: "One unknown: w = (x·y) / (x·x) = 11/9." }),
    fixed("consistent tall system", "leastSquares", [[[1, 0], [0, 1], [1, 1], [2, -1]], [2, -1, 1, 5]], {
      description: "y = X·[2, −1] exactly: four equations, all satisfied, so the residual is zero and w = [2, −1].",
    }),
    random("y = X·w_true + small noise", "leastSquares", knownAnswer(true), { runs: 30 }),
    random("exactly consistent y = X·w_true", "leastSquares", knownAnswer(false), { runs: 15 }),
    fixed("the lesson's points with X scaled by 1e-3", "leastSquares", [scaled(1e-3, LESSON_X), LESSON_Y], {
      description: "Same line in other units: w is 1000 times larger, [1500, 1000].",
    }),
    fixed("the lesson's points with X scaled by 1e-6", "leastSquares", [scaled(1e-6, LESSON_X), LESSON_Y], {
      tags: ["scaled-down"],
      description: "XᵀX has entries near 1e-11, yet X is exactly as well conditioned as before: a fixed threshold like 1e-10 wrongly calls it rank-deficient. w = [1.5e6, 1e6].",
    }),
    fixed("the lesson's points with X scaled by 1e6", "leastSquares", [scaled(1e6, LESSON_X), LESSON_Y], { description: "w = [1.5e-6, 1e-6]." }),
    fixed("polynomial features, degree 3 (10 points)", "leastSquares", [vandermonde(10, 3), sinAt(10)], {
      description: "Columns 1, t, t², t³ at 10 points of [0, 1], fitting sin(3t); κ(X) ≈ 1e2.",
    }),
    fixed("polynomial features, degree 5 (20 points)", "leastSquares", [vandermonde(20, 5), sinAt(20)], {
      description:
        "Columns 1, t, …, t⁵ at 20 points of [0, 1]: κ(X) ≈ 3e3, so κ(XᵀX) ≈ 1e7 and the normal equations lose about 7 digits of w. That is expected; the check is the residual of the normal equations, which a careful solve keeps near 1e-15.",
    }),
    fixed("penguins: body mass from flipper length", "leastSquares", [withOnes(FLIPPER), MASS], {
      description: "334 penguins, X = [flipper length (mm), 1]: w ≈ [50.12, −5866] (grams per mm, and an intercept).",
    }),
    throws("duplicated column", "leastSquares", [[[1, 1], [2, 2], [3, 3]], [1, 2, 3]], "both columns are [1, 2, 3]: XᵀX = [[14, 14], [14, 14]] is singular", {
      tags: ["rank-deficient", "exact-deficient"],
    }),
    throws("a zero column", "leastSquares", [[[1, 0], [2, 0], [3, 0]], [1, 2, 2]], "the second column is all zeros: its weight could be anything", { tags: ["rank-deficient", "exact-deficient"] }),
    throws("a column a third of another", "leastSquares", [ROUNDING_DEFICIENT, [1, 2, 3]], "column 2 is column 1 divided by 3, so X has rank 1; 1/3 is not exact in binary, and rounding leaves a last pivot of about 2e-16 instead of 0", {
      tags: ["rank-deficient", "rounding-deficient"],
    }),
    throws("a column that is the sum of two others", "leastSquares", [[[1, 0, 1], [0, 1, 1], [2, 1, 3], [1, 3, 4], [0, 2, 2]], [1, 2, 3, 4, 5]], "column 3 = column 1 + column 2: X has rank 2, not 3 (elimination of XᵀX leaves a rounding-sized last pivot, about 1e-15)", {
      tags: ["rank-deficient", "rounding-deficient"],
    }),
    throws("dependent columns scaled by 1e6", "leastSquares", [SCALED_UP_DEFICIENT, [1, 2, 3]], "column 2 is a third of column 1; scaled by 1e6, rounding leaves a pivot near 7e-4, which only a threshold relative to XᵀX recognises", {
      tags: ["rank-deficient", "scaled-up-deficient"],
    }),
    throws("wide X (2×3)", "leastSquares", [[[1, 2, 3], [4, 5, 6]], [1, 2]], "two equations cannot pin down three unknowns: X must have m ≥ n", { tags: ["wide"] }),
    throws("y of the wrong length", "leastSquares", [[[1, 0], [0, 1], [1, 1]], [1, 2]], "X has 3 rows but y has 2 entries", { tags: ["shape"] }),
    throws("ragged X", "leastSquares", [[[1, 0], [0, 1, 2], [1, 1]], [1, 2, 3]], "row 1 of X has 3 entries, the others 2", { tags: ["shape"] }),
  ],
});
