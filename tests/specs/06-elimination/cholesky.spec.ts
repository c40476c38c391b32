import { arb, defineSpec, detect, expect, fc, fixed, random, throws, tolerance, type Check, type JudgedCase } from "latutor/kit";
import { absoluteThreshold, expectSquareOf, inPlace, matMul, maxAbs, relativeResidual, scaled, shapeNotChecked, transpose, type Matrix } from "./_elimination";

/** The Cholesky factor is unique: lower triangular, positive diagonal, L·Lᵀ = A (relative to A's entries). */
const factor: Check = (got, { args }) => {
  const [A] = args as [Matrix];
  const n = A.length;
  expectSquareOf(got, n, "L");
  const tol = tolerance({ n });
  const scale = maxAbs(A);
  got.forEach((row, i) =>
    row.forEach((x, j) => {
      if (j > i && Math.abs(x) > tol * Math.sqrt(scale)) throw new expect.Mismatch(`L is not lower triangular: L[${i}][${j}], above the diagonal, is ${x}`);
    }),
  );
  got.forEach((row, i) => {
    if (!(row[i] > 0)) throw new expect.Mismatch(`L[${i}][${i}] is ${row[i]}: the Cholesky factor has a positive diagonal (take the positive square root)`);
  });
  relativeResidual(matMul(got, transpose(got)), A, scale, tol, "‖L·Lᵀ − A‖");
};

const SPD3: Matrix = [
  [4, 12, -16],
  [12, 37, -43],
  [-16, -43, 98],
];

const returnedOn = (tag: string) => (cases: JudgedCase[]) =>
  cases.some((c) => c.call === "cholesky" && !c.passed && c.kind === "throws" && c.outcome === "returned" && c.tags.includes(tag));

export default defineSpec({
  exercise: "cholesky",
  params: { cholesky: ["A"] },
  diagnoses: [
    inPlace("cholesky"),
    {
      id: "upper-factor",
      message: "you returned the upper factor Lᵀ (A = Lᵀ·L read the other way round): this exercise asks for the LOWER triangular L with A = L·Lᵀ. Fill L[i][j] for j ≤ i",
      section: "cholesky",
      test: detect.whenResult("cholesky", detect.transposed),
    },
    {
      id: "indefinite-not-refused",
      message: "a negative number under the square root means A is not positive definite: Math.sqrt gives NaN, so throw an Error instead",
      section: "cholesky",
      test: returnedOn("indefinite"),
    },
    {
      id: "symmetry-not-checked",
      message: "Cholesky reads only one triangle of A, so it happily 'factors' a non-symmetric matrix: check A[i][j] against A[j][i] first and throw when they differ",
      section: "cholesky",
      test: returnedOn("non-symmetric"),
    },
    {
      id: "semidefinite-accepted",
      message: "a 0 under the square root means A is singular (only positive SEMI-definite), and the next division would be by 0: throw when that number is ≤ n·ε·(largest |entry| of A), not only when it is negative",
      section: "cholesky",
      test: returnedOn("singular-psd"),
    },
    absoluteThreshold("cholesky"),
    shapeNotChecked("cholesky"),
  ],
  checks: { cholesky: factor },
  cases: [
    fixed("2×2", "cholesky", [[[4, 2], [2, 5]]]),
    fixed("3×3", "cholesky", [SPD3], { tags: ["unscaled"], description: "L = [[2, 0, 0], [6, 1, 0], [−8, 5, 3]]." }),
    fixed("1×1", "cholesky", [[[9]]]),
    fixed("diagonal", "cholesky", [[[4, 0, 0], [0, 9, 0], [0, 0, 0.25]]]),
    random("random SPD matrices BBᵀ + nI", "cholesky", fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(arb.spd(n, { max: 3, decimals: 1 }))), { runs: 30 }),
    fixed("3×3 scaled by 1e-12", "cholesky", [scaled(1e-12, SPD3)], { tags: ["scaled-down"], description: "Still SPD: its pivots are just near 1e-12." }),
    fixed("3×3 scaled by 1e12", "cholesky", [scaled(1e12, SPD3)]),
    fixed("Hilbert 8×8", "cholesky", [arb.hilbert(8)], { description: "Symmetric positive definite, but κ ≈ 1.5e10: the last pivot is near 1e-9." }),
    throws("indefinite 2×2", "cholesky", [[[1, 2], [2, 1]]], "its eigenvalues are 3 and −1: not positive definite (1 − 2² < 0 under the square root)", { tags: ["indefinite"] }),
    throws("negative 1×1", "cholesky", [[[-4]]], "−4 is not positive", { tags: ["indefinite"] }),
    throws("indefinite 3×3", "cholesky", [[[2, -1, 0], [-1, 2, -1], [0, -1, -2]]], "the last number under the square root is negative: not positive definite", { tags: ["indefinite"] }),
    throws("non-symmetric", "cholesky", [[[4, 1], [0, 3]]], "A[0][1] = 1 but A[1][0] = 0: not symmetric", { tags: ["non-symmetric"] }),
    throws("non-symmetric, symmetric part SPD", "cholesky", [[[4, 2, 0], [1, 5, 0], [0, 0, 6]]], "A[0][1] = 2 but A[1][0] = 1: not symmetric", { tags: ["non-symmetric"] }),
    throws("singular PSD 2×2", "cholesky", [[[1, 1], [1, 1]]], "positive semi-definite but singular: the second number under the square root is exactly 0", { tags: ["singular-psd"] }),
    throws("singular PSD 3×3", "cholesky", [[[1, 2, 3], [2, 4, 6], [3, 6, 9]]], "v·vᵀ for v = [1, 2, 3]: rank 1, so not positive definite", { tags: ["singular-psd"] }),
    throws("rectangular A", "cholesky", [[[1, 2, 3], [4, 5, 6]]], "A is 2×3: only a square matrix can be symmetric positive definite", { tags: ["shape"] }),
  ],
});
