import { arb, defineSpec, detect, expect, fixed, random, throws, type Check, type JudgedCase } from "latutor/kit";
import { anyMatrix, fmt, frobenius, isMatrix, orthoError, partialSum, range, rankDeficient, repeated, svdOf, type Matrix, type SVD, type Vector } from "./_svd";

/**
 * Accuracy demanded. Required cases: 1e-6 (relative to σ₁ and ‖A‖) for every property. The
 * textbook route (eigenvectors of AᵀA) knows σ² to about ε·σ₁², so σ itself to about √ε·σ₁ ≈ 1.5e-8·σ₁,
 * and its U columns are orthogonal to about ε·κ²: required cases keep κ (over the non-zero σ) ≤ 1e3,
 * where that route stays near 1e-10, well inside 1e-6. The going-deeper case (κ = 1e8) asks for
 * what a backward-stable SVD (one-sided Jacobi, Golub–Kahan) delivers: about 1e-12.
 */
const REQUIRED = 1e-6;
const DEEP = 1e-12;

/** The columns whose singular value is (numerically) zero: their U columns are free, up to orthonormality. */
const zeroColumns = (S: Vector, rel = 1e-6): number[] => S.flatMap((s, i) => (s <= rel * S[0] || S[0] === 0 ? [i] : []));

function asSVD(got: unknown, m: number, n: number): SVD {
  const k = Math.min(m, n);
  if (typeof got !== "object" || got === null || Array.isArray(got)) {
    throw new expect.Mismatch(`svd(A) must return an object { U, S, V }, got ${Array.isArray(got) ? "an array" : typeof got}`);
  }
  const { U, S, V } = got as Record<string, unknown>;
  if (isMatrix(U) && U.length === m && U[0].length === m && m > k) {
    throw new expect.Mismatch(`U is ${m}×${m}: that is the full SVD. Return the thin one: U is m×k with k = min(m, n) = ${k}, one column per singular value`);
  }
  expect.expectMatrix(U, m, k, "U");
  expect.expectVector(S, k, "S");
  expect.expectMatrix(V, n, k, "V");
  return { U, S, V } as SVD;
}

/** For each i, u_iᵀ·A·v_i: +σ_i when the pair (u_i, v_i) is right, −σ_i when one of them is flipped. */
const pairings = (A: Matrix, { U, V }: SVD): number[] => range(U[0].length).map((i) => U.reduce((s, urow, r) => s + urow[i] * A[r].reduce((t, a, c) => t + a * V[c][i], 0), 0));

/** The columns i where u_i and v_i are each right but with opposite signs (σ_i clearly non-zero). */
function flippedPairs(A: Matrix, got: SVD, S: Vector, tol: number): number[] | undefined {
  const c = pairings(A, got);
  const scale = S[0];
  const big = range(S.length).filter((i) => S[i] > 1e-3 * scale);
  if (!big.every((i) => Math.abs(Math.abs(c[i]) - S[i]) <= tol * scale)) return undefined;
  const flipped = big.filter((i) => c[i] < 0);
  return flipped.length ? flipped : undefined;
}

