import { defineSpec, detect, expect, fc, fixed, random, throws, type Check, type JudgedCase } from "latutor/kit";
import {
  column,
  diagonal,
  fixedWithSpectrum,
  frobenius,
  friendlySymmetric,
  LESSON_2,
  LESSON_3,
  matMul,
  nudged,
  rayleigh,
  readEig,
  relResidual,
  scaled,
  transpose,
  tryEig,
  TWO_TRIANGLES,
  withSpectrum,
  type Eig,
  type Matrix,
  type Vector,
} from "./_spectral";

const fmt = (x: number) => (x === 0 ? "0" : Math.abs(x) >= 1e-3 && Math.abs(x) < 1e6 ? String(Number(x.toPrecision(6))) : x.toExponential(3));

/** Residual demands, relative to ‖A‖_F: a QR iteration stopped at 1e-12·‖A‖ meets them with room to spare. */
const ORTHO_TOL = 1e-8;
const RESIDUAL_TOL = 1e-9;

/**
 * Judged by the mathematics: orthonormal columns, descending values, every column an eigenvector
 * for its value (either sign, any basis of a repeated eigenvalue's eigenspace), the values the true
 * eigenvalues, and A = V·diag(λ)·Vᵀ.
 */
const eigCheck: Check = (got, { args, expected }) => {
  const [A] = args as [Matrix];
  const n = A.length;
  const { values, vectors: V } = readEig(got, n);
  const truth = (expected as Eig).values;
  const scale = frobenius(A) || 1;

  const gram = matMul(transpose(V), V);
  let worst = 0;
  gram.forEach((row, i) => row.forEach((x, j) => (worst = Math.max(worst, Math.abs(x - (i === j ? 1 : 0))))));
  if (!(worst <= ORTHO_TOL)) {
    const j = gram.findIndex((row, i) => Math.abs(row[i] - 1) > ORTHO_TOL);
    const detail = j >= 0 ? `column ${j} has length ${Number(Math.sqrt(Math.max(gram[j][j], 0)).toPrecision(12))}, but eigenvectors must be unit vectors` : "two columns are not perpendicular";
    throw new expect.Mismatch(`the columns of vectors are not orthonormal: ${detail} (‖VᵀV − I‖max = ${fmt(worst)}, allowed ${fmt(ORTHO_TOL)})`, {
      property: "‖VᵀV − I‖max",
      measured: worst,
      limit: ORTHO_TOL,
    });
  }

  for (let i = 0; i + 1 < n; i++) {
    if (values[i] < values[i + 1] - RESIDUAL_TOL * scale) {
      throw new expect.Mismatch(`values must be in descending order (largest first, negative ones last), but values[${i}] = ${fmt(values[i])} < values[${i + 1}] = ${fmt(values[i + 1])}`, { got: values, expected: truth });
    }
  }

  for (let j = 0; j < n; j++) {
    const v = column(V, j);
    const r = relResidual(A, v, values[j]);
    if (!(r <= RESIDUAL_TOL)) {
      let why = "";
      if (relResidual(A, V[j], values[j]) <= 1e-6) why = `; row ${j} of vectors is one, though: the eigenvectors belong in the COLUMNS (vectors[i][j] is entry i of eigenvector j)`;
      else if (relResidual(A, v, rayleigh(A, v)) <= 1e-6) why = `; it is an eigenvector for ${fmt(rayleigh(A, v))}: when you sort the values, move the columns with them`;
      throw new expect.Mismatch(`column ${j} of vectors is not an eigenvector for values[${j}] = ${fmt(values[j])}: ‖A·v − λ·v‖ = ${fmt(r)} × ‖A‖, allowed ${fmt(RESIDUAL_TOL)} × ‖A‖${why}`, {
        property: "‖A·v − λ·v‖ / ‖A‖",
        measured: r,
        limit: RESIDUAL_TOL,
      });
    }
  }

  expect.closeVector(values, truth, { rel: 0, abs: RESIDUAL_TOL * scale }, "values");

  const rebuilt = matMul(
    V.map((row) => row.map((x, j) => x * values[j])),
    transpose(V),
  );
  let err = 0;
  A.forEach((row, i) => row.forEach((x, j) => (err = Math.max(err, Math.abs(x - rebuilt[i][j])))));
  if (!(err / scale <= 1e-8)) {
    throw new expect.Mismatch(`A − V·diag(λ)·Vᵀ is not 0: its largest entry is ${fmt(err / scale)} × ‖A‖, allowed 1e-8 × ‖A‖`, { property: "‖A − V·diag(λ)·Vᵀ‖max / ‖A‖", measured: err / scale, limit: 1e-8 });
  }
};

