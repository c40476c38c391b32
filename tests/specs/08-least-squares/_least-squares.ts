/**
 * Shared by the specs of topic 08-least-squares: the grader's own small least-squares kit (a Gram
 * matrix, a pivoted solver, the normal-equation residual), the real data (Palmer penguins), the
 * synthetic problems with a known answer, and models of the typical mistakes (to recognise them
 * from the numbers they really produce).
 */
import { arb, detect, expect, fc, linalg, type Diagnosis, type JudgedCase } from "latutor/kit";
import penguins from "../../../data/penguins.json";

export type Vector = number[];
export type Matrix = number[][];

export const EPS = Number.EPSILON;
export const { matVec, transpose, dot, norm2 } = linalg;

// ---- the grader's own arithmetic ----

/** XᵀX. */
export const gram = (X: Matrix): Matrix => {
  const n = X[0]?.length ?? 0;
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => X.reduce((s, row) => s + row[i] * row[j], 0)));
};

/** Xᵀy. */
export const xty = (X: Matrix, y: Vector): Vector => {
  const n = X[0]?.length ?? 0;
  return Array.from({ length: n }, (_, i) => X.reduce((s, row, k) => s + row[i] * y[k], 0));
};

/** ‖X‖_F. */
export const frobenius = (X: Matrix): number => norm2(X.flat());

/** Gaussian elimination with partial pivoting; undefined for a (numerically) singular A. */
export function solveOrUndefined(A: Matrix, b: Vector): Vector | undefined {
  const n = A.length;
  const M = A.map((row, i) => [...row, b[i]]);
  const big = Math.max(0, ...A.flat().map(Math.abs));
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i][k]) > Math.abs(M[p][k])) p = i;
    if (!(Math.abs(M[p][k]) > n * EPS * big)) return undefined;
    [M[p], M[k]] = [M[k], M[p]];
    for (let i = k + 1; i < n; i++) {
      const m = M[i][k] / M[k][k];
      for (let j = k; j <= n; j++) M[i][j] -= m * M[k][j];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i][n];
    for (let j = i + 1; j < n; j++) s -= M[i][j] * x[j];
    x[i] = s / M[i][i];
  }
  return x;
}

/** (XᵀX + D)·w = Xᵀy for an n×n matrix D added to the Gram matrix: the honest answer and its mistaken variants. */
export const solveShifted = (X: Matrix, y: Vector, D: (i: number, j: number) => number): Vector | undefined =>
  solveOrUndefined(
    gram(X).map((row, i) => row.map((g, j) => g + D(i, j))),
    xty(X, y),
  );

/** [X | 1]: the design matrix with the intercept's column of ones. */
export const withOnes = (X: Matrix): Matrix => X.map((row) => [...row, 1]);

export const mean = (v: Vector): number => v.reduce((s, x) => s + x, 0) / v.length;

// ---- the check: the normal-equation residual ----

const fmt = (x: number) => (x !== 0 && (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e6) ? x.toExponential(3) : String(Number(x.toPrecision(6))));
export const showVector = (v: Vector) => `[${v.map(fmt).join(", ")}]`;

/**
 * How far w is from solving the (ridge) normal equations, relative to the sizes involved:
 * ‖Xᵀ(X·w − y) + λ·w‖ / ((‖X‖² + λ)·‖w‖ + ‖X‖·‖y‖), Frobenius norm for X. A backward-stable
 * solve of the normal equations (or QR) keeps it near (m + n)·ε however ill-conditioned X is,
 * and however X is scaled; a wrong formula leaves it far above.
 */
export function normalResidual(X: Matrix, y: Vector, w: Vector, lambda = 0): number {
  const r = matVec(X, w).map((v, i) => v - y[i]);
  const g = xty(X, r).map((v, i) => v + lambda * w[i]);
  const nx = frobenius(X);
  const denom = (nx * nx + lambda) * norm2(w) + nx * norm2(y);
  return denom === 0 ? norm2(g) : norm2(g) / denom;
}

/** The default limit: 64·(m + n)·ε. */
export const residualLimit = (X: Matrix) => 64 * (X.length + (X[0]?.length ?? 0)) * EPS;

/** Eigenvalues of a small symmetric matrix (Jacobi rotations), largest first. */
export const symmetricEigenvalues = (S: Matrix): Vector => linalg.jacobiEigen(S).values;

/** κ(XᵀX + λI) = (σ₁² + λ) / (σₙ² + λ), from the eigenvalues of the (shifted) Gram matrix. */
export function gramCondition(X: Matrix, lambda = 0): number {
  const ev = symmetricEigenvalues(gram(X).map((row, i) => row.map((g, j) => (i === j ? g + lambda : g))));
  const lo = ev[ev.length - 1];
  return lo > 0 ? ev[0] / lo : Infinity;
}

/**
 * w must have n finite entries and solve the (ridge) normal equations. First test: the residual,
 * which a backward-stable solve (elimination, Cholesky, QR) keeps near (m + n)·ε. A solution that
 * misses it but still agrees with the reference as closely as the normal equations can promise,
 * ‖w − w_ref‖ ≤ 64·n·κ(XᵀX + λI)·ε·(‖w_ref‖ + ‖y‖/‖X‖), passes with a word of advice: that is
 * what multiplying by an explicit inverse gives on an ill-conditioned XᵀX, a weaker method but not
 * a wrong one. The message shows the expected answer beside the learner's.
 */
