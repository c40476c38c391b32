import { arb, defineSpec, detect, expect, fc, fixed, random, throws, type Args, type Check, type JudgedCase } from "latutor/kit";
import { anyMatrix, fmt, frobenius, partialSum, range, rankDeficient, svdOf, type Matrix } from "./_svd";

/**
 * Judged by Eckart–Young, not by the reference's matrix: the answer must have rank ≤ k and
 * ‖A − A_k‖F must be the smallest possible, √(σ_{k+1}² + … ). Accuracy demanded: 1e-6 relative to
 * ‖A‖ (an SVD from the eigenvectors of AᵀA meets it on these matrices, whose κ stays ≤ 1e3).
 */
const TOL = 1e-6;

const sub = (A: Matrix, B: Matrix): Matrix => A.map((row, i) => row.map((x, j) => x - B[i][j]));

const lowRankCheck: Check = (got, { args }) => {
  const [A, k] = args as [Matrix, number];
  const m = A.length;
  const n = A[0].length;
  expect.expectMatrix(got, m, n, "lowRank(A, k)");
  const { S } = svdOf(A);
  const normA = frobenius(A);
  const scale = normA > 0 ? normA : 1;
  const sg = svdOf(got).S;
  if (k < sg.length && sg[k] > TOL * scale) {
    throw new expect.Mismatch(
      `your result has rank more than k = ${k}: its singular value number ${k + 1} is ${fmt(sg[k])}, which should be 0. A_k keeps exactly k layers σᵢ·uᵢ·vᵢᵀ`,
      { property: `σ${k + 1}(A_k) / ‖A‖F`, measured: sg[k] / scale, limit: TOL },
    );
  }
  const best = Math.sqrt(S.slice(k).reduce((s, x) => s + x * x, 0));
  const err = frobenius(sub(A, got));
  if (!(Math.abs(err - best) <= TOL * scale)) {
    const tail = S.slice(k).filter((s) => s > 0);
    throw new expect.Mismatch(
      `‖A − A_k‖F = ${fmt(err)}, but the best rank-${k} approximation misses by only ${fmt(best)} = √(${tail.length ? tail.map((s) => `${fmt(s)}²`).join(" + ") : "0"}), the singular values left out (Eckart–Young)`,
      { property: "‖A − A_k‖F − √(Σ_{i>k} σᵢ²)", measured: err - best, limit: TOL * scale },
    );
  }
};

// ---------- inputs ----------

/** A matrix with k from 0 to min(m, n). */
const withK = (matrices: fc.Arbitrary<Args>): fc.Arbitrary<Args> =>
  matrices.chain(([A]) => fc.integer({ min: 0, max: Math.min((A as Matrix).length, (A as Matrix)[0].length) }).map((k) => [A, k] as Args));

/** Distinct, well separated singular values (so the k largest and the k smallest differ clearly). */
const separated: fc.Arbitrary<Args> = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 4 }))
  .chain(([m, n]) => {
    const r = Math.min(m, n);
    return fc.tuple(arb.withSingularValues(m, n, range(r).map((i) => 2 ** (r - i))), fc.integer({ min: 1, max: r - 1 }));
  })
  .map(([A, k]) => [A, k] as Args);

/** 24×12 "image": a smooth gradient, a bright disc and a dark bar (the lesson's picture, smaller). */
const IMAGE: Matrix = Array.from({ length: 12 }, (_, i) =>
  Array.from({ length: 24 }, (_, j) => {
    let v = 40 + 5 * j;
    if ((i - 5.5) ** 2 + ((j - 7) / 1.5) ** 2 < 12) v = 230;
    if (j >= 16 && j <= 18 && i >= 2 && i <= 9) v = 10;
    return v / 255;
  }),
);

// ---------- diagnoses ----------

/** The failing lowRank cases with an m×n answer, with the grader's SVD of A. */
function failures(cases: JudgedCase[]): { A: Matrix; k: number; got: Matrix }[] {
  return cases.flatMap((c) => {
    if (c.passed || c.call !== "lowRank" || c.kind === "throws" || c.outcome !== "returned" || !c.args) return [];
    const [A, k] = c.args as [Matrix, number];
    const got = c.got as Matrix;
    if (!Array.isArray(got) || got.length !== A.length || !got.every((r) => Array.isArray(r) && r.length === A[0].length)) return [];
    return [{ A, k, got }];
  });
}

