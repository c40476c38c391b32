import { arb, defineSpec, detect, expect, fc, fixed, random, throws, tolerance, type Check, type JudgedCase } from "latutor/kit";
import {
  finiteNumbers,
  identity,
  inPlace,
  LESSON_A,
  matMul,
  maxAbs,
  naiveLU,
  noPivoting,
  rankDeficient,
  relativeResidual,
  ROUNDING_SINGULAR,
  scaled,
  shapeNotChecked,
  shuffledDominant,
  transpose,
  type Matrix,
} from "./_elimination";

type PLU = { P: Matrix; L: Matrix; U: Matrix };

function readPLU(got: unknown, n: number): PLU {
  if (got === null || typeof got !== "object" || Array.isArray(got)) throw new expect.Mismatch("lu should return an object { P, L, U } of three n×n matrices");
  const { P, L, U } = got as Record<string, unknown>;
  for (const [name, M] of [["P", P], ["L", L], ["U", U]] as const) expect.expectMatrix(M, n, n, name);
  return { P, L, U } as PLU;
}

/** Any valid PLU passes: the shapes of P, L and U, and P·A = L·U relative to A's entries. */
const validPLU: Check = (got, { args }) => {
  const [A] = args as [Matrix];
  const n = A.length;
  const { P, L, U } = readPLU(got, n);
  expect.permutationMatrix(P, "P");
  const tol = tolerance({ n });
  const scale = maxAbs(A);
  L.forEach((row, i) => {
    if (Math.abs(row[i] - 1) > tol) throw new expect.Mismatch(`L[${i}][${i}] is ${row[i]}: L must be UNIT lower triangular, with 1s on its diagonal (the pivots belong on U's diagonal)`);
    row.forEach((x, j) => {
      if (j > i && Math.abs(x) > tol) throw new expect.Mismatch(`L is not lower triangular: L[${i}][${j}], above the diagonal, is ${x}`);
    });
  });
  U.forEach((row, i) =>
    row.forEach((x, j) => {
      if (j < i && Math.abs(x) > tol * scale) throw new expect.Mismatch(`U is not upper triangular: U[${i}][${j}], below the diagonal, is ${x}`);
    }),
  );
  relativeResidual(matMul(P, A), matMul(L, U), scale, tol, "‖P·A − L·U‖");
};

const residualOf = (lhs: Matrix, rhs: Matrix, A: Matrix) => {
  let err = 0;
  lhs.forEach((row, i) => row.forEach((x, j) => (err = Math.max(err, Math.abs(x - rhs[i][j])))));
  return err / Math.max(maxAbs(A), 1e-300);
};

/** The result, when it is three square matrices of the right size (else undefined). */
function plu(c: JudgedCase): PLU | undefined {
  if (c.outcome !== "returned" || !c.args) return undefined;
  try {
    return readPLU(c.got, (c.args[0] as Matrix).length);
  } catch {
    return undefined;
  }
}

/** Partial pivoting that swaps rows of U but forgets to swap the multipliers already in L. */
function unswappedL(A: Matrix): { L: Matrix; U: Matrix } {
  const n = A.length;
  const U = A.map((r) => r.slice());
  const L = identity(n);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(U[i][k]) > Math.abs(U[p][k])) p = i;
    [U[p], U[k]] = [U[k], U[p]];
    if (U[k][k] === 0) continue;
    for (let i = k + 1; i < n; i++) {
      const m = U[i][k] / U[k][k];
      L[i][k] = m;
      for (let j = k; j < n; j++) U[i][j] -= m * U[k][j];
    }
  }
  return { L, U };
}

const failedWith = (test: (r: PLU, A: Matrix, c: JudgedCase) => boolean) => (cases: JudgedCase[]) =>
  cases.some((c) => {
    if (c.passed || c.call !== "lu") return false;
    const r = plu(c);
    return r !== undefined && test(r, c.args![0] as Matrix, c);
  });

const unitDiagonal = (M: Matrix) => M.every((row, i) => Math.abs(row[i] - 1) <= 1e-9);
const lowerOnly = (M: Matrix) => M.every((row, i) => row.every((x, j) => j <= i || Math.abs(x) <= 1e-12));

