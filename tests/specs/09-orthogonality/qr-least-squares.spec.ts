import { arb, defineSpec, detect, expect, fc, fixed, linalg, random, throws, type Args, type Check, type JudgedCase, type Matrix, type Vector } from "latutor/kit";
import { FLAVOURS, fixedSample, gramSchmidtLS, illConditionedMatrix, relativeError } from "./_orth";

const { matVec, norm2 } = linalg;
const fmt = (x: number) => x.toExponential(1);

/** The contract: relative error ≲ 1e-6, even at κ(X) ≈ 1e7. */
const ACCURATE = 1e-6;

const accuracy =
  (limit: number): Check =>
  (got, { args, expected }) => {
    const [X] = args as [Matrix, Vector];
    const w = expected as Vector;
    expect.expectVector(got, X[0].length, "w");
    const err = relativeError(got, w);
    if (!(err <= limit)) {
      throw new expect.Mismatch(`w is off by ${fmt(err)} relative to the least-squares solution (‖w − w*‖ / ‖w*‖), allowed ${fmt(limit)}`, {
        expected: w,
        got,
        property: "‖w − w*‖ / ‖w*‖",
        measured: err,
        limit,
      });
    }
  };

/** y = X·w exactly (up to one rounding per entry): a zero residual, so only the method's own error shows. */
const consistent = (X: Matrix, w: Vector): Args => [X, matVec(X, w)];
const ILL_X = fixedSample(illConditionedMatrix(6, 3, 1e7), 1);
const ILL = consistent(ILL_X, [1, -2, 3]);
const VERY_ILL = consistent(fixedSample(illConditionedMatrix(8, 3, 1e10), 1), [1, -2, 3]);

/** Tall data with noise: random X (clearly of full column rank) and random y. */
const noisy = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.integer({ min: n + 1, max: 8 }).chain((m) => fc.tuple(arb.matrix(m, n), arb.vector(m))))
  .filter(([X, y]) => {
    const cols = linalg.transpose(X);
    const basis: Vector[] = [];
    const independent = cols.every((a) => {
      const len = norm2(a);
      let w = a.slice();
      for (let p = 0; p < 2; p++)
        for (const q of basis) {
          const c = linalg.dot(q, w);
          w = w.map((x, i) => x - c * q[i]);
        }
      const r = norm2(w);
      if (len === 0 || r < 1e-3 * len) return false;
      basis.push(w.map((x) => x / r));
      return true;
    });
    // y must not be (almost) perpendicular to every column, or w* ≈ 0 and a relative error means nothing.
    return independent && basis.some((q) => Math.abs(linalg.dot(q, y)) > 1e-3 * Math.max(norm2(y), 1e-300));
  })
  .map(([X, y]) => [X, y] as Args);

const illRandom = fc
  .tuple(fc.integer({ min: 6, max: 9 }), fc.integer({ min: 3, max: 4 }))
  .chain(([m, n]) => fc.tuple(illConditionedMatrix(m, n, 1e7), arb.vector(n, { max: 5, decimals: 0 })))
  .filter(([, w]) => w.some((x) => x !== 0))
  .map(([X, w]) => consistent(X, w));

/** Failing ill-conditioned cases that returned a vector, with its error. */
const illFailures = (cases: JudgedCase[]) =>
  cases.flatMap((c) => {
    if (c.passed || !c.tags.includes("ill-conditioned") || c.outcome !== "returned" || !c.args || !Array.isArray(c.got)) return [];
    const got = c.got as Vector;
    if (!got.every((x) => typeof x === "number" && Number.isFinite(x)) || got.length !== (c.expected as Vector).length) return [];
    return [{ X: c.args[0] as Matrix, y: c.args[1] as Vector, got, err: relativeError(got, c.expected as Vector) }];
  });
const wellConditionedPass = (cases: JudgedCase[]) => cases.filter((c) => c.kind !== "throws" && !c.tags.includes("ill-conditioned")).every((c) => c.passed);