const svdCheck =
  (tol: number): Check =>
  (got, { args, expected }) => {
    const [A] = args as [Matrix];
    const m = A.length;
    const n = A[0].length;
    const E = expected as SVD;
    const g = asSVD(got, m, n);
    const scale = E.S[0] > 0 ? E.S[0] : 1;
    const limit = tol * scale;
    // S: non-negative, descending, the right values.
    g.S.forEach((s, i) => {
      if (s < -limit) throw new expect.Mismatch(`S[${i}] = ${fmt(s)} is negative: singular values are lengths, never negative (take σ = √λ with λ clamped at 0, and let the sign live in U or V)`);
    });
    for (let i = 0; i + 1 < g.S.length; i++) {
      if (g.S[i] < g.S[i + 1] - limit) {
        throw new expect.Mismatch(`S is not in descending order: S[${i}] = ${fmt(g.S[i])} < S[${i + 1}] = ${fmt(g.S[i + 1])}. Sort the singular values largest first, and move the columns of U and V with them`);
      }
    }
    // The worst singular value is the one reported (on an ill-conditioned A, that is the smallest).
    const errs = E.S.map((s, i) => Math.abs(g.S[i] - s));
    const worst = errs.reduce((w, e, i) => (e > errs[w] || Number.isNaN(e) ? i : w), 0);
    if (!(errs[worst] <= limit)) {
      const i = worst;
      throw new expect.Mismatch(`S[${i}] is ${long(g.S[i])}, expected ${long(E.S[i])} (off by ${fmt(errs[i])}; allowed ${fmt(limit)}, i.e. ${fmt(tol)}·σ₁)`, {
        expected: E.S,
        got: g.S,
        measured: errs[i],
        limit,
      });
    }
    // A zero singular value (rank deficiency: the grader's σ is rounding dust) must come back at
    // rounding level too (exactly 0, or ≤ max(m, n)·ε·σ₁, what pinv's default cut-off drops):
    // a noise σ of 1e-9·σ₁ passes the 1e-6 above, but pinv and ridge would divide by it.
    const dust = Math.max(m, n) * Number.EPSILON * scale;
    for (const i of zeroColumns(E.S, 1e-12)) {
      if (E.S[0] > 0 && g.S[i] > dust) {
        throw new expect.Mismatch(
          `S[${i}] = ${fmt(g.S[i])}, but A has rank ${E.S.filter((s) => s > 1e-12 * E.S[0]).length}: that singular value is 0, and ${fmt(g.S[i])} is rounding noise (S[0] = ${fmt(E.S[0])}). Return a σ at the noise level (≤ 1e-6·S[0] on the AᵀA route) as exactly 0: pinv and ridge would divide by it`,
          { expected: E.S, got: g.S, measured: g.S[i], limit: dust },
        );
      }
    }
    // V and U: orthonormal columns (for σ = 0, that is all the contract asks of a U column).
    for (const [name, Q] of [["V", g.V], ["U", g.U]] as const) {
      const o = orthoError(Q);
      if (!(o.err <= tol)) {
        const zero = zeroColumns(E.S);
        const note = name === "U" && (zero.includes(o.i) || zero.includes(o.j)) ? ` (S[${zero.includes(o.j) ? o.j : o.i}] = 0 here: a U column for a zero singular value cannot come from A·v/σ; pick any unit vector orthogonal to the other columns)` : "";
        throw new expect.Mismatch(
          o.i === o.j
            ? `column ${o.i} of ${name} has length² ${fmt(o.value)}, expected 1: the columns of ${name} must be orthonormal${note}`
            : `columns ${o.i} and ${o.j} of ${name} are not orthogonal (their dot product is ${fmt(o.err)}, allowed ${fmt(tol)})${note}`,
          { property: `‖${name}ᵀ${name} − I‖max`, measured: o.err, limit: tol },
        );
      }
    }
    // A = U·diag(S)·Vᵀ.
    const R = partialSum(g, range(g.S.length));
    const normA = frobenius(A);
    const err = frobenius(linalg_sub(A, R)) / (normA > 0 ? normA : 1);
    if (!(err <= tol)) {
      const flipped = flippedPairs(A, g, E.S, 1e-4);
      if (flipped) {
        throw new expect.Mismatch(
          `U·diag(S)·Vᵀ is not A (‖A − UΣVᵀ‖/‖A‖ = ${fmt(err)}), although U and V are orthonormal and S is right: column ${flipped[0]} of U has the opposite sign to column ${flipped[0]} of V (column ${flipped[0]} of U, transposed, times A times column ${flipped[0]} of V gives −S[${flipped[0]}] = ${fmt(-E.S[flipped[0]])}). A singular vector may take either sign, but u_i and v_i must flip together: compute u_i = A·v_i / σ_i from v_i instead of finding U separately`,
          { property: "‖A − UΣVᵀ‖F / ‖A‖F", measured: err, limit: tol },
        );
      }
      throw new expect.Mismatch(`U·diag(S)·Vᵀ is not A: ‖A − UΣVᵀ‖F / ‖A‖F = ${fmt(err)}, allowed ${fmt(tol)}`, { property: "‖A − UΣVᵀ‖F / ‖A‖F", measured: err, limit: tol });
    }
  };

