import { arb, defineSpec, detect, expect, fc, fixed, random, throws, tolerance, type Check } from "latutor/kit";
import {
  absoluteThreshold,
  hadamard,
  inPlace,
  LESSON_A,
  naiveDet,
  noPivoting,
  rankDeficient,
  ROUNDING_SINGULAR,
  scaled,
  shapeNotChecked,
  shuffledDominant,
  timingMatrix,
  type Matrix,
} from "./_elimination";

/**
 * Rounding in any method (elimination or cofactors) errs by about ε times the size of the terms it
 * adds up, and Hadamard's bound Π‖rowᵢ‖ measures that size: so a singular A may give 0 or a number
 * tiny next to its entries, and a well-conditioned one is judged relative to its determinant.
 */
const closeDet: Check = (got, { args, expected }) => {
  const [A] = args as [Matrix];
  const t = tolerance({ n: A.length });
  expect.closeScalar(got, expected as number, { rel: t, abs: t * hadamard(A) });
};

/** A 12×12 matrix: elimination takes microseconds, cofactor expansion 12! ≈ 479 million products. */
const BIG = timingMatrix(12);

export default defineSpec({
  exercise: "determinant",
  params: { det: ["A"] },
  diagnoses: [
    inPlace("det"),
    noPivoting("det", ([A]) => naiveDet(A as Matrix)),
    {
      id: "swap-sign",
      message: "right size, wrong sign: every row swap flips the sign of the determinant, so multiply by −1 each time you swap two rows",
      section: "determinant",
      test: detect.whenResult("det", (got, expected) => typeof got === "number" && Math.abs(expected as number) > 1e-300 && detect.near(got, -(expected as number))),
    },
    {
      id: "singular-throws",
      message: "a singular A is valid for det: its determinant is 0, so return 0 (or a number tiny next to the entries) instead of throwing",
      section: "determinant",
      test: (cases) => cases.some((c) => c.call === "det" && !c.passed && c.tags.includes("singular-valid") && c.outcome === "threw"),
    },
    absoluteThreshold("det", (c) => c.outcome === "returned" && c.got === 0),
    shapeNotChecked("det"),
  ],
  checks: { det: closeDet },
  complexity: {
    call: "det",
    sizes: [20, 40, 80, 120],
    args: (n) => [timingMatrix(n)],
    expected: 3,
    hint: "cofactor (Laplace) expansion calls itself n times on (n−1)×(n−1) minors, n! products in all; elimination multiplies U's diagonal after about n³/3 operations",
  },
  cases: [
    fixed("2×2", "det", [[[3, 8], [4, 6]]], { description: "3·6 − 8·4 = −14. Partial pivoting swaps the rows first, and that swap flips the sign." }),
    fixed("a swap of two rows", "det", [[[0, 1], [1, 0]]], { description: "The identity with its rows swapped: determinant −1.", tags: ["pivot"] }),
    fixed("3×3", "det", [[[2, 0, 1], [1, 3, 2], [1, 1, 2]]]),
    fixed("the lesson's 3×3", "det", [LESSON_A], { tags: ["unscaled"] }),
    fixed("1×1", "det", [[[-3]]]),
    fixed("singular 2×2", "det", [[[1, 2], [2, 4]]], { tags: ["singular-valid"], description: "The second row is twice the first: the determinant is 0." }),
    fixed("singular 3×3", "det", [ROUNDING_SINGULAR], { tags: ["singular-valid"], description: "Singular: 0, or a number tiny next to the entries (elimination leaves about 7e-16)." }),
    fixed("a zero column", "det", [[[0, 1, 2], [0, 3, 4], [0, 5, 6]]], { tags: ["singular-valid"] }),
    fixed("pivot needed in the middle", "det", [[[1, 1, 1], [1, 1, 2], [1, 2, 2]]], { tags: ["pivot"], description: "After one step the second pivot is 0: swap (and flip the sign)." }),
    fixed("the lesson's 3×3 scaled by 1e-12", "det", [scaled(1e-12, LESSON_A)], {
      description: "Scaling a 3×3 matrix by 1e-12 scales its determinant by 1e-36: small, but not 0.",
      tags: ["scaled-down"],
    }),
    fixed("the lesson's 3×3 scaled by 1e12", "det", [scaled(1e12, LESSON_A)]),
    random("any square integer matrix", "det", fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(arb.square(n, { max: 9, decimals: 0 }))), { runs: 30 }),
    random("row-shuffled diagonally dominant", "det", fc.integer({ min: 2, max: 6 }).chain((n) => fc.tuple(shuffledDominant(n))), { runs: 20 }),
    random("rank-deficient", "det", fc.integer({ min: 2, max: 5 }).chain((n) => fc.tuple(rankDeficient(n))), { runs: 10, tags: ["singular-valid"] }),
    random("zero leading pivot, n×n", "det", fc.integer({ min: 2, max: 5 }).chain((n) => fc.tuple(arb.zeroLeadingPivot(n))), { runs: 10, tags: ["pivot"] }),
    fixed("12×12 within the time limit", "det", [BIG], {
      tier: "challenge",
      section: "determinant",
      description: "Cofactor expansion needs 12! ≈ 479 million products here; elimination needs about 600 operations.",
    }),
    throws("rectangular A", "det", [[[1, 2, 3], [4, 5, 6]]], "only a square matrix has a determinant, and A is 2×3", { tags: ["shape"] }),
  ],
});