export default defineSpec({
  exercise: "qr-least-squares",
  params: { leastSquaresQR: ["X", "y"] },
  diagnoses: [
    {
      id: "one-pass-gram-schmidt",
      message:
        "your answer is exactly what one pass of Gram–Schmidt followed by z = Qᵀy gives, and at κ ≈ 1e7 that loses as many digits as the normal equations: Q is only orthonormal to about ε·κ, and Qᵀy turns that into an error of about ε·κ². Make Q orthonormal to machine precision (Householder, or Gram–Schmidt twice), or run modified Gram–Schmidt on the augmented matrix [X | y] and take z from its last column",
      section: "stable-ls",
      test: (cases) =>
        // Rounding decides the digits lost, so compare with the usual ways of writing one pass.
        illFailures(cases).some(({ X, y, got }) =>
          (["modified", "classical"] as const).some((variant) => FLAVOURS.some((flavour) => relativeError(got, gramSchmidtLS(X, y, variant, flavour)) <= 1e-9)),
        ),
    },
    {
      id: "ill-conditioned-refused",
      message:
        "your code threw on an X with κ ≈ 1e7, but its columns ARE independent (the smallest singular value is 1e-7 of the largest). If you form XᵀX, its κ(X)² ≈ 1e14 makes it look singular: that is the normal equations squaring κ; solve R·w = Qᵀy instead. If you use QR, your dependence test is too strict: refuse a column only when ‖w‖ ≤ 1e-12·‖a_k‖",
      section: "why-qr",
      test: (cases) => wellConditionedPass(cases) && cases.some((c) => !c.passed && c.tags.includes("ill-conditioned") && c.outcome === "threw"),
    },
    {
      id: "normal-equations",
      message:
        "the normal equations square κ: κ(XᵀX) = κ(X)², so at κ(X) ≈ 1e7 the matrix XᵀX has κ ≈ 1e14: about 14 of the 16 digits are at risk before you even solve, against about 7 when you work with X itself. Factor X = QR and solve R·w = Qᵀy instead (never form XᵀX); if you already do, your Q is not orthonormal enough: use Householder or orthogonalise twice",
      section: "why-qr",
      test: (cases) => wellConditionedPass(cases) && illFailures(cases).some(({ err }) => err > ACCURATE),
    },
    {
      id: "rank-deficient-accepted",
      message: "X with dependent columns has no unique least-squares solution: let your qr throw (or check R's diagonal) instead of dividing by a rounding leftover",
      section: "stable-ls",
      test: detect.returnedInsteadOfThrowing("leastSquaresQR", "rank-deficient"),
    },
    {
      id: "shape-not-checked",
      message: "leastSquaresQR needs a tall X (at least as many rows as columns) and y with one entry per row of X: throw an Error otherwise",
      section: "stable-ls",
      test: detect.returnedInsteadOfThrowing("leastSquaresQR", "shape"),
    },
  ],
  plots: [
    {
      kind: "sweep",
      title: "relative error of your w on an 8×3 X with condition number κ (y = X·[1, −2, 3] exactly)",
      call: "leastSquaresQR",
      inputs: Array.from({ length: 10 }, (_, k) => ({ x: k, args: consistent(fixedSample(illConditionedMatrix(8, 3, 10 ** k), 1), [1, -2, 3]) })),
      y: (got) => (Array.isArray(got) && got.length === 3 ? Math.log10(Math.max(relativeError(got as Vector, [1, -2, 3]), 1e-17)) : NaN),
      xLabel: "log10 κ",
      yLabel: "log10 relative error",
    },
  ],
  checks: { leastSquaresQR: accuracy(ACCURATE) },
  cases: [
    fixed("a line through three points", "leastSquaresQR", [[[1, 0], [1, 1], [1, 2]], [1, 2, 2]], { description: "The best line y ≈ w₀ + w₁·x through (0, 1), (1, 2), (2, 2): w = [7/6, 1/2]." }),
    fixed("a square invertible X", "leastSquaresQR", [[[2, 1], [1, 3]], [3, 5]], { description: "With as many rows as columns the residual can be 0: w solves X·w = y exactly, [0.8, 1.4]." }),
    fixed("one column", "leastSquaresQR", [[[1], [2], [2]], [3, 3, 3]], { description: "w = (x·y)/(x·x) = 15/9: the projection of y onto the line of x." }),
    fixed("a consistent tall system", "leastSquaresQR", consistent([[1, 2], [3, 4], [5, 6], [7, 9]], [2, -1])),
    fixed("κ(X) ≈ 1e7", "leastSquaresQR", ILL, {
      tags: ["ill-conditioned"],
      description: "A 6×3 X with condition number 1e7 and y = X·[1, −2, 3]. Through QR the error is about 1e-10; the normal equations work with κ(XᵀX) ≈ 1e14 and are off by about 1e-3.",
    }),
    random("noisy tall data", "leastSquaresQR", noisy, { runs: 30 }),
    random("random X with κ = 1e7", "leastSquaresQR", illRandom, { runs: 10, tags: ["ill-conditioned"] }),
    fixed("κ(X) ≈ 1e10", "leastSquaresQR", VERY_ILL, {
      tier: "challenge",
      section: "why-qr",
      check: accuracy(1e-4),
      description: "An 8×3 X with condition number 1e10: a stable QR still gets about 6 digits; the normal equations (κ² = 1e20) get none.",
    }),
    throws("wide X", "leastSquaresQR", [[[1, 2, 3], [4, 5, 6]], [1, 2]], "X is 2×3: fewer equations than unknowns, so the solution is not unique", { tags: ["shape"] }),
    throws("y of the wrong length", "leastSquaresQR", [[[1, 0], [1, 1], [1, 2]], [1, 2]], "X has 3 rows but y has 2 entries", { tags: ["shape"] }),
    throws("dependent columns", "leastSquaresQR", [[[1, 2], [2, 4], [3, 6]], [1, 2, 3]], "column 2 is twice column 1: many w give the same fit", { tags: ["rank-deficient"] }),
  ],
});