export default defineSpec({
  exercise: "lu-decomposition",
  params: { lu: ["A"] },
  diagnoses: [
    inPlace("lu"),
    noPivoting("lu", ([A]) => naiveLU(A as Matrix), (got, m) => {
      const g = got as Partial<PLU>;
      const model = m as { L: Matrix; U: Matrix };
      return detect.near(g.L, model.L) && detect.near(g.U, model.U);
    }),
    {
      id: "crout",
      message: "your U has the 1s on its diagonal and L carries the pivots: that is Crout's variant. This exercise asks for L UNIT lower triangular (the multipliers below 1s) and the pivots on U's diagonal",
      section: "lu",
      test: failedWith((r, A) => unitDiagonal(r.U) && !unitDiagonal(r.L) && lowerOnly(r.L) && Math.min(residualOf(matMul(r.P, A), matMul(r.L, r.U), A), residualOf(matMul(transpose(r.P), A), matMul(r.L, r.U), A)) < 1e-8),
    },
    {
      id: "p-transposed",
      message: "your P·A is not L·U, but Pᵀ·A is: you returned the permutation for A = P·L·U. The contract is P·A = L·U (PLU): P's row i has its 1 in the column of the row of A that ends up in row i",
      section: "lu",
      test: failedWith((r, A) => residualOf(matMul(r.P, A), matMul(r.L, r.U), A) > 1e-8 && residualOf(matMul(transpose(r.P), A), matMul(r.L, r.U), A) < 1e-8),
    },
    {
      id: "l-rows-not-swapped",
      message: "when you swap rows k and p of U, swap the multipliers already stored in L's rows k and p too (columns before k only): they belong to the rows, and they move with them",
      section: "lu",
      test: failedWith((r, A, c) => {
        const m = unswappedL(A);
        // Only where forgetting the swap changes L (the reference pivots the same way).
        return !detect.near(m.L, (c.expected as PLU).L) && detect.near(r.L, m.L) && detect.near(r.U, m.U);
      }),
    },
    {
      id: "singular-refused",
      message: "a singular A is valid for lu: when column k is all zeros on and below the diagonal there is nothing to eliminate, so move on to the next column (don't throw, and don't divide by the 0 pivot)",
      section: "lu",
      test: (cases) => cases.some((c) => c.call === "lu" && !c.passed && c.tags.includes("singular-valid") && (c.outcome === "threw" || (c.outcome === "returned" && !finiteNumbers(c.got)))),
    },
    shapeNotChecked("lu"),
  ],
  checks: { lu: validPLU },
  cases: [
    fixed("2×2 from the stub", "lu", [[[4, 3], [6, 3]]]),
    fixed("the lesson's 3×3", "lu", [LESSON_A]),
    fixed("two row swaps that make a cycle", "lu", [[[1, 4, 2], [2, 1, 1], [4, 2, 3]]], {
      description: "Partial pivoting moves row 2 to the top, then row 0 below it: P is not its own transpose here, so P·A = L·U and A = P·L·U differ.",
    }),
    fixed("zero leading pivot", "lu", [[[0, 1], [1, 1]]], { tags: ["pivot"] }),
    fixed("tiny leading pivot (1e-20)", "lu", [[[1e-20, 1], [1, 1]]], {
      description: "Without a row swap, L gets the multiplier 1e20 and L·U loses A's entry 1 in the corner.",
      tags: ["pivot"],
    }),
    fixed("1×1", "lu", [[[5]]]),
    fixed("1×1 zero", "lu", [[[0]]], { tags: ["singular-valid"], description: "Singular input is valid: P = L = [[1]], U = [[0]]." }),
    fixed("singular 2×2", "lu", [[[1, 2], [2, 4]]], { tags: ["singular-valid"], description: "Singular input is valid: U gets a 0 on its diagonal." }),
    fixed("a zero column", "lu", [[[0, 1, 2], [0, 3, 4], [0, 5, 6]]], {
      tags: ["singular-valid"],
      description: "Column 0 is all zeros: there is nothing to eliminate (and nothing to divide by), so move on to column 1.",
    }),
    fixed("singular 3×3", "lu", [ROUNDING_SINGULAR], { tags: ["singular-valid"] }),
    random("any square integer matrix", "lu", fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(arb.square(n, { max: 9, decimals: 0 }))), { runs: 30 }),
    random("row-shuffled diagonally dominant", "lu", fc.integer({ min: 2, max: 6 }).chain((n) => fc.tuple(shuffledDominant(n))), { runs: 20 }),
    random("rank-deficient", "lu", fc.integer({ min: 2, max: 5 }).chain((n) => fc.tuple(rankDeficient(n))), { runs: 15, tags: ["singular-valid"] }),
    random("zero leading pivot, n×n", "lu", fc.integer({ min: 2, max: 5 }).chain((n) => fc.tuple(arb.zeroLeadingPivot(n))), { runs: 10, tags: ["pivot"] }),
    fixed("the lesson's 3×3 scaled by 1e-12", "lu", [scaled(1e-12, LESSON_A)], { tags: ["scaled-down"] }),
    fixed("the lesson's 3×3 scaled by 1e12", "lu", [scaled(1e12, LESSON_A)]),
    fixed("Hilbert 8×8", "lu", [arb.hilbert(8)]),
    throws("rectangular A", "lu", [[[1, 2, 3], [4, 5, 6]]], "this lu factorises square matrices only, and A is 2×3", { tags: ["shape"] }),
  ],
});
