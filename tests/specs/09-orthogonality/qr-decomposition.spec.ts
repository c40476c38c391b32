import { arb, defineSpec, detect, expect, fc, fixed, linalg, random, throws, tolerance, type Args, type Check, type JudgedCase, type Matrix } from "latutor/kit";
import { fixedSample, illConditionedMatrix, isNumberMatrix } from "./_orth";

const { matMul, transpose, maxAbs, matSub } = linalg;
const fmt = (x: number) => x.toExponential(1);

/** ‖R‖_F·‖R⁻¹‖_F for an invertible upper triangular R: an estimate of κ(A) (within a factor n). */
function conditionOf(R: Matrix): number {
  const n = R.length;
  const inv = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    for (let i = j; i >= 0; i--) {
      let s = i === j ? 1 : 0;
      for (let k = i + 1; k <= j; k++) s -= R[i][k] * inv[k][j];
      inv[i][j] = s / R[i][i];
    }
  }
  const fro = (M: Matrix) => Math.sqrt(M.reduce((s, r) => s + r.reduce((t, x) => t + x * x, 0), 0));
  return fro(R) * fro(inv);
}

/**
 * Any valid reduced QR passes: Q m×n with orthonormal columns, R n×n upper triangular, A ≈ Q·R.
 * Signs are free (R may have negative diagonal entries). Q's orthonormality is allowed to degrade
 * like ε·κ² (what classical Gram–Schmidt gives; capped at 1e-6): the contract asks qr for a
 * factorisation, and the stability demand lives in gram-schmidt and qr-least-squares.
 */
const qrCheck: Check = (got, { args, expected }) => {
  const [A] = args as [Matrix];
  const m = A.length;
  const n = A[0].length;
  if (typeof got !== "object" || got === null || !("Q" in got) || !("R" in got)) {
    throw new expect.Mismatch("qr(A) should return an object { Q, R }");
  }
  const { Q, R } = got as { Q: unknown; R: unknown };
  expect.expectMatrix(Q, undefined, undefined, "Q");
  expect.expectMatrix(R, undefined, undefined, "R");
  if (Q.length === m && Q[0]?.length === m && m > n) {
    throw new expect.Mismatch(`Q is ${m}×${m}: the reduced QR keeps only the first n = ${n} columns of Q (m×n), and R is n×n`);
  }
  expect.expectMatrix(Q, m, n, "Q");
  expect.expectMatrix(R, n, n, "R");
  const scaleR = maxAbs(R);
  expect.upperTriangular(R, 1e-10 * scaleR, "R");
  const kappa = conditionOf((expected as { R: Matrix }).R);
  const orthTol = Math.min(1e-6, Math.max(1e-10, tolerance({ n, cond: kappa * kappa })));
  expect.orthonormalColumns(Q, orthTol, "the columns of Q");
  const err = maxAbs(matSub(A, matMul(Q, R))) / maxAbs(A);
  const limit = tolerance({ n: m * n });
  if (!(err <= limit)) {
    throw new expect.Mismatch(`Q·R is not A: the largest entry of A − QR is ${fmt(err)} of A's largest entry, allowed ${fmt(limit)}`, {
      property: "‖A − QR‖max / ‖A‖max",
      measured: err,
      limit,
    });
  }
};

/** The stricter check of the going-deeper case: Q orthonormal to 1e-12 whatever κ is. */
const strictCheck: Check = (got, ctx) => {
  qrCheck(got, ctx);
  const { Q } = got as { Q: Matrix };
  expect.orthonormalColumns(Q, 1e-12, "the columns of Q (to 1e-12)");
};

const tallMatrices = fc
  .integer({ min: 1, max: 5 })
  .chain((n) => fc.integer({ min: n, max: 7 }).chain((m) => arb.matrix(m, n)))
  .filter((A) => {
    // Full column rank, clearly: every column keeps at least 1e-3 of its length outside the others.
    const cols = transpose(A);
    const basis: number[][] = [];
    return cols.every((a) => {
      const len = linalg.norm2(a);
      let w = a.slice();
      for (let p = 0; p < 2; p++)
        for (const q of basis) {
          const c = linalg.dot(q, w);
          w = w.map((x, i) => x - c * q[i]);
        }
      const r = linalg.norm2(w);
      if (len === 0 || r < 1e-3 * len) return false;
      basis.push(w.map((x) => x / r));
      return true;
    });
  })
  .map((A) => [A] as Args);

const shapeOf = (x: unknown) => (isNumberMatrix(x) ? [x.length, x[0]?.length ?? 0] : undefined);
const qrFailures = (cases: JudgedCase[]) =>
  cases.flatMap((c) => {
    if (c.passed || c.kind === "throws" || c.outcome !== "returned" || !c.args || typeof c.got !== "object" || c.got === null) return [];
    const { Q, R } = c.got as { Q?: unknown; R?: unknown };
    if (!isNumberMatrix(Q) || !isNumberMatrix(R)) return [];
    return [{ A: c.args[0] as Matrix, Q, R }];
  });
const close = (X: Matrix, Y: Matrix) => X.length === Y.length && X[0]?.length === Y[0]?.length && maxAbs(matSub(X, Y)) <= 1e-8 * Math.max(1, maxAbs(X));

