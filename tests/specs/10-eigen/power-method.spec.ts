import { defineSpec, detect, fc, fixed, linalg, random, throws, type Check, type JudgedCase } from "latutor/kit";
import {
  checkEigenpair,
  convergenceNotChecked,
  dominantSpectrum,
  indexOfLargest,
  notNormalised,
  shapeNotChecked,
  similar,
  stoppedOnEstimate,
  whenPair,
  withEigenvalues,
  zeroStartNotRefused,
  type EigenResult,
  type Matrix,
} from "./_eigen";

const check: Check = (got, { args, expected }) => {
  const [A, options] = args as [Matrix, { maxIterations?: number; tolerance?: number } | undefined];
  checkEigenpair(got, A, options, expected as EigenResult, "the dominant eigenvalue (largest in absolute value)");
};

const sizes = fc.integer({ min: 2, max: 5 });
const build = (symmetric: boolean, sign: "any" | "negative" = "any") =>
  sizes.chain((n) => withEigenvalues(dominantSpectrum(n, sign), symmetric, indexOfLargest)).map(({ A }) => [A]);

/** The Householder reflection I − 2uuᵀ/‖u‖² for u = [1, 2, 3, 4]: orthogonal and symmetric. */
const u = [1, 2, 3, 4];
const H4 = u.map((a, i) => u.map((b, j) => (i === j ? 1 : 0) - (2 * a * b) / 30));

/** A 4×4 with eigenvalues 10, 9, 3, 1 (|λ₂/λ₁| = 0.9, the slowest the contract allows), not symmetric. */
const SLOW = similar(H4, [
  [10, 1, 0, 0],
  [0, 9, 1, 0],
  [0, 0, 3, 1],
  [0, 0, 0, 1],
]).map((row) => row.map((x) => Math.round(x * 1e6) / 1e6));

/** The grader's own estimate of the dominant eigenvalue (plain power method, Rayleigh quotient). */
function dominantValue(A: Matrix): number {
  let v = A.map(() => 1);
  let value = 0;
  for (let k = 0; k < 3000; k++) {
    const w = linalg.matVec(A, v);
    const size = linalg.norm2(w);
    if (size === 0) return 0;
    v = w.map((x) => x / size);
    value = linalg.dot(v, linalg.matVec(A, v));
  }
  return value;
}

/**
 * Every failing case (that has an answer) has a negative dominant eigenvalue, and some case with a
 * positive one passed: what a method that loses the sign does, whether it then returns |λ₁| or
 * never meets its own convergence test.
 */
const failsOnlyOnNegative = (cases: JudgedCase[]) => {
  const mine = cases.filter((c) => c.call === "powerMethod" && c.kind !== "throws" && c.args);
  const bad = mine.filter((c) => !c.passed);
  return bad.length > 0 && bad.every((c) => dominantValue(c.args![0] as Matrix) < 0) && mine.some((c) => c.passed && dominantValue(c.args![0] as Matrix) > 0);
};

export default defineSpec({
  exercise: "power-method",
  params: { powerMethod: ["A", "options"] },
  diagnoses: [
    {
      id: "norm-as-eigenvalue",
      message:
        "your method goes wrong exactly where the dominant eigenvalue is negative: ‖A·v‖ is its size, never its sign (and v flips sign every step there). Use the Rayleigh quotient λ = vᵀ·(A·v) of the unit vector v, and test the residual ‖A·v − λ·v‖",
      section: "rayleigh",
      test: detect.any(
        whenPair("powerMethod", (g, e) => e.value < 0 && Math.abs(g.value + e.value) <= 1e-4 * Math.abs(e.value)),
        failsOnlyOnNegative,
      ),
    },
    notNormalised("powerMethod", "power-method"),
    stoppedOnEstimate("powerMethod", "convergence"),
    convergenceNotChecked("powerMethod", "convergence"),
    zeroStartNotRefused("powerMethod", "power-method"),
    shapeNotChecked("powerMethod", "power-method"),
  ],
  checks: { powerMethod: check },
  plots: [
    {
      kind: "trace",
      title: "powerMethod(A) with eigenvalues 10, 9, 3, 1: the estimate after each step (|λ₂/λ₁| = 0.9, so it creeps up on 10)",
      call: "powerMethod",
      args: [SLOW],
      series: (got) => (got as EigenResult).history,
      xLabel: "iteration",
      yLabel: "estimate of λ₁",
    },
  ],
  cases: [
    fixed("the lesson's 2×2 (λ = 4 and 1)", "powerMethod", [[[2, 1], [2, 3]]], { description: "Not symmetric; the dominant eigenvector is [1, 2]/√5." }),
    fixed("negative dominant eigenvalue (−5 and 2)", "powerMethod", [[[1, 2], [3, -4]]], {
      description: "The dominant eigenvalue is −5: v flips sign every step, and ‖A·v‖ says 5.",
      tags: ["negative"],
    }),
    fixed("1×1 negative", "powerMethod", [[[-3]]], { tags: ["negative"] }),
    fixed("start on the eigenvector", "powerMethod", [[[2, 1], [1, 2]]], { description: "The all-ones start already is the eigenvector for 3: one step is enough." }),
    fixed("diagonal 3×3", "powerMethod", [[[1, 0, 0], [0, -2, 0], [0, 0, 0.5]]], { tags: ["negative"] }),
    fixed("a given start x0", "powerMethod", [[[2, 1], [2, 3]], { x0: [1, 0] }]),
    fixed("symmetric 3×3 (λ₁ = 3 + √3)", "powerMethod", [[[2, 1, 0], [1, 3, 1], [0, 1, 4]]]),
    fixed("slow: |λ₂/λ₁| = 0.9", "powerMethod", [SLOW], { description: "Eigenvalues 10, 9, 3, 1: the error shrinks by only 0.9 per step, so it takes a couple of hundred." }),
    fixed("a loose tolerance (1e-4)", "powerMethod", [SLOW, { tolerance: 1e-4 }], { description: "The residual only has to fall below 1e-4 · |λ|." }),
    fixed("a tight tolerance (1e-13)", "powerMethod", [[[2, 1], [2, 3]], { tolerance: 1e-13 }]),
    random("symmetric matrices, |λ₂/λ₁| ≤ 0.8", "powerMethod", build(true), { runs: 20 }),
    random("non-symmetric matrices with real eigenvalues", "powerMethod", build(false), { runs: 20 }),
    random("negative dominant eigenvalue", "powerMethod", fc.boolean().chain((symmetric) => build(symmetric, "negative")), { runs: 15, tags: ["negative"] }),
    throws("never converges: eigenvalues 1 and −1", "powerMethod", [[[0, 1], [1, 0]], { x0: [1, 0] }], "the eigenvalues 1 and −1 are equally strong, so v swaps between [1, 0] and [0, 1] forever", {
      tags: ["no-convergence"],
    }),
    throws("not enough iterations", "powerMethod", [SLOW, { maxIterations: 5 }], "five steps cannot bring the residual below 1e-10 when the error shrinks by 0.9 per step", {
      tags: ["no-convergence"],
    }),
    throws("zero start", "powerMethod", [[[2, 1], [2, 3]], { x0: [0, 0] }], "x0 = [0, 0] has no direction", { tags: ["zero-start"] }),
    throws("not square", "powerMethod", [[[1, 2, 3], [4, 5, 6]]], "A is 2×3: only a square matrix has eigenvalues", { tags: ["shape"] }),
    throws("x0 of the wrong length", "powerMethod", [[[2, 1], [2, 3]], { x0: [1, 1, 1] }], "A is 2×2 but x0 has 3 entries", { tags: ["shape"] }),
  ],
});
