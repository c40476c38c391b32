import { defineSpec, fc, fixed, random, throws, type Check } from "latutor/kit";
import {
  checkEigenpair,
  convergenceNotChecked,
  notNormalised,
  relativeResidual,
  shapeNotChecked,
  stoppedOnEstimate,
  whenPair,
  withEigenvalues,
  zeroStartNotRefused,
  type EigenResult,
  type Matrix,
} from "./_eigen";

const check: Check = (got, { args, expected }) => {
  const [A, shift, options] = args as [Matrix, number, { maxIterations?: number; tolerance?: number } | undefined];
  checkEigenpair(got, A, options, expected as EigenResult, `the eigenvalue nearest the shift ${shift}`);
};

/**
 * n distinct whole-number eigenvalues in [−9, 9], and a shift within 0.3 of one of them: the next
 * nearest is at least 0.7 away, so each step shrinks the error by 0.3/0.7 or better.
 */
const spectrumAndShift = fc.integer({ min: 2, max: 5 }).chain((n) =>
  fc.tuple(
    fc.uniqueArray(fc.integer({ min: -9, max: 9 }), { minLength: n, maxLength: n }),
    fc.integer({ min: 0, max: n - 1 }),
    fc.integer({ min: -30, max: 30 }).filter((d) => d !== 0),
  ),
);

const build = (symmetric: boolean) =>
  spectrumAndShift.chain(([values, k, d]) =>
    withEigenvalues(fc.constant(values), symmetric, () => k).map(({ A }) => [A, values[k] + d / 100]),
  );

export default defineSpec({
  exercise: "inverse-iteration",
  params: { inverseIteration: ["A", "shift", "options"] },
  diagnoses: [
    {
      id: "shifted-inverse-value",
      message:
        "your value is 1/(λ − shift), the eigenvalue of (A − shift·I)⁻¹ that the iteration really multiplies by, not the eigenvalue λ of A. Return the Rayleigh quotient vᵀ·A·v of A itself (or shift + 1/μ)",
      section: "inverse-iteration",
      test: whenPair("inverseIteration", (g, e, args) => {
        // μ, with the right eigenvector beside it: (μ, v) is no eigenpair of A itself.
        const [A, shift] = args as [Matrix, number];
        const mu = 1 / (e.value - shift);
        return Number.isFinite(mu) && Math.abs(g.value - mu) <= 1e-4 * Math.max(1, Math.abs(mu)) && Math.abs(mu - e.value) > 1e-3 && relativeResidual(A, g.value, g.vector) > 1e-6;
      }),
    },
    {
      id: "not-nearest-shift",
      message:
        "you found a true eigenpair of A, but not the one nearest the shift: each step must SOLVE (A − shift·I)·y = v (multiplying by A, or solving A·y = v without the shift, finds another eigenvalue)",
      section: "inverse-iteration",
      test: whenPair("inverseIteration", (g, e, args) => {
        const [A, shift] = args as [Matrix, number];
        return relativeResidual(A, g.value, g.vector) < 1e-6 && Math.abs(g.value - shift) > Math.abs(e.value - shift) + 1e-6;
      }),
    },
    notNormalised("inverseIteration", "inverse-iteration"),
    stoppedOnEstimate("inverseIteration", "convergence"),
    {
      id: "singular-shift-not-refused",
      message: "the shift is exactly an eigenvalue, so A − shift·I is singular and (A − shift·I)·y = v has no unique solution: throw an Error (your solve from topic 06 does)",
      section: "inverse-iteration",
      test: (cases) => cases.some((c) => c.call === "inverseIteration" && c.kind === "throws" && !c.passed && c.outcome === "returned" && c.tags.includes("singular")),
    },
    convergenceNotChecked("inverseIteration", "convergence"),
    zeroStartNotRefused("inverseIteration", "power-method"),
    shapeNotChecked("inverseIteration", "power-method"),
  ],
  checks: { inverseIteration: check },
  plots: [
    {
      kind: "trace",
      title: "inverseIteration([[2, 1, 0], [1, 3, 1], [0, 1, 4]], 2.5): the estimate after each step (it settles on λ = 3)",
      call: "inverseIteration",
      args: [[[2, 1, 0], [1, 3, 1], [0, 1, 4]], 2.5],
      series: (got) => (got as EigenResult).history,
      xLabel: "iteration",
      yLabel: "estimate of λ",
    },
  ],
  cases: [
    fixed("the lesson's 2×2, shift 0", "inverseIteration", [[[2, 1], [2, 3]], 0], { description: "Eigenvalues 1 and 4; shift 0 finds the smallest, λ = 1, eigenvector [1, −1]/√2." }),
    fixed("the lesson's 2×2, shift 3", "inverseIteration", [[[2, 1], [2, 3]], 3], { description: "4 is 1 away from the shift, 1 is 2 away: the answer is λ = 4." }),
    fixed("negative eigenvalue nearest the shift", "inverseIteration", [[[1, 2], [3, -4]], -4], { description: "Eigenvalues −5 and 2: the shift −4 picks −5." }),
    fixed("the middle eigenvalue of a 3×3", "inverseIteration", [[[2, 1, 0], [1, 3, 1], [0, 1, 4]], 2.5], {
      description: "Eigenvalues 3 − √3, 3 and 3 + √3: neither the power method nor a shift of 0 can reach the middle one.",
    }),
    fixed("a shift very near an eigenvalue", "inverseIteration", [[[2, 1, 0], [1, 3, 1], [0, 1, 4]], 4.7320508], {
      description: "A − shift·I is nearly singular, which is exactly what makes inverse iteration converge in a step or two.",
    }),
    fixed("a given start x0", "inverseIteration", [[[2, 1], [2, 3]], 0.5, { x0: [0, 1] }]),
    fixed("a loose tolerance (1e-4)", "inverseIteration", [[[2, 1, 0], [1, 3, 1], [0, 1, 4]], 1, { tolerance: 1e-4 }]),
    fixed("1×1", "inverseIteration", [[[-3]], 1]),
    random("symmetric matrices, shift near an eigenvalue", "inverseIteration", build(true), { runs: 20 }),
    random("non-symmetric matrices with real eigenvalues, shift near one", "inverseIteration", build(false), { runs: 20 }),
    throws("the shift is an eigenvalue", "inverseIteration", [[[2, 1], [1, 2]], 3], "3 is an eigenvalue of A, so A − 3I = [[−1, 1], [1, −1]] is singular", { tags: ["singular"] }),
    throws("the shift is an eigenvalue (diagonal)", "inverseIteration", [[[1, 0, 0], [0, 2, 0], [0, 0, 5]], 2], "2 is an eigenvalue of A, so A − 2I has a zero row", { tags: ["singular"] }),
    throws("shift halfway between two eigenvalues", "inverseIteration", [[[1, 0], [0, 3]], 2], "1 and 3 are equally near 2, so (A − 2I)⁻¹ has eigenvalues −1 and 1 and the iteration never settles", {
      tags: ["no-convergence"],
    }),
    throws("zero start", "inverseIteration", [[[2, 1], [2, 3]], 0, { x0: [0, 0] }], "x0 = [0, 0] has no direction", { tags: ["zero-start"] }),
    throws("not square", "inverseIteration", [[[1, 2, 3], [4, 5, 6]], 0], "A is 2×3: only a square matrix has eigenvalues", { tags: ["shape"] }),
    throws("x0 of the wrong length", "inverseIteration", [[[2, 1], [2, 3]], 0, { x0: [1] }], "A is 2×2 but x0 has 1 entry", { tags: ["shape"] }),
  ],
});
