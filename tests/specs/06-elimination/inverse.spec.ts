import { arb, defineSpec, expect, fc, fixed, random, throws, tolerance, type Check, type JudgedCase } from "latutor/kit";
import {
  absoluteThreshold,
  exactZeroTest,
  expectSquareOf,
  identity,
  inPlace,
  LESSON_A,
  matMul,
  naiveInverse,
  noPivoting,
  rowSumNorm,
  ROUNDING_SINGULAR,
  SCALED_UP_SINGULAR,
  scaled,
  shapeNotChecked,
  shuffledDominant,
  singularNotRefused,
  timingMatrix,
  type Matrix,
} from "./_elimination";

/**
 * X is judged by its residual A·X − I relative to ‖A‖‖X‖ (or X·A − I, whichever the method keeps
 * small): near machine precision for a stable method, whatever the conditioning of A. For a
 * well-conditioned A that also pins X down to nearly every digit.
 */
const residual: Check = (got, { args }) => {
  const [A] = args as [Matrix];
  const n = A.length;
  expectSquareOf(got, n, "the result");
  const I = identity(n);
  const off = (M: Matrix) => rowSumNorm(M.map((row, i) => row.map((x, j) => x - I[i][j])));
  const scale = rowSumNorm(A) * rowSumNorm(got);
  const err = Math.min(off(matMul(A, got)), off(matMul(got, A))) / scale;
  const tol = tolerance({ n });
  if (!(err <= tol)) {
    throw new expect.Mismatch(`A·X is not the identity: ‖A·X − I‖ / (‖A‖‖X‖) = ${err.toExponential(2)}, allowed ${tol.toExponential(2)}`, {
      property: "‖A·X − I‖ / (‖A‖‖X‖)",
      measured: err,
      limit: tol,
    });
  }
};

/**
 * Gauss–Jordan that clears only the rows BELOW each pivot stops at [U | E] with E·A = U, U unit
 * upper triangular: the learner's X times A has 1s on the diagonal and ~0 below it, and what makes
 * it fail is above the diagonal. Every failing (non-throws) case must look like that.
 */
const clearedBelowOnly = (cases: JudgedCase[]): boolean => {
  const failing = cases.filter((c) => c.call === "inverse" && !c.passed && c.kind !== "throws" && !c.mutated);
  const seen = failing.map((c) => {
    const A = c.args?.[0] as Matrix | undefined;
    const X = c.got;
    if (c.outcome !== "returned" || !A || !Array.isArray(X) || X.length !== A.length || !X.every((r) => Array.isArray(r) && r.length === A.length && r.every(Number.isFinite))) return undefined;
    const P = matMul(X as Matrix, A);
    const small = 1e-8 * rowSumNorm(A) * rowSumNorm(X as Matrix);
    if (!P.every((row, i) => row.every((x, j) => j > i || Math.abs(x - (i === j ? 1 : 0)) <= small))) return undefined;
    return { aboveDiagonal: P.some((row, i) => row.some((x, j) => j > i && Math.abs(x) > small)) };
  });
  return seen.length > 0 && seen.every((s) => s !== undefined) && seen.some((s) => s!.aboveDiagonal);
};

export default defineSpec({
  exercise: "inverse",
  params: { inverse: ["A"] },
  diagnoses: [
    inPlace("inverse"),
    {
      id: "cleared-below-only",
      message:
        "Gauss–Jordan clears the pivot column in EVERY other row, above the pivot as well as below: your X·A is upper triangular with 1s on the diagonal (the U of plain elimination), not I. Loop over all rows i ≠ k, not only i > k",
      section: "inverse",
      test: clearedBelowOnly,
    },
    noPivoting("inverse", ([A]) => naiveInverse(A as Matrix)),
    absoluteThreshold("inverse"),
    exactZeroTest("inverse"),
    singularNotRefused("inverse"),
    shapeNotChecked("inverse"),
  ],
  checks: { inverse: residual },
  complexity: {
    call: "inverse",
    sizes: [20, 40, 80, 120],
    args: (n) => [timingMatrix(n)],
    expected: 3,
    hint: "an inverse built from n² cofactor determinants (the adjugate) grows like n⁵ or worse; one Gauss–Jordan pass over [A | I], or one LU and n pairs of triangular solves, costs about n³",
  },
  cases: [
    fixed("2×2", "inverse", [[[4, 7], [2, 6]]]),
    fixed("a swap of two rows", "inverse", [[[0, 1], [1, 0]]], { tags: ["pivot"], description: "A[0][0] is 0: Gauss–Jordan must swap rows before it can scale the pivot row." }),
    fixed("tiny leading pivot (1e-20)", "inverse", [[[1e-20, 1], [1, 1]]], {
      description: "The inverse is about [[−1, 1], [1, 0]]; without pivoting the multiplier 1e20 wipes out the −1.",
      tags: ["pivot"],
    }),
    fixed("1×1", "inverse", [[[4]]]),
    fixed("the lesson's 3×3", "inverse", [LESSON_A], { tags: ["unscaled"] }),
    fixed("pivot needed in the middle", "inverse", [[[1, 1, 1], [1, 1, 2], [1, 2, 2]]], { tags: ["pivot"] }),
    fixed("nearly singular 2×2", "inverse", [[[1, 1], [1, 1.000000001]]], { description: "Invertible but badly conditioned (κ ≈ 4e9): invert it, do not refuse it." }),
    random("row-shuffled diagonally dominant", "inverse", fc.integer({ min: 2, max: 6 }).chain((n) => fc.tuple(shuffledDominant(n))), { runs: 25 }),
    random("zero leading pivot, n×n", "inverse", fc.integer({ min: 2, max: 5 }).chain((n) => fc.tuple(arb.zeroLeadingPivot(n))), { runs: 10, tags: ["pivot"] }),
    fixed("the lesson's 3×3 scaled by 1e-12", "inverse", [scaled(1e-12, LESSON_A)], {
      description: "Pivots near 1e-12, but as well conditioned as before: the inverse is the old one times 1e12.",
      tags: ["scaled-down"],
    }),
    fixed("the lesson's 3×3 scaled by 1e12", "inverse", [scaled(1e12, LESSON_A)]),
    fixed("Hilbert 6×6, judged by the residual", "inverse", [arb.hilbert(6)], {
      description: "κ(H₆) ≈ 1.5e7: X cannot be exact, but A·X − I must stay small next to ‖A‖‖X‖.",
    }),
    throws("singular 2×2", "inverse", [[[1, 2], [2, 4]]], "the second row is twice the first: A is singular and has no inverse", { tags: ["singular"] }),
    throws("singular 1×1", "inverse", [[[0]]], "0 has no inverse", { tags: ["singular"] }),
    throws("singular 3×3 (rounding leaves a pivot of 1e-16)", "inverse", [ROUNDING_SINGULAR], "A is singular; rounding leaves a last pivot of about 1e-16 instead of 0", { tags: ["rounding-singular"] }),
    throws("singular 3×3 with entries near 1e12", "inverse", [SCALED_UP_SINGULAR], "A is singular; with entries near 1e12, rounding leaves a pivot near 1e-5, which only a threshold relative to A's entries recognises", {
      tags: ["scaled-up-singular"],
    }),
    throws("rectangular A", "inverse", [[[1, 2, 3], [4, 5, 6]]], "only a square matrix can have an inverse, and A is 2×3", { tags: ["shape"] }),
  ],
});
