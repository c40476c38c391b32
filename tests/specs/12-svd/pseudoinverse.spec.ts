import { arb, defineSpec, detect, expect, fc, fixed, linalg, random, throws, type Args, type Check, type JudgedCase } from "latutor/kit";
import { anyMatrix, clearSpectrum, fmt, frobenius, inverseSum, partialSum, range, rankDeficient, scaled, svdOf, type Matrix } from "./_svd";

/**
 * Judged by the four Moore–Penrose conditions, which pin A⁺ down uniquely:
 *   (1) A·X·A = A   (2) X·A·X = X   (3) (A·X)ᵀ = A·X   (4) (X·A)ᵀ = X·A
 * with X's rank decided by the tolerance (the caller's, or max(m, n)·ε·σ₁): A stands for A with its
 * singular values ≤ tol set to 0, the matrix that X is the exact pseudoinverse of. Rounding errors in
 * (2)–(4) grow with κ = σ₁ / σ_r (the smallest singular value kept), so the allowance is
 * 1e-8·κ relative to ‖A‖, ‖X‖ and 1; required cases keep κ ≤ 1e3 (an SVD from AᵀA is then accurate
 * enough), so the allowance stays ≤ 1e-5 while a wrong rank misses by 1e-3 or more.
 */
function pinvCheck(got: unknown, A: Matrix, tol: number | undefined): void {
  const m = A.length;
  const n = A[0].length;
  expect.expectMatrix(got, n, m, "pinv(A)");
  const X = got;
  const d = svdOf(A);
  const { S } = d;
  const cut = tol ?? Math.max(m, n) * Number.EPSILON * S[0];
  const kept = S.filter((s) => s > cut);
  // X is the pseudoinverse of A with its singular values ≤ tol set to 0: judge it against that matrix.
  const Ar = kept.length === S.length ? A : partialSum(d, range(kept.length));
  const kappa = kept.length ? kept[0] / kept[kept.length - 1] : 1;
  const allow = 1e-8 * Math.max(1, kappa);
  const AX = linalg.matMul(Ar, X);
  const XA = linalg.matMul(X, Ar);
  const diff = (P: Matrix, Q: Matrix) => frobenius(linalg.matSub(P, Q));
  const nA = frobenius(A) || 1;
  const nX = frobenius(X) || 1;
  const conditions: [string, number, string][] = [
    ["A·X·A = A", diff(linalg.matMul(AX, Ar), Ar) / nA, "‖AXA − A‖F / ‖A‖F"],
    ["X·A·X = X", diff(linalg.matMul(XA, X), X) / nX, "‖XAX − X‖F / ‖X‖F"],
    ["(A·X)ᵀ = A·X", diff(linalg.transpose(AX), AX) / Math.max(1, frobenius(AX)), "‖(AX)ᵀ − AX‖F / ‖AX‖F"],
    ["(X·A)ᵀ = X·A", diff(linalg.transpose(XA), XA) / Math.max(1, frobenius(XA)), "‖(XA)ᵀ − XA‖F / ‖XA‖F"],
  ];
  for (const [name, err, property] of conditions) {
    if (!(err <= allow)) {
      const why = name === "A·X·A = A" && kept.length ? ` (A has ${kept.length} singular value${kept.length === 1 ? "" : "s"} above the tolerance ${fmt(cut)}: ${kept.map(fmt).join(", ")}; each must be inverted)` : "";
      throw new expect.Mismatch(`X = pinv(A) breaks the Moore–Penrose condition ${name}: ${property} = ${fmt(err)}, allowed ${fmt(allow)}${why}`, { property, measured: err, limit: allow });
    }
  }
}

const check: Check = (got, { args }) => {
  const [A, tol] = args as [Matrix, number | undefined];
  pinvCheck(got, A, tol);
};

// ---------- inputs ----------

/** Full rank, σ = 2, 0.5, 0.005 (κ = 400): scaled by 1e-8, its smallest σ is 5e-11. */
const FULL: Matrix = arb.sample(arb.withSingularValues(3, 3, [2, 0.5, 0.005]), 31)[0];
/** Rank 2, exactly (integer entries). Scaled by 1e8, its rounding dust is around 1e-8. */
const DEFICIENT: Matrix = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9],
];
const TALL: Matrix = [
  [1, 0],
  [0, 1],
  [1, 1],
];

const fullColumnRank = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 2 }))
  .chain(([n, extra]) => arb.matrix(n + extra, n))
  .map((A) => [A] as Args)
  .filter(([A]) => {
    const { S } = svdOf(A as Matrix);
    return S[0] > 0 && S[S.length - 1] >= 1e-3 * S[0];
  });