/**
 * The same check, for [[0, 1], [1, 0]]: plain QR never converges there (1 and −1 are equally
 * strong), and a loop that returns T's diagonal at its cap gives [0, 0]. Say so, and say what the
 * stub asks for at the cap (an Error), beside what passes the challenge (a shift, or Jacobi).
 */
const equalSizeCheck: Check = (got, context) => {
  try {
    eigCheck(got, context);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "Mismatch") throw error;
    throw new expect.Mismatch(
      `${error.message}. Here the eigenvalues 1 and −1 have the same size, so plain QR goes round in circles and T never becomes diagonal: at your cap, throw an Error ("no convergence", as powerMethod does in topic 10) instead of returning T's diagonal. To pass this challenge, shift (Wilkinson) or use Jacobi rotations`,
      (error as InstanceType<typeof expect.Mismatch>).details,
    );
  }
};


// ---------- diagnoses ----------

/** Some failing eigSymmetric case returned a well-shaped result for which `test` holds. */
const failedWith = (test: (r: Eig, A: Matrix, truth: Vector) => boolean) => (cases: JudgedCase[]) =>
  cases.some((c) => {
    if (c.passed || c.kind === "throws" || c.outcome !== "returned" || !c.args) return false;
    const A = c.args[0] as Matrix;
    const r = tryEig(c.got, A.length);
    return r !== undefined && test(r, A, (c.expected as Eig).values);
  });

const distinct = (v: Vector, A: Matrix) => v.length > 1 && v[0] - v[v.length - 1] > 1e-6 * frobenius(A);
const sortedDesc = (v: Vector) => [...v].sort((a, b) => b - a);
const columnsAreEigenvectors = (r: Eig, A: Matrix) => r.vectors[0].every((_, j) => relResidual(A, column(r.vectors, j), rayleigh(A, column(r.vectors, j))) <= 1e-6);

function orthonormal(V: Matrix, tol: number): boolean {
  const G = matMul(transpose(V), V);
  return G.every((row, i) => row.every((x, j) => Math.abs(x - (i === j ? 1 : 0)) <= tol));
}

