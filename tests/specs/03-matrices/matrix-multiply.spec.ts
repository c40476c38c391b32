import { arb, defineSpec, detect, expect, fc, fixed, random, throws, type Check } from "latutor/kit";

type Vector = number[];
type Matrix = number[][];

// ---- the grader's own products (it never trusts the learner's) ----

const cols = (A: Matrix) => (A.length ? A[0].length : 0);
const T = (A: Matrix): Matrix => Array.from({ length: cols(A) }, (_, j) => A.map((row) => row[j]));
const mul = (A: Matrix, B: Matrix): Matrix => A.map((row) => Array.from({ length: cols(B) }, (_, j) => row.reduce((s, a, t) => s + a * B[t][j], 0)));
const abs = (A: Matrix): Matrix => A.map((row) => row.map(Math.abs));
const col = (v: Vector): Matrix => v.map((x) => [x]);
const isMatrix = (x: unknown): x is Matrix => Array.isArray(x) && x.every((r) => Array.isArray(r) && r.every((v) => typeof v === "number"));
const isVector = (x: unknown): x is Vector => Array.isArray(x) && x.every((v) => typeof v === "number");

/**
 * A sum of n products is correct to about n·ε·Σ|aₜbₜ| in whatever order it is added, so each
 * entry gets its own allowance from the sizes of the terms that make it (|A|·|B|), not one
 * tolerance for the whole matrix: cancellation in one entry must not hide an error in another.
 */
function closeProduct(got: unknown, expected: Matrix, bound: Matrix, n: number, label: string, asVector: boolean): void {
  const allow = (i: number, j: number) => expect.tolerance({ n, factor: 8 }) * bound[i][j] + 1e-300;
  if (asVector) {
    const e = expected.map((r) => r[0]);
    expect.expectVector(got, e.length, label);
    e.forEach((x, i) => {
      const err = Math.abs(got[i] - x);
      if (!(err <= allow(i, 0))) throw new expect.Mismatch(`${label}[${i}] is ${got[i]}, expected ${x} (off by ${err.toExponential(2)})`, { expected: e, got, measured: err, limit: allow(i, 0) });
    });
    return;
  }
  expect.expectMatrix(got, expected.length, cols(expected), label);
  expected.forEach((row, i) =>
    row.forEach((x, j) => {
      const err = Math.abs(got[i][j] - x);
      if (!(err <= allow(i, j))) throw new expect.Mismatch(`${label}[${i}][${j}] is ${got[i][j]}, expected ${x} (off by ${err.toExponential(2)})`, { expected, got, measured: err, limit: allow(i, j) });
    }),
  );
}

const matVecCheck: Check = (got, { args }) => {
  const [A, x] = args as [Matrix, Vector];
  closeProduct(got, mul(A, col(x)), mul(abs(A), abs(col(x))), x.length, "(A·x)", true);
};
const vecMatCheck: Check = (got, { args }) => {
  const [x, A] = args as [Vector, Matrix];
  // xᵀA as a column is Aᵀx.
  closeProduct(got, mul(T(A), col(x)), mul(abs(T(A)), abs(col(x))), x.length, "(xᵀA)", true);
};
const matMulCheck: Check = (got, { args }) => {
  const [A, B] = args as [Matrix, Matrix];
  closeProduct(got, mul(A, B), mul(abs(A), abs(B)), B.length, "(A·B)", false);
};

// ---- inputs ----

const size = fc.integer({ min: 1, max: 5 });
const matVecArgs = fc.tuple(size, size).chain(([m, n]) => fc.tuple(arb.matrix(m, n), arb.vector(n)));
const vecMatArgs = fc.tuple(size, size).chain(([m, n]) => fc.tuple(arb.vector(m), arb.matrix(m, n)));
const matMulArgs = fc.tuple(size, size, size).chain(([m, n, k]) => fc.tuple(arb.matrix(m, n), arb.matrix(n, k)));

/** Distinct, non-round entries, so that no shortcut skips work. */
const filled = (n: number, seed: number): Matrix => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (((i * 7 + j * 3 + seed) % 11) + 1) / 11 - 0.5));

// ---- mistakes: does the learner's answer equal what the mistake computes? ----