/** got is the sum of the layers `pick(k, r)` of A's SVD (and that is not the right answer). */
const layersMatch = (pick: (k: number, r: number) => number[] | undefined) => (cases: JudgedCase[]) =>
  failures(cases).some(({ A, k, got }) => {
    const d = svdOf(A);
    const idx = pick(k, d.S.length);
    if (!idx) return false;
    const guess = partialSum(d, idx);
    return detect.near(got, guess, 1e-6) && !detect.near(guess, partialSum(d, range(k)), 1e-3);
  });

export default defineSpec({
  exercise: "low-rank",
  params: { lowRank: ["A", "k"] },
  diagnoses: [
    {
      id: "keeps-smallest",
      message:
        "your result keeps the k SMALLEST singular values: the best rank-k approximation keeps the k largest (σ₁ … σ_k, the first k with S sorted descending). An eigenvalue routine that returns values ascending puts them last",
      section: "eckart-young",
      test: layersMatch((k, r) => (k > 0 && k < r ? range(k).map((i) => r - 1 - i) : undefined)),
    },
    {
      id: "off-by-one",
      message: "your result keeps one layer too many or too few: A_k = Σ for i = 1 … k of σᵢ·uᵢ·vᵢᵀ, which is indices t = 0 … k − 1 in code (for (let t = 0; t < k; t++), not t <= k)",
      section: "eckart-young",
      test: (cases) => layersMatch((k, r) => (k + 1 <= r ? range(k + 1) : undefined))(cases) || layersMatch((k) => (k >= 1 ? range(k - 1) : undefined))(cases),
    },
    {
      id: "k-zero-rejected",
      message: "k = 0 is valid: the best rank-0 approximation is the zero matrix of A's shape (the stub says so). Throw only for k < 0, k > min(m, n), or a k that is not a whole number",
      section: "eckart-young",
      test: (cases) => cases.some((c) => !c.passed && c.call === "lowRank" && c.tags.includes("k-zero") && c.outcome === "threw"),
    },
    {
      id: "k-not-checked",
      message: "a k outside 0 … min(m, n) (or not a whole number) must throw an Error: there is no rank-k layer number k + 1 to take, and silently returning A hides the caller's mistake",
      section: "eckart-young",
      test: detect.returnedInsteadOfThrowing("lowRank"),
    },
  ],
  checks: { lowRank: lowRankCheck },
  cases: [
    fixed("the lesson's 2×2, k = 1", "lowRank", [[[3, 0], [4, 5]], 1], { description: "σ = √45, √5: A₁ keeps the first layer and misses A by √5 ≈ 2.236 in both norms." }),
    fixed("rank 2 matrix, k = 1", "lowRank", [[[1, 2, 3], [4, 5, 6], [7, 8, 9]], 1]),
    fixed("k = min(m, n) gives A back", "lowRank", [[[1, 2], [3, 4], [5, 6]], 2], { tags: ["k-full"] }),
    fixed("k = 0 gives the zero matrix", "lowRank", [[[1, 2], [3, 4]], 0], { tags: ["k-zero"], description: "The best rank-0 approximation is the zero matrix of A's shape." }),
    fixed("diagonal, k = 1", "lowRank", [[[1, 0, 0], [0, 3, 0], [0, 0, 2]], 1], { description: "σ = 3, 2, 1: keep the 3, which sits in the middle of the diagonal." }),
    fixed("wide 2×4, k = 1", "lowRank", [[[1, 0, 2, 0], [0, 3, 0, 1]], 1], { tags: ["wide"] }),
    fixed("a 12×24 test picture (a disc and a bar), k = 3", "lowRank", [IMAGE, 3], { description: "Not the lesson's 16×30 picture: a smaller one, a disc and a bar on a gradient, brightness 0 to 1; three layers already show both." }),
    random("random matrices, any k", "lowRank", withK(anyMatrix), { runs: 30 }),
    random("well separated singular values 2ⁱ", "lowRank", separated, { runs: 20 }),
    random("rank-deficient products, any k", "lowRank", withK(rankDeficient()), { runs: 20, tags: ["rank-deficient"] }),
    throws("k larger than min(m, n)", "lowRank", [[[1, 2], [3, 4]], 3], "a 2×2 matrix has only 2 singular values: k can be at most 2"),
    throws("negative k", "lowRank", [[[1, 2], [3, 4]], -1], "k counts layers: it cannot be negative"),
    throws("k not a whole number", "lowRank", [[[1, 2], [3, 4]], 1.5], "k counts layers: it must be a whole number"),
    throws("rows of different lengths", "lowRank", [[[1, 2, 3], [4, 5]], 1], "the rows have different lengths, so A is not a matrix"),
  ],
});