/** Ten significant digits without trailing zeros, with its exponent where it has one (3.6e-9, never 3.600000000e-9). */
const long = (x: number): string => String(Number(x.toPrecision(10)));

const linalg_sub = (A: Matrix, B: Matrix): Matrix => A.map((row, i) => row.map((x, j) => x - B[i][j]));

// ---------- inputs ----------

/** κ = 1e8: singular values 1, 1e-2, 1e-5, 1e-8 (the AᵀA route squares them: 1e-16 drowns in rounding). */
const ILL: Matrix = arb.sample(arb.withSingularValues(5, 4, [1, 1e-2, 1e-5, 1e-8]), 1207)[0];
/** κ = 1e3 with all four σ distinct: the AᵀA route still meets 1e-6 comfortably. */
const MODERATE: Matrix = arb.sample(arb.withSingularValues(4, 4, [2, 0.5, 0.02, 0.002]), 77)[0];

// ---------- diagnoses ----------

/** The failing svd cases that returned something shaped like { U, S, V }, with their matrix. */
function failures(cases: JudgedCase[]): { A: Matrix; got: SVD; E: SVD; tags: string[] }[] {
  return cases.flatMap((c) => {
    if (c.passed || c.call !== "svd" || c.kind === "throws" || c.outcome !== "returned" || !c.args || c.tier !== "required") return [];
    const got = c.got as Partial<SVD> | undefined;
    const A = c.args[0] as Matrix;
    if (!got || !Array.isArray(got.U) || !Array.isArray(got.S) || !Array.isArray(got.V)) return [];
    const k = Math.min(A.length, A[0].length);
    if (got.S.length !== k || got.U.length !== A.length || got.V.length !== A[0].length) return [];
    if (!(got.U as unknown[]).every((r) => Array.isArray(r) && r.length === k) || !(got.V as unknown[]).every((r) => Array.isArray(r) && r.length === k)) return [];
    return [{ A, got: got as SVD, E: c.expected as SVD, tags: c.tags }];
  });
}

const finite = (xs: number[]) => xs.every((x) => typeof x === "number" && Number.isFinite(x));
const columns = (Q: Matrix, idx: number[]): Matrix => Q.map((row) => idx.map((i) => row[i]));