const wide = fullColumnRank.map(([A]) => [linalg.transpose(A as Matrix)] as Args).filter(([A]) => (A as Matrix).length < (A as Matrix)[0].length);

// ---------- diagnoses ----------

interface Failure {
  A: Matrix;
  tol?: number;
  got: Matrix;
  tags: string[];
  name: string;
}
function failures(cases: JudgedCase[]): Failure[] {
  return cases.flatMap((c) => {
    if (c.passed || c.call !== "pinv" || c.kind === "throws" || c.outcome !== "returned" || !c.args) return [];
    const [A, tol] = c.args as [Matrix, number | undefined];
    const got = c.got as Matrix;
    if (!Array.isArray(got) || got.length !== A[0].length || !got.every((r) => Array.isArray(r) && r.length === A.length)) return [];
    return [{ A, tol, got, tags: c.tags, name: c.name }];
  });
}
const passed = (cases: JudgedCase[], name: string) => cases.some((c) => c.name === name && c.passed);
/** X keeps the r largest singular values of A, for some r other than the right one. */
const keepsTop = (A: Matrix, got: Matrix, wrong: (r: number) => boolean): boolean => {
  const d = svdOf(A);
  return range(d.S.length + 1).some((r) => wrong(r) && d.S.slice(0, r).every((s) => s > 0) && detect.near(got, inverseSum(d, range(r)), 1e-6));
};
const rankOf = (A: Matrix, tol?: number) => {
  const { S } = svdOf(A);
  const cut = tol ?? Math.max(A.length, A[0].length) * Number.EPSILON * S[0];
  return S.filter((s) => s > cut).length;
};
const finiteAll = (X: Matrix) => X.every((r) => r.every(Number.isFinite));
/** A·X·A = A to 1e-6 (relative to ‖A‖): X is at least a generalised inverse. */
const generalisedInverse = (A: Matrix, X: Matrix): boolean => {
  if (!finiteAll(X) || X.length !== A[0].length || !X.every((r) => r.length === A.length)) return false;
  const nA = frobenius(A);
  return nA === 0 || frobenius(linalg.matSub(linalg.matMul(linalg.matMul(A, X), A), A)) <= 1e-6 * nA;
};
/**
 * X is what V·Σ⁺·Uᵀ gives when a zero singular value comes out of the svd as small noise and is
 * inverted: X is still a generalised inverse (A·X·A = A, since A·v ≈ 0 along the noise direction),
 * A is rank-deficient at the cut-off, and X is far larger than A⁺ (1/noise instead of 0).
 */
const noiseInverted = (A: Matrix, tol: number | undefined, X: Matrix): boolean => {
  if (tol !== undefined) return false;
  const d = svdOf(A);
  const r = rankOf(A, tol);
  if (r === 0 || r >= Math.min(A.length, A[0].length) || !generalisedInverse(A, X)) return false;
  // The σ left out are rounding dust of a truly rank-deficient A, not small real ones.
  if (!d.S.slice(r).every((s) => s <= 1e-12 * d.S[0])) return false;
  const right = frobenius(inverseSum(d, range(r)));
  return frobenius(X) > 1e3 * right;
};
/** The grader's (AᵀA)⁻¹Aᵀ by Gauss–Jordan with partial pivoting; undefined when AᵀA has an exactly zero pivot. */
const normalEquationsModel = (A: Matrix): Matrix | undefined => {
  const At = linalg.transpose(A);
  const G = linalg.matMul(At, A);
  const n = G.length;
  const M = G.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let i = c + 1; i < n; i++) if (Math.abs(M[i][c]) > Math.abs(M[p][c])) p = i;
    if (M[p][c] === 0) return undefined;
    [M[c], M[p]] = [M[p], M[c]];
    for (let i = 0; i < n; i++) {
      if (i === c) continue;
      const f = M[i][c] / M[c][c];
      for (let j = c; j < 2 * n; j++) M[i][j] -= f * M[c][j];
    }
  }
  const inv = M.map((row, i) => row.slice(n).map((x) => x / M[i][i]));
  return linalg.matMul(inv, At);
};