/** The answer equals `wrong` (which the mistake computes here) and `wrong` is not the right answer. */
const looksLike = (got: unknown, expected: unknown, wrong: unknown) => wrong !== undefined && detect.near(got, wrong) && !detect.near(wrong, expected);

/** matVec(A, x) computed as xᵀA (x treated as a row): needs a square A to have a shape at all. */
const matVecAsRow = (got: unknown, expected: unknown, [A, x]: unknown[]) =>
  isMatrix(A) && isVector(x) && A.length === x.length && A.length > 0 && looksLike(got, expected, mul(T(A), col(x)).map((r) => r[0]));
/** vecMat(x, A) computed as A·x (x treated as a column). */
const vecMatAsColumn = (got: unknown, expected: unknown, [x, A]: unknown[]) =>
  isMatrix(A) && isVector(x) && cols(A) === x.length && A.length > 0 && looksLike(got, expected, mul(A, col(x)).map((r) => r[0]));

/** What each typical index mix-up in matMul computes for A and B (undefined when its shapes do not allow it). */
const MIXUPS: Record<string, (A: Matrix, B: Matrix) => Matrix | undefined> = {
  rowRow: (A, B) => (cols(A) === cols(B) ? mul(A, T(B)) : undefined),
  columnColumn: (A, B) => (A.length === B.length ? mul(T(A), B) : undefined),
  reversed: (A, B) => (cols(B) === A.length ? mul(B, A) : undefined),
  transposedResult: (A, B) => (cols(A) === B.length ? T(mul(A, B)) : undefined),
  hadamard: (A, B) => (A.length === B.length && cols(A) === cols(B) ? A.map((r, i) => r.map((a, j) => a * B[i][j])) : undefined),
};

/**
 * The answer is what mix-up `which` computes, and no other mix-up explains it as well: on inputs
 * where two mistakes give the same numbers (zeros everywhere, say) the evidence names neither.
 */
const mixup = (which: string) => (got: unknown, expected: unknown, [A, B]: unknown[]) => {
  if (!isMatrix(A) || !isMatrix(B) || A.length === 0 || B.length === 0) return false;
  if (!looksLike(got, expected, MIXUPS[which](A, B))) return false;
  return Object.keys(MIXUPS).every((other) => other === which || !looksLike(got, expected, MIXUPS[other](A, B)));
};

