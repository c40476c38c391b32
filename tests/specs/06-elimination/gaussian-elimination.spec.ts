import { arb, defineSpec, expect, fc, fixed, random, throws, tolerance, type Check } from "latutor/kit";
import {
  absoluteThreshold,
  exactZeroTest,
  inPlace,
  LESSON_A,
  LESSON_B,
  naiveSolve,
  noPivoting,
  ROUNDING_SINGULAR,
  SCALED_UP_SINGULAR,
  scaled,
  shapeNotChecked,
  shuffledDominant,
  singularNotRefused,
  timingMatrix,
  type Matrix,
  type Vector,
} from "./_elimination";

/**
 * Judged by the backward error ‖Ax − b‖ / (‖A‖‖x‖ + ‖b‖), not by the distance to the reference's
 * x: a stable solver keeps it near machine precision however ill-conditioned A is, while the
 * forward error of any solver grows with κ(A).
 */
const backward: Check = (got, { args }) => {
  const [A, b] = args as [Matrix, Vector];
  expect.smallResidual(A, got, b, tolerance({ n: A.length }));
};

const hilbert8 = arb.hilbert(8);

export default defineSpec({
  exercise: "gaussian-elimination",
  params: { solve: ["A", "b"] },
  diagnoses: [
    inPlace("solve"),
    noPivoting("solve", ([A, b]) => naiveSolve(A as Matrix, b as Vector)),
    absoluteThreshold("solve"),
    exactZeroTest("solve"),
    singularNotRefused("solve"),
    shapeNotChecked("solve", "A must be square (n×n) and b must have n entries"),
  ],
  plots: [
    {
      kind: "sweep",
      title: "Correct digits of x for A = [[ε, 1], [1, 1]], b = [1, 2] as the pivot ε shrinks to 10⁻ᵏ",
      call: "solve",
      inputs: Array.from({ length: 20 }, (_, i) => ({ x: i + 1, args: [[[10 ** -(i + 1), 1], [1, 1]], [1, 2]] })),
      // The exact solution is x₁ = 1/(1 − ε), x₂ = (1 − 2ε)/(1 − ε); 16 digits when exact, 0 when off by 100 %.
      y: (got, [A]) => {
        const e = (A as Matrix)[0][0];
        const truth = [1 / (1 - e), (1 - 2 * e) / (1 - e)];
        const x = got as number[];
        const err = Math.max(...truth.map((t, i) => Math.abs(x[i] - t) / Math.abs(t)));
        return Number.isNaN(err) ? 0 : Math.max(0, Math.min(16, -Math.log10(Math.max(err, 1e-16))));
      },
      xLabel: "k (ε = 10⁻ᵏ)",
      yLabel: "correct digits",
    },
  ],
  checks: { solve: backward },
  complexity: {
    call: "solve",
    sizes: [20, 40, 80, 120],
    args: (n) => [timingMatrix(n), Array.from({ length: n }, (_, i) => i % 3)],
    expected: 3,
    hint: "one elimination on [A | b] and a back substitution are enough. Computing A⁻¹ first does about three times the work, and Cramer's rule (one determinant per unknown) grows like n⁴",
  },
  cases: [
    fixed("2×2 system", "solve", [[[2, 1], [1, 3]], [3, 5]]),
    fixed("the lesson's 3×3 system", "solve", [LESSON_A, LESSON_B], { tags: ["unscaled"], description: "Partial pivoting swaps rows twice on the way; the answer is [2, 3, −1]." }),
    fixed("zero leading pivot", "solve", [[[0, 1], [1, 1]], [1, 2]], {
      description: "A[0][0] is 0: elimination without a row swap divides by zero at once.",
      tags: ["pivot"],
    }),
    fixed("tiny leading pivot (1e-20)", "solve", [[[1e-20, 1], [1, 1]], [1, 2]], {
      description: "The answer is about [1, 1]; without pivoting the multiplier 1e20 swamps the second row and x₁ comes out 0.",
      tags: ["pivot"],
    }),
    fixed("1×1 system", "solve", [[[4]], [8]]),
    fixed("pivot needed in the middle", "solve", [[[1, 1, 1], [1, 1, 2], [1, 2, 2]], [3, 4, 5]], {
      description: "The first column is fine, but after one step the second pivot is 0: a row swap is needed there too.",
      tags: ["pivot"],
    }),
    fixed("nearly singular 2×2", "solve", [[[1, 1], [1, 1.000000001]], [2, 2.000000001]], {
      description: "Invertible but badly conditioned (κ ≈ 4e9): solve it, do not refuse it. Its last pivot is 1e-9.",
    }),
    fixed("the lesson's 3×3 scaled by 1e-12", "solve", [scaled(1e-12, LESSON_A), LESSON_B.map((x) => 1e-12 * x)], {
      description: "Every pivot is near 1e-12, yet the matrix is as well conditioned as before: a fixed threshold like 1e-10 wrongly calls it singular.",
      tags: ["scaled-down"],
    }),
    fixed("the lesson's 3×3 scaled by 1e12", "solve", [scaled(1e12, LESSON_A), LESSON_B.map((x) => 1e12 * x)], { tags: ["scaled-up"] }),
    random("row-shuffled diagonally dominant systems", "solve", fc.integer({ min: 2, max: 6 }).chain((n) => fc.tuple(shuffledDominant(n), arb.vector(n, { max: 10, decimals: 1 }))), {
      runs: 30,
    }),
    random("zero leading pivot, n×n", "solve", fc.integer({ min: 2, max: 5 }).chain((n) => fc.tuple(arb.zeroLeadingPivot(n), arb.vector(n, { max: 10, decimals: 0 }))), {
      runs: 15,
      tags: ["pivot"],
    }),
    fixed("Hilbert 8×8, judged by backward error", "solve", [hilbert8, hilbert8.map((_, i) => (i % 2 ? -1 : 1))], {
      description:
        "κ(H₈) ≈ 1.5e10, so no solver gets x to more than about 6 digits; the check is the residual ‖Ax − b‖ relative to ‖A‖‖x‖, which pivoting keeps near 1e-16.",
    }),
    throws("singular 2×2", "solve", [[[1, 2], [2, 4]], [1, 2]], "the second row is twice the first: A is singular", { tags: ["singular"] }),
    throws("singular 1×1", "solve", [[[0]], [1]], "0·x = 1 has no solution: A is singular", { tags: ["singular"] }),
    throws("singular 3×3 (rounding leaves a pivot of 1e-16)", "solve", [ROUNDING_SINGULAR, [1, 2, 3]], "row 3 − row 2 = row 2 − row 1, so A is singular; rounding leaves a last pivot of about 1e-16 instead of 0", {
      tags: ["rounding-singular"],
    }),
    throws("singular 3×3 with entries near 1e12", "solve", [SCALED_UP_SINGULAR, [1, 2, 3]], "A is singular; with entries near 1e12, rounding leaves a last pivot near 1e-5, which only a threshold relative to A's entries recognises", {
      tags: ["scaled-up-singular"],
    }),
    throws("rectangular A", "solve", [[[1, 2, 3], [4, 5, 6]], [1, 2]], "A is 2×3: a square system needs as many equations as unknowns", { tags: ["shape"] }),
    throws("b of the wrong length", "solve", [[[1, 2], [3, 4]], [1, 2, 3]], "A is 2×2 but b has 3 entries", { tags: ["shape"] }),
  ],
});