export default defineSpec({
  exercise: "svd",
  params: { svd: ["A"] },
  diagnoses: [
    {
      id: "sqrt-of-negative",
      message:
        "S holds NaN where a singular value is 0: rounding leaves a zero eigenvalue of AᵀA slightly negative (like −4e-17), and Math.sqrt of a negative number is NaN. Clamp first, σ = Math.sqrt(Math.max(λ, 0)), and treat σ below your noise threshold as 0",
      section: "from-eigen",
      test: (cases) =>
        failures(cases).some(({ got, E }) => {
          const zero = zeroColumns(E.S);
          const bad = got.S.flatMap((s, i) => (Number.isNaN(s) ? [i] : []));
          return bad.length > 0 && bad.every((i) => zero.includes(i));
        }),
    },
    {
      id: "zero-sigma-divided",
      message:
        "for a zero singular value, u = A·v / σ divides rounding noise by (nearly) zero: that U column comes out NaN, or not a unit vector, or not orthogonal to the others. Treat σ ≤ (a threshold relative to σ₁) as exactly 0, and fill its U column with a unit vector orthogonal to the columns you have (Gram–Schmidt on e₁, e₂, …)",
      section: "zero-sigma",
      test: (cases) =>
        failures(cases).some(({ got, E }) => {
          const zero = zeroColumns(E.S);
          if (zero.length === 0 || !finite(got.S) || got.S.some((s, i) => Math.abs(s - E.S[i]) > 1e-4 * E.S[0])) return false;
          const good = range(E.S.length).filter((i) => !zero.includes(i));
          const Ug = columns(got.U, good);
          if (good.length && (!finite(Ug.flat()) || orthoError(Ug).err > 1e-6)) return false;
          return !finite(got.U.flat()) || orthoError(got.U).err > 1e-6;
        }),
    },
    {
      id: "noise-sigma-kept",
      message:
        "your S keeps rounding noise where a singular value is 0 (like 3.6e-9 for a rank-1 A): on the AᵀA route σ² is only known to about ε·σ₁², so a zero σ comes out near 1e-8·σ₁. Set σᵢ to exactly 0 when σᵢ ≤ 1e-6·σ₁ (and fill its U column by Gram–Schmidt): pinv, ridge and rank all read S and would treat the noise as real",
      section: "zero-sigma",
      test: (cases) =>
        failures(cases).some(({ got, E, A }) => {
          const zero = zeroColumns(E.S, 1e-12);
          const dust = Math.max(A.length, A[0].length) * Number.EPSILON * E.S[0];
          return E.S[0] > 0 && finite(got.S) && zero.some((i) => got.S[i] > dust && got.S[i] <= 1e-4 * E.S[0]) && range(E.S.length).every((i) => zero.includes(i) || Math.abs(got.S[i] - E.S[i]) <= 1e-4 * E.S[0]);
        }),
    },
    {
      id: "signs-not-paired",
      message:
        "U and V are each orthonormal and S is right, but A ≠ U·Σ·Vᵀ: some column of U has the opposite sign to its partner in V. Eigenvectors of AAᵀ and of AᵀA found separately get their signs independently; compute u_i = A·v_i / σ_i from v_i so that each pair matches",
      section: "from-eigen",
      test: (cases) =>
        failures(cases).some(({ A, got, E }) => {
          if (!finite([...got.S, ...got.U.flat(), ...got.V.flat()])) return false;
          if (got.S.some((s, i) => Math.abs(s - E.S[i]) > 1e-6 * E.S[0])) return false;
          if (orthoError(got.U).err > 1e-6 || orthoError(got.V).err > 1e-6) return false;
          return flippedPairs(A, got, E.S, 1e-4) !== undefined;
        }),
    },
    {
      id: "squared-values",
      message: "your S holds the eigenvalues of AᵀA, which are the squares of the singular values: σᵢ = √λᵢ",
      section: "from-eigen",
      test: (cases) => failures(cases).some(({ got, E }) => E.S.some((s) => Math.abs(s - 1) > 0.1 && s > 1e-3) && detect.near(got.S, E.S.map((s) => s * s), 1e-5)),
    },
    {
      id: "not-descending",
      message: "your singular values are right but not largest first (eigenvalue routines often return them ascending): sort them descending, moving the columns of U and V with them",
      section: "from-eigen",
      test: (cases) => failures(cases).some(({ got, E }) => detect.reordered(got.S, E.S)),
    },
  ],
  plots: [
    {
      kind: "sweep",
      title: "Correct digits of the smallest singular value σ₄ = 10⁻ᵏ of a 5×4 matrix with σ = 1, …, 10⁻ᵏ",
      call: "svd",
      inputs: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((k) => ({ x: k, args: [arb.sample(arb.withSingularValues(5, 4, [1, 10 ** (-k / 3), 10 ** ((-2 * k) / 3), 10 ** -k]), 5)[0]] })),
      y: (got, [A]) => {
        const truth = svdOf(A as Matrix).S;
        const s = (got as SVD).S;
        const last = truth.length - 1;
        const err = Math.abs(s[last] - truth[last]) / truth[last];
        return Number.isNaN(err) ? 0 : Math.max(0, Math.min(16, -Math.log10(Math.max(err, 1e-16))));
      },
      xLabel: "k (σ_min = 10⁻ᵏ)",
      yLabel: "correct digits",
    },
  ],
  complexity: {
    call: "svd",
    sizes: [8, 16, 32],
    args: (n) => [Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Math.sin(7 * i + 3 * j + 1) + (i === j ? 2 : 0)))],
    expected: 3,
    hint: "an SVD costs about n³ operations per sweep (or for AᵀA and its eigendecomposition): are you recomputing a whole matrix product inside a loop over its entries?",
  },
  checks: { svd: svdCheck(REQUIRED) },
  cases: [
    fixed("the lesson's 2×2", "svd", [[[3, 0], [4, 5]]], { description: "AᵀA = [[25, 20], [20, 25]] has eigenvalues 45 and 5, so σ = √45 ≈ 6.708 and √5 ≈ 2.236." }),
    fixed("diagonal with a negative entry", "svd", [[[2, 0], [0, -3]]], { description: "σ = 3, 2 (descending); the minus sign lives in U or V, never in S." }),
    fixed("rank 1 (all ones)", "svd", [[[1, 1], [1, 1]]], { tags: ["rank-deficient"], description: "σ = 2, 0: the U column for σ = 0 is any unit vector orthogonal to the first." }),
    fixed("wide 2×3", "svd", [[[1, 0, 1], [0, 1, 1]]], { tags: ["wide"], description: "k = min(2, 3) = 2: U is 2×2, S has 2 entries, V is 3×2." }),
    fixed("tall 3×2", "svd", [[[1, 2], [3, 4], [5, 6]]], { tags: ["tall"] }),
    fixed("1×1", "svd", [[[-4]]]),
    fixed("one row", "svd", [[[3, 4]]], { tags: ["wide"], description: "σ = 5 = ‖[3, 4]‖, V's column is ±[0.6, 0.8]." }),
    fixed("one column", "svd", [[[1], [2], [2]]], { tags: ["tall"] }),
    fixed("the zero matrix", "svd", [[[0, 0, 0], [0, 0, 0]]], { tags: ["rank-deficient"], description: "Every σ is 0; U and V need only orthonormal columns." }),
    fixed("the identity (one σ, three times)", "svd", [[[1, 0, 0], [0, 1, 0], [0, 0, 1]]], { tags: ["repeated"], description: "σ = 1, 1, 1: any orthogonal U works, with V = U." }),
    fixed("rank 2, 3×3", "svd", [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]], { tags: ["rank-deficient"], description: "Row 2 − row 1 = row 1 − row 0: σ₃ = 0." }),
    fixed("rank 1 with decimals", "svd", [[[0.3, 0.1], [0.6, 0.2]]], {
      tags: ["rank-deficient"],
      description: "Row 1 is exactly twice row 0, so σ₂ = 0; on the AᵀA route rounding leaves λ₂ ≈ 1e-17, a σ₂ of about 3e-9 that is only noise.",
    }),
    fixed("0.1 + 0.2 ≠ 0.3 (rank 2 up to rounding)", "svd", [[[0.1, 0.2, 0.3], [0.4, 0.5, 0.9], [0.7, 0.8, 1.5]]], {
      tags: ["rank-deficient"],
      description: "Column 2 is column 0 + column 1 up to one rounding: σ₃ ≈ 1e-17, numerically zero.",
    }),
    fixed("rank 1, 3×4", "svd", [[[1, 2, 0, -1], [2, 4, 0, -2], [-1, -2, 0, 1]]], { tags: ["rank-deficient", "wide"] }),
    fixed("a swap (repeated σ = 1)", "svd", [[[0, 1], [1, 0]]], { tags: ["repeated"] }),
    fixed("κ = 1000, 4×4", "svd", [MODERATE], { description: "σ = 2, 0.5, 0.02, 0.002: the AᵀA route loses about 6 of its 16 digits here and still meets 1e-6." }),
    random("random matrices, 1 to 5 rows and columns", "svd", anyMatrix, { runs: 30 }),
    random("rank-deficient products B·C", "svd", rankDeficient(), { runs: 25, tags: ["rank-deficient"] }),
    random("repeated singular values", "svd", repeated, { runs: 15, tags: ["repeated"] }),
    fixed("κ = 1e8: singular values 1, 1e-2, 1e-5, 1e-8", "svd", [ILL], {
      tier: "challenge",
      section: "accuracy",
      check: svdCheck(DEEP),
      description:
        "AᵀA has eigenvalues down to 1e-16, below its own rounding noise (about ε·σ₁² ≈ 2e-16), so the AᵀA route cannot find σ₄ = 1e-8. Required here: every property to 1e-12, what one-sided Jacobi or Golub–Kahan delivers.",
    }),
    throws("rows of different lengths", "svd", [[[1, 2, 3], [4, 5]]], "the rows have different lengths, so A is not a matrix"),
  ],
});