export default defineSpec({
  exercise: "qr-algorithm",
  params: { eigSymmetric: ["A"] },
  diagnoses: [
    {
      id: "singular-breaks-qr",
      message:
        "a matrix with an eigenvalue 0 (here a graph Laplacian or [[1, 1], [1, 1]]) is valid input, but your QR step divides by zero on it: Gram–Schmidt meets a column with nothing left after the projections. Use Givens rotations (they skip a zero instead of dividing by it), or shift first",
      section: "qr-step",
      test: (cases) => {
        const mine = cases.filter((c) => c.call === "eigSymmetric" && c.kind !== "throws");
        const bad = mine.filter((c) => !c.passed);
        // Only the singular inputs fail, and they fail the way a division by ~0 does: an Error, NaN, or columns that are no longer orthonormal.
        const broke = (c: JudgedCase) => {
          if (c.outcome === "threw") return true;
          if (c.outcome !== "returned" || !c.args) return false;
          if (JSON.stringify(c.got ?? null).includes("null")) return true;
          const r = tryEig(c.got, (c.args[0] as Matrix).length);
          return r !== undefined && !orthonormal(r.vectors, 1e-6);
        };
        return mine.some((c) => c.passed && !c.tags.includes("singular")) && bad.length > 0 && bad.every((c) => c.tags.includes("singular")) && bad.some(broke);
      },
    },
    {
      id: "ascending",
      message: "your eigenvalues come out smallest first: the contract wants them in DESCENDING order (largest first, negative ones last), each column of vectors moved along with its value",
      section: "sorting",
      // n ≥ 3: with two values, every wrong order is the reversed one.
      test: failedWith((r, A, truth) => truth.length >= 3 && distinct(truth, A) && detect.near(r.values, [...truth].reverse()) && !detect.near(r.values, truth)),
    },
    {
      id: "not-sorted",
      message:
        "your eigenvalues are right but not sorted: the QR algorithm leaves them on the diagonal in order of SIZE |λ| (a −2 before a 1), so sort them, largest first, and reorder the columns of vectors the same way",
      section: "sorting",
      test: failedWith((r, A, truth) => !detect.near(r.values, truth) && detect.near(sortedDesc(r.values), truth)),
    },
    {
      id: "vectors-as-rows",
      message:
        "your eigenvectors are the ROWS of vectors, but the contract wants them as its COLUMNS (vectors[i][j] = entry i of eigenvector j, so that A = V·diag(λ)·Vᵀ): transpose it, or collect the columns of the accumulated Q's product instead of its rows",
      section: "qr-algorithm",
      test: failedWith(
        (r, A) =>
          // The rows are eigenvectors for their values, and the columns are not eigenvectors at all (not merely out of order).
          r.vectors.every((row, i) => relResidual(A, row, r.values[i]) <= 1e-6) && !columnsAreEigenvectors(r, A),
      ),
    },
    {
      id: "values-not-matched",
      message:
        "you sorted the eigenvalues but left the eigenvectors where they were, so column j no longer belongs to values[j]: sort the INDICES by value, then build both values and the columns of vectors from that one order",
      section: "sorting",
      test: failedWith(
        (r, A, truth) =>
          detect.near(r.values, truth) && orthonormal(r.vectors, 1e-6) && columnsAreEigenvectors(r, A) && r.vectors[0].some((_, j) => Math.abs(rayleigh(A, column(r.vectors, j)) - r.values[j]) > 1e-6 * frobenius(A)),
      ),
    },
    {
      id: "not-normalised",
      message: "every column of vectors points along an eigenvector, but not every one has length 1: divide each by its 2-norm (not by its largest entry)",
      section: "spectral-theorem",
      test: failedWith(
        (r, A) =>
          r.vectors[0].every((_, j) => relResidual(A, column(r.vectors, j), r.values[j]) <= 1e-6) &&
          r.vectors[0].some((_, j) => Math.abs(Math.hypot(...column(r.vectors, j)) - 1) > 1e-6),
      ),
    },
    {
      id: "diagonal-of-a",
      message:
        "your values are the diagonal entries of A itself: those are the eigenvalues only when A is already diagonal. Iterate first (T ← R·Q, again and again) until the entries off the diagonal of T are negligible, then read the eigenvalues off T's diagonal",
      section: "qr-algorithm",
      test: failedWith((r, A, truth) => !detect.near(sortedDesc(diagonal(A)), truth) && detect.near(sortedDesc(r.values), sortedDesc(diagonal(A)))),
    },
    {
      id: "absolute-tolerance",
      message:
        "your stopping test uses a fixed threshold (like 1e-10): on a matrix scaled by 1e-8 every entry is already below it, so you stop before the first real step. Make it relative to the matrix: stop when the entries below the diagonal are at most 1e-12 × ‖A‖",
      section: "stopping",
      test: (cases) => {
        const mine = cases.filter((c) => c.call === "eigSymmetric" && c.kind !== "throws");
        const bad = mine.filter((c) => !c.passed);
        return bad.length > 0 && bad.every((c) => c.tags.includes("tiny-scale") && c.outcome === "returned") && mine.some((c) => c.passed && c.tags.includes("unscaled-twin"));
      },
    },
    {
      id: "shape-not-checked",
      message: "eigSymmetric needs a square matrix: check that every row has n entries and throw an Error that says so",
      section: "your-turn",
      test: detect.returnedInsteadOfThrowing("eigSymmetric", "shape"),
    },
    {
      id: "symmetry-not-checked",
      message: "this algorithm (and the spectral theorem behind it) is for SYMMETRIC matrices only: compare A[i][j] with A[j][i] and throw an Error when they differ by more than rounding",
      section: "spectral-theorem",
      test: detect.returnedInsteadOfThrowing("eigSymmetric", "non-symmetric"),
    },
    {
      id: "absolute-symmetry-tolerance",
      message:
        "your symmetry test uses a fixed threshold: [[1, 2], [3, 4]] scaled by 1e-8 differs from its transpose by only 1e-8, yet it is as unsymmetric as ever. Compare |A[i][j] − A[j][i]| with 1e-10 × (largest |entry| of A)",
      section: "your-turn",
      test: detect.returnedInsteadOfThrowing("eigSymmetric", "tiny-non-symmetric"),
    },
    {
      id: "exact-symmetry-test",
      message:
        "your symmetry test is exact (A[i][j] !== A[j][i]), but a matrix computed as Q·Λ·Qᵀ is symmetric only up to rounding (its two halves differ around 1e-16): allow |A[i][j] − A[j][i]| ≤ 1e-10 × (largest |entry| of A)",
      section: "your-turn",
      test: (cases) => cases.some((c) => !c.passed && c.tags.includes("rounding-asymmetric") && c.outcome === "threw"),
    },
  ],
  plots: [
    {
      kind: "sweep",
      title: "Correct digits of the eigenpairs of Q·diag(2 + 10⁻ᵏ, 2, 1, 0.5)·Qᵀ as two eigenvalues close in",
      call: "eigSymmetric",
      // Gaps from 10⁻⁰·⁵ to 10⁻⁴: past that the entry between the pair is bounded by the gap itself, and the residual alone says less.
      inputs: Array.from({ length: 8 }, (_, i) => ({ x: (i + 1) / 2, args: [fixedWithSpectrum([2 + 10 ** -((i + 1) / 2), 2, 1, 0.5], 16)] })),
      // −log10 of the worst residual ‖A·v − λ·v‖ / ‖A‖ over the columns: 16 when exact, 0 when useless.
      y: (got, [A]) => {
        const r = readEig(got, (A as Matrix).length);
        const worst = Math.max(...r.values.map((lambda, j) => relResidual(A as Matrix, column(r.vectors, j), lambda)));
        return Number.isNaN(worst) ? 0 : Math.max(0, Math.min(16, -Math.log10(Math.max(worst, 1e-16))));
      },
      xLabel: "k (the gap is 10⁻ᵏ)",
      yLabel: "correct digits",
    },
  ],
  checks: { eigSymmetric: eigCheck },
  cases: [
    fixed("the lesson's 2×2", "eigSymmetric", [LESSON_2], { description: "[[2, 1], [1, 2]] stretches [1, 1] by 3 and [1, −1] by 1." }),
    fixed("the lesson's 3×3 (eigenvalues 3, 1, −2)", "eigSymmetric", [LESSON_3], {
      tags: ["unscaled-twin"],
      description: "The QR iteration finds them in order of size, 3, −2, 1; the answer lists them largest first, 3, 1, −2, with the columns in the same order.",
    }),
    fixed("1×1", "eigSymmetric", [[[5]]], { description: "A 1×1 matrix is its own eigenvalue; its eigenvector is [1] (or [−1])." }),
    fixed("1×1 negative", "eigSymmetric", [[[-3]]]),
    fixed("the 3×3 zero matrix", "eigSymmetric", [[[0, 0, 0], [0, 0, 0], [0, 0, 0]]], { description: "Every vector is an eigenvector for 0: any orthonormal basis passes." }),
    fixed("the 3×3 identity", "eigSymmetric", [[[1, 0, 0], [0, 1, 0], [0, 0, 1]]], { description: "One eigenvalue, 1, three times: any orthonormal basis of R³ passes." }),
    fixed("diag(2, 2, 1)", "eigSymmetric", [[[2, 0, 0], [0, 2, 0], [0, 0, 1]]], { description: "The eigenvalue 2 has a 2-dimensional eigenspace: any orthonormal basis of it passes." }),
    fixed("diagonal, not in order: diag(1, 3, −2)", "eigSymmetric", [[[1, 0, 0], [0, 3, 0], [0, 0, -2]]], { description: "Already diagonal: the only work left is the sort (values 3, 1, −2, columns e₂, e₁, e₃)." }),
    fixed("negative definite: [[−2, 1], [1, −2]]", "eigSymmetric", [[[-2, 1], [1, -2]]], { description: "Eigenvalues −1 and −3: descending means −1 first." }),
    fixed("a Hessian with a saddle: [[2, 4], [4, 2]]", "eigSymmetric", [[[2, 4], [4, 2]]], { description: "Eigenvalues 6 and −2: curving up along [1, 1], down along [1, −1]." }),
    fixed("rank one: [[1, 1], [1, 1]]", "eigSymmetric", [[[1, 1], [1, 1]]], { tags: ["singular"], description: "Eigenvalues 2 and 0: a zero eigenvalue is as valid as any other." }),
    fixed("graph Laplacian: two triangles joined by an edge", "eigSymmetric", [TWO_TRIANGLES], {
      tags: ["singular"],
      description: "Every Laplacian has the eigenvalue 0 (eigenvector all ones); the eigenvector of the next one, about 0.44, splits the graph into its two triangles.",
    }),
    fixed("a 2-dimensional eigenspace: Q·diag(3, 3, 1, −0.5)·Qᵀ", "eigSymmetric", [fixedWithSpectrum([3, 3, 1, -0.5], 11)], {
      description: "Q is a random orthogonal matrix, so the eigenspace of 3 is a random plane: any orthonormal basis of it passes.",
    }),
    fixed("well separated: Q·diag(100, 10, 1, 0.1)·Qᵀ", "eigSymmetric", [fixedWithSpectrum([100, 10, 1, 0.1], 12)]),
    fixed("clustered: Q·diag(3, 2.9, 2.8, 1)·Qᵀ", "eigSymmetric", [fixedWithSpectrum([3, 2.9, 2.8, 1], 13)], {
      description: "Neighbouring eigenvalues only 3 % apart: unshifted QR needs several hundred steps here (a cap around 1000–5000 is plenty).",
    }),
    fixed("symmetric up to rounding: Q·diag(3.7, 1.9, −1.3)·Qᵀ", "eigSymmetric", [nudged(fixedWithSpectrum([3.7, 1.9, -1.3], 14))], {
      tags: ["rounding-asymmetric"],
      description: "Computed in floating point, Q·Λ·Qᵀ has A[i][j] and A[j][i] differing by a rounding (here 1 part in 4.5e15): symmetric up to rounding, which is what the contract accepts.",
    }),
    fixed("the lesson's 3×3 scaled by 1e-8", "eigSymmetric", [scaled(1e-8, LESSON_3)], {
      tags: ["tiny-scale"],
      description: "Eigenvalues 3e-8, 1e-8, −2e-8: every entry is below a fixed threshold like 1e-10 × 100, so only a test relative to ‖A‖ stops at the right time.",
    }),
    fixed("the lesson's 3×3 scaled by 1e8", "eigSymmetric", [scaled(1e8, LESSON_3)], { tags: ["huge-scale"] }),
    random("random symmetric, n ≤ 8", "eigSymmetric", friendlySymmetric(1, 8), { runs: 25 }),
    random("random orthogonal Q, spectrum 5, 2, −1", "eigSymmetric", withSpectrum([5, 2, -1]), { runs: 10 }),
    random("random orthogonal Q, repeated eigenvalue: diag(2, 2, 1)", "eigSymmetric", withSpectrum([2, 2, 1]), { runs: 10 }),
    fixed("nearly equal eigenvalues: Q·diag(2 + 1e-6, 2, 1, 0.5, −0.25)·Qᵀ", "eigSymmetric", [fixedWithSpectrum([2 + 1e-6, 2, 1, 0.5, -0.25], 15)], {
      tier: "challenge",
      section: "shifts",
      timeLimitMs: 3000,
      description:
        "Two eigenvalues 1e-6 apart: unshifted QR shrinks the entry between them by a factor 0.9999995 per step, millions of steps. A Wilkinson shift (with deflation) or Jacobi rotations converge in a handful.",
    }),
    fixed("two eigenvalues of the same size: [[0, 1], [1, 0]]", "eigSymmetric", [[[0, 1], [1, 0]]], {
      tier: "challenge",
      section: "shifts",
      check: equalSizeCheck,
      description:
        "Eigenvalues 1 and −1: unshifted QR swaps [[0, 1], [1, 0]] and [[0, −1], [−1, 0]] for ever and must throw at its cap (which leaves this challenge open, and is right); a Wilkinson shift converges in one step, Jacobi in one rotation.",
    }),
    throws("3×2, its top 2×2 symmetric", "eigSymmetric", [[[1, 2], [2, 1], [3, 4]]], "eigenvalues belong to square matrices, and A is 3×2", { tags: ["shape"] }),
    throws("rectangular 2×3", "eigSymmetric", [[[1, 2, 3], [4, 5, 6]]], "eigenvalues belong to square matrices, and A is 2×3", { tags: ["shape"] }),
    throws("not symmetric: [[1, 2], [3, 4]]", "eigSymmetric", [[[1, 2], [3, 4]]], "A[0][1] = 2 but A[1][0] = 3: A is not symmetric", { tags: ["non-symmetric"] }),
    throws("not symmetric, scaled by 1e-8", "eigSymmetric", [scaled(1e-8, [[1, 2], [3, 4]])], "A[0][1] = 2e-8 but A[1][0] = 3e-8: as unsymmetric as [[1, 2], [3, 4]], only in smaller units", {
      tags: ["tiny-non-symmetric"],
    }),
  ],
});