export function expectNormalSolution(
  X: Matrix,
  y: Vector,
  got: unknown,
  expected: Vector,
  lambda = 0,
  label = "w",
  note?: (advice: string) => void,
  /** How the messages name the least-squares matrix, when it is not the learner's X itself: "[X | 1]". */
  design?: string,
): void {
  expect.expectVector(got, expected.length, label);
  const res = normalResidual(X, y, got, lambda);
  const limit = residualLimit(X);
  if (res <= limit) return;
  const kappa = gramCondition(X, lambda);
  // With a design matrix other than X (weights and bias together), name it: A = [X | 1].
  const gramName = design ? "AᵀA" : "XᵀX";
  const nx = frobenius(X);
  const diff = norm2(got.map((v, i) => v - expected[i]));
  const forward = diff / (norm2(expected) + (nx > 0 ? norm2(y) / nx : 0) || 1);
  const forwardLimit = 64 * expected.length * kappa * EPS;
  if (Number.isFinite(kappa) && forward <= forwardLimit) {
    note?.(
      `${label} is as accurate as the normal equations allow here (κ(${gramName}) ≈ ${fmt(kappa)}), but its residual ${fmt(res)} is above the ${fmt(limit)} that solving by elimination or Cholesky leaves: multiplying by an inverse loses more. Solve the system instead of inverting ${gramName}`,
    );
    return;
  }
  const rhs = design ? "Aᵀy" : "Xᵀy";
  const eq = (lambda === 0 ? `${gramName}·w = ${rhs}` : `(${gramName} + λI)·w = ${rhs}`) + (design ? ` with A = ${design} and w = ${label}` : "");
  throw new expect.Mismatch(
    `${label} = ${showVector(got)} does not solve ${eq}: expected about ${showVector(expected)} (relative residual ${fmt(res)}, allowed ${fmt(limit)}; relative distance to the expected answer ${fmt(forward)}, allowed ${fmt(forwardLimit)} for κ(${gramName}${lambda === 0 ? "" : " + λI"}) ≈ ${fmt(kappa)})`,
    { expected, got, property: lambda === 0 ? "‖Xᵀ(Xw − y)‖ / (‖X‖²‖w‖ + ‖X‖‖y‖)" : "‖Xᵀ(Xw − y) + λw‖ / ((‖X‖² + λ)‖w‖ + ‖X‖‖y‖)", measured: res, limit },
  );
}

// ---- inputs ----

/** The lesson's four points (x, y): (0, 1), (1, 3), (2, 4), (3, 4); fit y ≈ w₀ + w₁·x. */
export const LESSON_X: Matrix = [
  [1, 0],
  [1, 1],
  [1, 2],
  [1, 3],
];
export const LESSON_Y: Vector = [1, 3, 4, 4];

export const scaled = (c: number, X: Matrix): Matrix => X.map((row) => row.map((x) => c * x));

/** Polynomial features 1, t, …, t^degree at m equally spaced t in [0, 1] (κ ≈ 3e3 at degree 5). */
export const vandermonde = (m: number, degree: number): Matrix =>
  Array.from({ length: m }, (_, i) => {
    const t = m === 1 ? 0 : i / (m - 1);
    return Array.from({ length: degree + 1 }, (_, k) => t ** k);
  });

/**
 * The second column is the first divided by 3: rank 1 in exact arithmetic, but 1/3 is not exact in
 * binary, so elimination (or Cholesky) of XᵀX leaves a last pivot of about 2e-16, not 0: a test
 * for exactly 0 misses it, a relative one does not.
 */
export const ROUNDING_DEFICIENT: Matrix = [
  [1, 1 / 3],
  [2, 2 / 3],
  [3, 1],
];
/** The same, scaled by 1e6: rounding leaves a pivot near 7e-4, far above a fixed threshold like 1e-10. */
export const SCALED_UP_DEFICIENT: Matrix = scaled(1e6, ROUNDING_DEFICIENT);

/**
 * A tall m×n integer matrix of full column rank, well conditioned: an identity block on top (so
 * the columns are independent) under rows of small integers. Shrinks towards [I; 0].
 */
export const tallFullRank = (m: number, n: number): fc.Arbitrary<Matrix> =>
  arb.matrix(m - n, n, { max: 5, decimals: 0 }).chain((R) =>
    fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }).map((d) => [...d.map((di, i) => Array.from({ length: n }, (_, j) => (i === j ? di : 0))), ...R]),
  );