export default defineSpec({
  exercise: "qr-decomposition",
  params: { qr: ["A"] },
  diagnoses: [
    {
      id: "full-q",
      message: "your Q is m×m (the full QR): the contract asks for the reduced one, Q with n columns (one per column of A) and R n×n. Keep only the first n columns of Q and the first n rows of R",
      section: "qr",
      test: (cases) =>
        qrFailures(cases).some(({ A, Q }) => {
          const [m, n] = [A.length, A[0].length];
          return m > n && shapeOf(Q)?.[0] === m && shapeOf(Q)?.[1] === m;
        }),
    },
    {
      id: "q-transposed",
      message: "your Q is transposed: its ROWS are the orthonormal vectors. Q holds them as columns (Q is m×n and A = Q·R), so Q[i][k] is entry i of q_k",
      section: "qr",
      test: (cases) => qrFailures(cases).some(({ A, Q, R }) => A.length > 1 && Q.length === A[0].length && Q[0].length === A.length && close(A, matMul(transpose(Q), R))),
    },
    {
      id: "r-lower",
      message: "your R is the transpose of the one needed: R[j][k] = q_j·a_k (row j, column k) is non-zero only for j ≤ k, so R is UPPER triangular. Swap the indices where you store the coefficients",
      section: "qr",
      test: (cases) => qrFailures(cases).some(({ A, Q, R }) => A[0].length > 1 && Q.length === A.length && R.length === A[0].length && !close(A, matMul(Q, R)) && close(A, matMul(Q, transpose(R)))),
    },
    {
      id: "rank-deficient-accepted",
      message:
        "A with dependent columns has no reduced QR with an invertible R: when a column's remainder is only rounding noise (‖w‖ ≤ 1e-12·‖a_k‖), throw an Error instead of dividing by it",
      section: "qr",
      test: detect.returnedInsteadOfThrowing("qr", "rank-deficient"),
    },
    {
      id: "wide-accepted",
      message: "a wide A (fewer rows than columns) cannot have independent columns: check m ≥ n first and throw an Error otherwise",
      section: "qr",
      test: detect.returnedInsteadOfThrowing("qr", "wide"),
    },
  ],
  complexity: {
    call: "qr",
    sizes: [20, 40, 80, 120],
    args: (n) => [Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Math.sin(3 * i + 7 * j + 1) + (i === j ? 2 : 0)))],
    expected: 3,
    hint: "QR of an n×n matrix takes about n³ multiply-adds (about 4n³/3 for Householder's R, 2n³ for each Gram–Schmidt pass); are you forming whole m×m reflection matrices and multiplying them, instead of applying each mirror to the columns?",
  },
  checks: { qr: qrCheck },
  cases: [
    fixed("the lesson's 3×2 matrix", "qr", [[[3, -1], [4, 7], [0, 12]]], { description: "Gram–Schmidt gives Q = [[0.6, −4/13], [0.8, 3/13], [0, 12/13]] and R = [[5, 5], [0, 13]]; Householder gives the same up to signs." }),
    fixed("2×2", "qr", [[[3, 2], [4, 1]]]),
    fixed("1×1 negative", "qr", [[[-5]]], { description: "Q = [[1]], R = [[−5]] and Q = [[−1]], R = [[5]] are both right." }),
    fixed("a single column", "qr", [[[1], [2], [2]]]),
    fixed("already upper triangular", "qr", [[[2, 1], [0, 3]]]),
    fixed("already orthonormal columns", "qr", [[[0, 1], [1, 0], [0, 0]]]),
    fixed("columns of very different sizes", "qr", [[[1e-8, 1], [2e-8, 3], [2e-8, 5]]], { description: "A column of length 3e-8 next to one of length 6: full rank all the same." }),
    fixed("a tall 5×3 matrix", "qr", [[[1, 2, 0], [0, 1, 1], [1, 0, 1], [2, 1, 1], [0, 0, 3]]]),
    random("random tall matrices", "qr", tallMatrices, { runs: 30 }),
    fixed("κ ≈ 1e8: Q orthonormal to 1e-12", "qr", [fixedSample(illConditionedMatrix(6, 4, 1e8), 3)], {
      tier: "challenge",
      section: "loss",
      check: strictCheck,
      description: "One pass of Gram–Schmidt leaves QᵀQ − I at about 2e-8 here (modified) or 4e-4 (classical); Householder or a second Gram–Schmidt pass gives 1e-16.",
    }),
    throws("wide A (2×3)", "qr", [[[1, 2, 3], [4, 5, 6]]], "three columns in ℝ² cannot be independent", { tags: ["wide"] }),
    throws("dependent columns", "qr", [[[1, 2], [2, 4], [3, 6]]], "column 2 is twice column 1", { tags: ["rank-deficient"] }),
    throws("a zero column", "qr", [[[1, 0], [2, 0], [3, 0]]], "a zero column has no direction", { tags: ["rank-deficient"] }),
    throws("a column that is the sum of two others", "qr", [[[0.1, 0.5, 0.6], [0.2, 0.1, 0.3], [0.3, 0.2, 0.5], [0.4, 0.7, 1.1]]], "column 3 = column 1 + column 2, up to rounding (its remainder is about 1e-16 of its length, not 0)", {
      tags: ["rank-deficient"],
    }),
    throws("rows of different lengths", "qr", [[[1, 2], [3]]], "the rows have different lengths, so A is not a matrix"),
  ],
});