export default defineSpec({
  exercise: "pseudoinverse",
  params: { pinv: ["A", "tol"] },
  diagnoses: [
    {
      id: "inverts-zero",
      message: "your pseudoinverse holds Infinity or NaN: it divides by a zero singular value. Σ⁺ inverts only the σ above the tolerance and puts 0 in place of the others",
      section: "pseudoinverse",
      test: (cases) => failures(cases).some(({ A, tol, got }) => !finiteAll(got) && rankOf(A, tol) < Math.min(A.length, A[0].length)),
    },
    {
      id: "absolute-tolerance",
      message:
        "your zero test for singular values uses a fixed number (like 1e-10): scaled by 1e-8, a full-rank matrix's real singular values fall below it and are dropped; scaled by 1e8, rounding dust rises above it and is inverted. Use a tolerance relative to σ₁: max(m, n)·ε·σ₁",
      section: "pseudoinverse",
      test: (cases) =>
        failures(cases).some(
          ({ A, tol, got, tags }) =>
            tol === undefined &&
            ((tags.includes("tiny") && passed(cases, "full rank 3×3, κ = 400") && keepsTop(A, got, (r) => r < rankOf(A))) ||
              (tags.includes("huge") && passed(cases, "rank 2, 3×3") && finiteAll(got) && linalg.maxAbs(got) > 1e6 * linalg.maxAbs(inverseSum(svdOf(A), range(rankOf(A)))))),
        ),
    },
    {
      id: "noise-sigma-inverted",
      message:
        "your svd returns tiny noise singular values (like 3.6e-9) where A's are 0, and pinv inverts them: A·X·A = A still holds, but X is huge. On the AᵀA route a zero σ comes out near 1e-8·σ₁; return σ ≤ 1e-6·σ₁ from svd as exactly 0 (topic 12's zero-sigma rule), and the default cut-off max(m, n)·ε·σ₁ does the rest",
      section: "zero-sigma",
      test: (cases) =>
        // (AᵀA)⁻¹Aᵀ refuses a singular AᵀA somewhere; an SVD route never throws on valid input.
        !cases.some((c) => c.call === "pinv" && !c.passed && c.kind !== "throws" && c.outcome === "threw") && failures(cases).some(({ A, tol, got }) => noiseInverted(A, tol, got)),
    },
    {
      id: "normal-equations",
      message:
        "(AᵀA)⁻¹Aᵀ is the pseudoinverse only when A has full column rank (independent columns): for a rank-deficient (or wide) A, AᵀA is singular, so the inverse fails or returns garbage. Build A⁺ from the SVD instead: V·Σ⁺·Uᵀ",
      section: "pseudoinverse",
      test: (cases) => {
        const mine = cases.filter((c) => c.call === "pinv" && c.tier === "required" && c.kind !== "throws");
        const bad = mine.filter((c) => !c.passed);
        const deficient = (c: JudgedCase) => c.tags.includes("rank-deficient") || c.tags.includes("wide");
        // Evidence of (AᵀA)⁻¹Aᵀ itself, not just of failing where it fails: on a rank-deficient or
        // wide A the inverse of AᵀA threw (singular), or gave Infinity/NaN, or gave the grader's own
        // (AᵀA)⁻¹Aᵀ. (A huge finite answer alone is what V·Σ⁺·Uᵀ with a noise σ inverted gives too.)
        const evidence = bad.some((c) => {
          if (!deficient(c) || !c.args) return false;
          if (c.outcome === "threw") return true;
          const [A] = c.args as [Matrix, number | undefined];
          const X = c.got as Matrix;
          if (c.outcome !== "returned" || !Array.isArray(X) || !X.every((r) => Array.isArray(r))) return false;
          if (!finiteAll(X)) return true;
          const model = normalEquationsModel(A);
          return model !== undefined && finiteAll(model) && detect.near(X, model, 1e-6);
        });
        return (
          evidence &&
          bad.some((c) => c.tags.includes("rank-deficient")) &&
          bad.every((c) => deficient(c) || c.tags.includes("explicit-tol") || c.tags.includes("mixed")) &&
          mine.some((c) => c.passed && c.tags.includes("full-column-rank"))
        );
      },
    },
    {
      id: "tol-ignored",
      message: "pinv(A, tol) must use the caller's tol instead of the default: singular values ≤ tol count as zero, even when the default would keep them (and the other way round)",
      section: "pseudoinverse",
      test: (cases) => failures(cases).some(({ A, tol, got, tags }) => tags.includes("explicit-tol") && tol !== undefined && rankOf(A, tol) !== rankOf(A) && keepsTop(A, got, (r) => r === rankOf(A))),
    },
  ],
  plots: [
    {
      kind: "sweep",
      title: "Correct digits of A·X·A = A for X = pinv(c·A), A full rank with σ = 2, 0.5, 0.005, as the scale c shrinks",
      call: "pinv",
      inputs: [0, -2, -4, -6, -8, -10, -12].map((k) => ({ x: k, args: [scaled(10 ** k, FULL)] })),
      y: (got, [A]) => {
        const M = A as Matrix;
        const X = got as Matrix;
        const err = frobenius(linalg.matSub(linalg.matMul(linalg.matMul(M, X), M), M)) / frobenius(M);
        return Number.isNaN(err) ? 0 : Math.max(0, Math.min(16, -Math.log10(Math.max(err, 1e-16))));
      },
      xLabel: "log10 c",
      yLabel: "correct digits",
    },
  ],
  checks: { pinv: check },
  cases: [
    fixed("invertible 2×2 (pinv = inverse)", "pinv", [[[1, 2], [3, 4]]], { tags: ["full-column-rank"], description: "For an invertible A, A⁺ = A⁻¹ = [[-2, 1], [1.5, -0.5]]." }),
    fixed("rank 1 (all ones)", "pinv", [[[1, 1], [1, 1]]], { tags: ["rank-deficient"], description: "A = 2·u·vᵀ with u = v = [1, 1]/√2, so A⁺ = v·uᵀ/2 = [[0.25, 0.25], [0.25, 0.25]]." }),
    fixed("tall 3×2", "pinv", [TALL], { tags: ["full-column-rank"], description: "Full column rank: A⁺ = (AᵀA)⁻¹Aᵀ = [[2, -1, 1], [-1, 2, 1]] / 3." }),
    fixed("one row", "pinv", [[[1, 2, 2]]], { tags: ["wide"], description: "A⁺ = Aᵀ / ‖A‖² = [[1], [2], [2]] / 9." }),
    fixed("the zero matrix", "pinv", [[[0, 0, 0], [0, 0, 0]]], { tags: ["rank-deficient"], description: "No singular value to invert: A⁺ is the 3×2 zero matrix." }),
    fixed("diagonal with a zero", "pinv", [[[2, 0], [0, 0]]], { tags: ["rank-deficient"], description: "Invert the 2, keep the 0: [[0.5, 0], [0, 0]]." }),
    fixed("rank 2, 3×3", "pinv", [DEFICIENT], { tags: ["rank-deficient"] }),
    fixed("rank 2, 3×3, scaled by 1e8", "pinv", [scaled(1e8, DEFICIENT)], {
      tags: ["rank-deficient", "huge"],
      description: "σ₃ is 0, but rounding leaves about 1e-8 in its place: above a fixed threshold like 1e-10, far below max(m, n)·ε·σ₁ ≈ 1e-6.",
    }),
    fixed("full rank 3×3, κ = 400", "pinv", [FULL], { tags: ["full-column-rank"] }),
    fixed("full rank 3×3, κ = 400, scaled by 1e-8", "pinv", [scaled(1e-8, FULL)], {
      tags: ["full-column-rank", "tiny"],
      description: "σ = 2e-8, 5e-9, 5e-11: all real, and the rank is 3 at any scale. A fixed threshold like 1e-10 drops the last one.",
    }),
    fixed("explicit tol larger than the default", "pinv", [[[1, 0], [0, 1e-3]], 1e-2], {
      tags: ["explicit-tol", "full-column-rank"],
      description: "σ = 1, 1e-3; tol = 1e-2 says 1e-3 counts as zero: A⁺ = [[1, 0], [0, 0]].",
    }),
    fixed("explicit tol smaller than the default", "pinv", [[[1e12, 0], [0, 1e-4]], 1e-6], {
      tags: ["explicit-tol", "full-column-rank"],
      description: "The default (2·ε·1e12 ≈ 4.4e-4) would drop σ = 1e-4; tol = 1e-6 keeps it: A⁺ = [[1e-12, 0], [0, 1e4]].",
    }),
    random("full column rank, tall or square", "pinv", fullColumnRank, { runs: 25, tags: ["full-column-rank"] }),
    random("wide, full row rank", "pinv", wide, { runs: 15, tags: ["wide"] }),
    random("rank-deficient products B·C", "pinv", rankDeficient(4, 4), { runs: 25, tags: ["rank-deficient"] }),
    random("random matrices", "pinv", anyMatrix.filter(([A]) => clearSpectrum(A as Matrix)), { runs: 20, tags: ["mixed"] }),
    throws("rows of different lengths", "pinv", [[[1, 2, 3], [4, 5]]], "the rows have different lengths, so A is not a matrix"),
  ],
});