/** Sizes m > n ≥ 1, then a full-rank X, a w_true, and y = X·w_true + small noise (or none). */
export const knownAnswer = (noise: boolean, rows: [number, number] = [2, 7], cols: [number, number] = [1, 4]): fc.Arbitrary<[Matrix, Vector]> =>
  fc.integer({ min: cols[0], max: cols[1] }).chain((n) =>
    fc.integer({ min: Math.max(rows[0], n + 1), max: Math.max(rows[1], n + 1) }).chain((m) =>
      fc.tuple(tallFullRank(m, n), arb.vector(n, { max: 5, decimals: 1 }), arb.vector(m, { max: 1, decimals: 2 })).map(([X, w, e]): [Matrix, Vector] => {
        const y = matVec(X, w).map((v, i) => (noise ? v + 0.1 * e[i] : v));
        return [X, y];
      }),
    ),
  );

// ---- the penguins ----

interface Penguin {
  Species: string;
  "Beak Length (mm)": number;
  "Beak Depth (mm)": number;
  "Flipper Length (mm)": number;
  "Body Mass (g)": number;
}
export const PENGUINS = penguins as Penguin[];
export const FLIPPER: Matrix = PENGUINS.map((p) => [p["Flipper Length (mm)"]]);
export const THREE_FEATURES: Matrix = PENGUINS.map((p) => [p["Flipper Length (mm)"], p["Beak Length (mm)"], p["Beak Depth (mm)"]]);
export const MASS: Vector = PENGUINS.map((p) => p["Body Mass (g)"]);

// ---- diagnoses ----

const returnedOn = (call: string, tag: string) => (cases: JudgedCase[]) =>
  cases.some((c) => c.call === call && !c.passed && c.kind === "throws" && c.outcome === "returned" && c.tags.includes(tag));
const tagged = (cases: JudgedCase[], call: string, tag: string) => cases.filter((c) => c.call === call && c.tags.includes(tag));
const threw = (c: JudgedCase) => c.outcome === "threw" && c.thrown?.isError === true;

export const rankDeficientNotRefused = (call: string, what = "X"): Diagnosis => ({
  id: "rank-deficient-not-refused",
  message: `${what} has dependent columns, so XᵀX is singular and infinitely many w fit equally well: throw an Error when a pivot of XᵀX is ≤ n·ε·(largest entry of XᵀX), instead of dividing by it`,
  section: "rank",
  test: returnedOn(call, "rank-deficient"),
});

export const wideNotRefused = (call: string, need = "m ≥ n"): Diagnosis => ({
  id: "wide-not-refused",
  message: `X has fewer rows than unknowns, so many w fit the data exactly and least squares has no unique answer: check ${need} first and throw an Error`,
  section: "rank",
  test: returnedOn(call, "wide"),
});

export const shapeNotChecked = (call: string, what: string): Diagnosis => ({
  id: "shape-not-checked",
  message: `check the shapes before you compute: ${what}; otherwise throw an Error that says so`,
  section: "normal-equations",
  test: returnedOn(call, "shape"),
});

/**
 * A fixed threshold where a relative one belongs: a full-rank X scaled by 1e-6 refused while its
 * unscaled twin passes, or a rank-deficient X scaled by 1e6 accepted while an unscaled one, whose
 * rounding leaves a pivot near 1e-15 (which a test for exactly 0 would miss), is refused.
 */
export const absoluteThreshold = (call: string): Diagnosis => ({
  id: "absolute-threshold",
  message:
    "your rank test uses a fixed threshold (like 1e-10): X scaled by 1e-6 has XᵀX entries near 1e-12 and is perfectly fine, while rounding leaves 'zeros' near 1e-2 in a dependent X scaled by 1e6. Compare each pivot with n·ε·(largest entry of XᵀX) instead",
  section: "rank",
  test: (cases) => {
    const small = tagged(cases, call, "scaled-down").some((c) => !c.passed && threw(c)) && tagged(cases, call, "unscaled").some((c) => c.passed);
    const big = tagged(cases, call, "scaled-up-deficient").some((c) => !c.passed && c.outcome === "returned") && tagged(cases, call, "rounding-deficient").some((c) => c.passed);
    return small || big;
  },
});

/** `pivot === 0` as the rank test: an exact zero is refused, a rounding-sized one divided by. */
export const exactZeroTest = (call: string): Diagnosis => ({
  id: "exact-zero-test",
  message:
    "rounding left a pivot of XᵀX near 1e-16 instead of exactly 0, so a test like pivot === 0 missed that X is rank-deficient and divided by it. Treat a pivot ≤ n·ε·(largest entry of XᵀX) as zero",
  section: "rank",
  test: (cases) => tagged(cases, call, "rounding-deficient").some((c) => !c.passed && c.outcome === "returned") && tagged(cases, call, "exact-deficient").some((c) => c.passed),
});

/** Some failing, returned case of `call` whose answer is what `model(args)` computes (and not the expected one). */
export const matchesModel =
  (call: string, model: (args: unknown[]) => unknown, same: (got: unknown, modelled: unknown) => boolean = (g, m) => detect.near(g, m, 1e-6)) =>
  (cases: JudgedCase[]) =>
    cases.some((c) => {
      if (c.call !== call || c.passed || c.kind === "throws" || c.outcome !== "returned" || !c.args) return false;
      try {
        const m = model(c.args);
        return m !== undefined && same(c.got, m) && !detect.near(m, c.expected, 1e-6);
      } catch {
        return false;
      }
    });