export default defineSpec({
  exercise: "matrix-multiply",
  params: { matVec: ["A", "x"], vecMat: ["x", "A"], matMul: ["A", "B"] },
  diagnoses: [
    {
      id: "matvec-vecmat-swapped",
      message: "matVec and vecMat are swapped: matVec(A, x) is A·x (row i of A dotted with x), vecMat(x, A) is xᵀ·A (x dotted with column j of A)",
      section: "vector-matrix",
      test: detect.all(detect.whenResult("matVec", matVecAsRow), detect.whenResult("vecMat", vecMatAsColumn)),
    },
    {
      id: "matvec-as-row",
      message: "matVec(A, x) treats x as a row and computes xᵀ·A (x dotted with the columns of A); A·x dots each ROW of A with x: y[i] = Σⱼ A[i][j]·x[j]",
      section: "matrix-vector",
      test: detect.whenResult("matVec", matVecAsRow),
    },
    {
      id: "vecmat-as-column",
      message: "vecMat(x, A) treats x as a column and computes A·x; xᵀ·A dots x with each COLUMN of A: y[j] = Σᵢ x[i]·A[i][j]",
      section: "vector-matrix",
      test: detect.whenResult("vecMat", vecMatAsColumn),
    },
    {
      id: "matmul-row-row",
      message: "your matMul dots rows of A with rows of B, which computes A·Bᵀ; entry [i][j] of A·B is row i of A dotted with COLUMN j of B: Σₜ A[i][t]·B[t][j]",
      section: "matrix-matrix",
      test: detect.whenResult("matMul", mixup("rowRow")),
    },
    {
      id: "matmul-column-column",
      message: "your matMul dots columns of A with columns of B, which computes Aᵀ·B; entry [i][j] of A·B is row i of A dotted with column j of B: Σₜ A[i][t]·B[t][j]",
      section: "matrix-matrix",
      test: detect.whenResult("matMul", mixup("columnColumn")),
    },
    {
      id: "matmul-reversed",
      message: "your matMul(A, B) computes B·A: matrix multiplication is not commutative, so the order matters; entry [i][j] is row i of A (the first argument) dotted with column j of B",
      section: "not-commutative",
      test: detect.whenResult("matMul", mixup("reversed")),
    },
    {
      id: "matmul-transposed-result",
      message: "your matMul returns (A·B)ᵀ = Bᵀ·Aᵀ: the result has one row per row of A and one column per column of B, so write entry Σₜ A[i][t]·B[t][j] into C[i][j], not C[j][i]",
      section: "matrix-matrix",
      test: detect.whenResult("matMul", mixup("transposedResult")),
    },
    {
      id: "matmul-is-hadamard",
      message: "your matMul multiplies matching entries (the Hadamard product A ⊙ B); A·B combines rows with columns: entry [i][j] = Σₜ A[i][t]·B[t][j]",
      section: "matrix-matrix",
      test: detect.whenResult("matMul", mixup("hadamard")),
    },
    {
      id: "no-inner-check",
      message: "the sizes do not fit (A's columns must equal x's length, or B's rows), yet your function returned something: check the inner sizes first and throw an Error when they differ",
      section: "shapes",
      test: detect.returnedInsteadOfThrowing(undefined, "inner"),
    },
    {
      id: "ragged-not-refused",
      message: "an array whose rows have different lengths is not a matrix: check that every row is as long as the first, and throw an Error when one is not",
      section: "shapes",
      test: detect.returnedInsteadOfThrowing(undefined, "ragged"),
    },
    {
      id: "empty-matrix",
      message: "only the empty matrix [] fails: it has no rows, so A[0] is undefined; take the number of columns as A.length === 0 ? 0 : A[0].length, and the loops then simply run zero times",
      section: "shapes",
      test: detect.failsOnlyOn("empty"),
    },
  ],
  complexity: {
    call: "matMul",
    sizes: [32, 48, 64, 96],
    args: (n) => [filled(n, 1), filled(n, 5)],
    expected: 3,
    hint: "n² entries at n multiplications each is n³; is something of size n² (transpose(B), a copy of B) rebuilt for every entry inside the loops? Build it once, before them",
  },
  checks: { matVec: matVecCheck, vecMat: vecMatCheck, matMul: matMulCheck },
  cases: [
    fixed("[[1,2],[3,4]]·[5,6]", "matVec", [[[1, 2], [3, 4]], [5, 6]], { description: "Row by row: 1·5 + 2·6 = 17 and 3·5 + 4·6 = 39." }),
    fixed("a 2×3 matrix times a 3-vector", "matVec", [[[1, 2, 3], [4, 5, 6]], [1, 0, -1]], { description: "A 2×3 matrix takes 3 numbers in and gives 2 out: [−2, −2]." }),
    fixed("a 3×2 matrix times a 2-vector", "matVec", [[[1, 0], [0, 1], [2, -1]], [3, 4]]),
    fixed("a 1×3 row times a 3-vector", "matVec", [[[1, 2, 3]], [4, 5, 6]], { description: "One row: the answer is the single dot product, [32]." }),
    fixed("a 3×1 column times a 1-vector", "matVec", [[[2], [3], [4]], [5]]),
    fixed("a 1×1 matrix", "matVec", [[[3]], [-2]]),
    fixed("the identity leaves x alone", "matVec", [[[1, 0, 0], [0, 1, 0], [0, 0, 1]], [7, -8, 9]]),
    fixed("the empty matrix", "matVec", [[], []], { description: "[] is 0×0: it takes 0 numbers and gives 0 back.", tags: ["empty"] }),
    random("random matrix times vector", "matVec", matVecArgs, { runs: 40 }),
    fixed("[5,6]·[[1,2],[3,4]]", "vecMat", [[5, 6], [[1, 2], [3, 4]]], { description: "x is a row: 5·[1, 2] + 6·[3, 4] = [23, 34] (not [17, 39], which is A·x)." }),
    fixed("a 2-vector times a 2×3 matrix", "vecMat", [[1, -1], [[1, 2, 3], [4, 5, 6]]], { description: "Row 1 minus row 2: [−3, −3, −3]. The result has one entry per column of A." }),
    fixed("a 1-vector times a 1×3 row", "vecMat", [[2], [[1, 2, 3]]]),
    fixed("a 3-vector times a 3×1 column", "vecMat", [[1, 2, 3], [[4], [5], [6]]], { description: "One column: the answer is the single dot product, [32]." }),
    fixed("vecMat with the empty matrix", "vecMat", [[], []], { tags: ["empty"] }),
    random("random vector times matrix", "vecMat", vecMatArgs, { runs: 40 }),
    fixed("[[1,2],[3,4]]·[[5,6],[7,8]]", "matMul", [[[1, 2], [3, 4]], [[5, 6], [7, 8]]], {
      description: "Entry [0][1] is row 0 of A, [1, 2], dotted with column 1 of B, [6, 8]: 6 + 16 = 22.",
    }),
    fixed("2×3 times 3×4", "matMul", [[[1, 2, 3], [4, 5, 6]], [[1, 0, 2, -1], [0, 1, 1, 0], [1, 1, 0, 2]]], {
      description: "The inner sizes (3 and 3) agree; the outer ones give the shape of the answer, 2×4: [[4, 5, 4, 5], [10, 11, 13, 8]].",
    }),
    fixed("order matters", "matMul", [[[0, 1], [0, 0]], [[0, 0], [1, 0]]], { description: "A·B = [[1, 0], [0, 0]] but B·A = [[0, 0], [0, 1]]." }),
    fixed("a column times a row", "matMul", [[[1], [2], [3]], [[4, 5]]], { description: "3×1 times 1×2 is 3×2: every product of an entry of the column with an entry of the row." }),
    fixed("a row times a column", "matMul", [[[1, 2, 3]], [[4], [5], [6]]], { description: "1×3 times 3×1 is 1×1: the dot product [[32]]." }),
    fixed("1×1 times 1×1", "matMul", [[[3]], [[-4]]]),
    fixed("times the identity", "matMul", [[[2, -1, 0.5], [4, 3, 1]], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]], { description: "A·I = A, as a new matrix." }),
    fixed("matMul of empty matrices", "matMul", [[], []], { tags: ["empty"] }),
    random("random products", "matMul", matMulArgs, { runs: 40 }),
    throws("matVec: x too short", "matVec", [[[1, 2, 3], [4, 5, 6]], [1, 2]], "A is 2×3, so x needs 3 entries, not 2", { tags: ["inner"] }),
    throws("matVec: x too long", "matVec", [[[1, 2], [3, 4]], [1, 2, 3]], "A is 2×2, so x needs 2 entries, not 3", { tags: ["inner"] }),
    throws("vecMat: x too long", "vecMat", [[1, 2, 3], [[1, 2], [3, 4]]], "A is 2×2, so x needs 2 entries (one per row), not 3", { tags: ["inner"] }),
    throws("vecMat: x too short", "vecMat", [[1], [[1, 2], [3, 4]]], "A is 2×2, so x needs 2 entries (one per row), not 1", { tags: ["inner"] }),
    throws("matMul: 2×2 times 3×2", "matMul", [[[1, 2], [3, 4]], [[1, 2], [3, 4], [5, 6]]], "A has 2 columns but B has 3 rows", { tags: ["inner"] }),
    throws("matMul: 2×3 times 2×2", "matMul", [[[1, 2, 3], [4, 5, 6]], [[1, 2], [3, 4]]], "A has 3 columns but B has 2 rows", { tags: ["inner"] }),
    throws("matMul: 2×3 times 2×3", "matMul", [[[1, 2, 3], [4, 5, 6]], [[1, 0, 1], [0, 1, 0]]], "A has 3 columns but B has 2 rows (same shapes is not enough)", { tags: ["inner"] }),
    throws("matVec: ragged rows", "matVec", [[[1, 2], [3]], [1, 1]], "row 1 of A has 1 entry but row 0 has 2: that is not a matrix", { tags: ["ragged"] }),
    throws("vecMat: ragged rows", "vecMat", [[1, 1], [[1], [2, 3]]], "row 1 of A has 2 entries but row 0 has 1: that is not a matrix", { tags: ["ragged"] }),
    throws("matMul: A ragged", "matMul", [[[1, 2], [3]], [[1], [1]]], "row 1 of A has 1 entry but row 0 has 2", { tags: ["ragged"] }),
    throws("matMul: B ragged", "matMul", [[[1, 2]], [[1], [2, 3]]], "row 1 of B has 2 entries but row 0 has 1", { tags: ["ragged"] }),
  ],
});
