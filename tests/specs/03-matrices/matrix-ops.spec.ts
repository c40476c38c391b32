import { arb, defineSpec, detect, expect, fc, fixed, random, throws, type Check, type JudgedCase } from "latutor/kit";

type Matrix = number[][];

/** A transpose only moves numbers: every entry must be exactly the one it came from. */
const exact: Check = (got, { expected }) => expect.closeMatrix(got, expected as Matrix, { rel: 0, abs: 0 });

/** One addition or multiplication per entry: correct to the last rounding. */
const entrywise: Check = (got, { expected }) => expect.closeMatrix(got, expected as Matrix, { rel: 1e-12, abs: 0 });

const isMatrix = (x: unknown): x is Matrix => Array.isArray(x) && x.every((r) => Array.isArray(r) && r.every((v) => typeof v === "number"));
const shape = (A: Matrix) => [A.length, A.length ? A[0].length : 0];

/** The grader's own A·B, to recognise a matrix product where an entry-wise one was asked for. */
const matMul = (A: Matrix, B: Matrix): Matrix => A.map((row) => B[0].map((_, j) => row.reduce((s, a, t) => s + a * B[t][j], 0)));

/** 1 to 5 rows and columns, never the same number, so a square-only shortcut shows. */
const rectangular = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }))
  .chain(([m, k]) => arb.matrix(m, k >= m ? k + 1 : k));
const anyShape = <T>(build: (m: number, n: number) => fc.Arbitrary<T>) =>
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })).chain(([m, n]) => build(m, n));
const samePair = anyShape((m, n) => fc.tuple(arb.matrix(m, n), arb.matrix(m, n)));

/**
 * transpose works on square matrices and fails on a rectangular one: it returns a matrix of the
 * input's own shape (indices kept inside the m×n box), or crashes reading a row that is not there.
 */
const squareOnly = (cases: JudgedCase[]) => {
  const mine = cases.filter((c) => c.call === "transpose" && c.kind !== "throws");
  if (!mine.some((c) => c.passed && c.tags.includes("square"))) return false;
  return mine.some((c) => {
    if (c.passed || !c.args || !isMatrix(c.args[0])) return false;
    const [m, n] = shape(c.args[0]);
    if (m === n || m === 0 || n === 0) return false;
    if (c.outcome === "threw") return true;
    return c.outcome === "returned" && Array.isArray(c.got) && c.got.length === m && c.got.every((r) => Array.isArray(r) && r.length === n);
  });
};

export default defineSpec({
  exercise: "matrix-ops",
  params: { transpose: ["A"], matAdd: ["A", "B"], matScale: ["c", "A"], matHadamard: ["A", "B"] },
  diagnoses: [
    {
      id: "transpose-square-only",
      message: "your transpose only works for square matrices: an m×n matrix has an n×m transpose, so the result needs n rows (one per column of A) of m entries each",
      section: "transpose",
      test: squareOnly,
    },
    {
      id: "hadamard-is-matmul",
      message: "matHadamard multiplies matching entries, A[i][j]·B[i][j]; yours computes the matrix product A·B (rows times columns) instead",
      section: "elementwise",
      test: detect.whenResult("matHadamard", (got, expected, [A, B]) => {
        if (!isMatrix(A) || !isMatrix(B) || A.length === 0 || A.length !== A[0].length) return false;
        const product = matMul(A, B);
        return detect.near(got, product) && !detect.near(product, expected);
      }),
    },
    {
      id: "shape-not-checked",
      message: "matrices of different shapes cannot be added or multiplied entry by entry: compare both the number of rows and the number of columns, and throw an Error when they differ",
      section: "shapes",
      test: detect.returnedInsteadOfThrowing(undefined, "shape"),
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
  checks: { transpose: exact, matAdd: entrywise, matScale: entrywise, matHadamard: entrywise },
  cases: [
    fixed("transpose a 2×3 matrix", "transpose", [[[1, 2, 3], [4, 5, 6]]], {
      description: "2 rows of 3 become 3 rows of 2: the result is [[1, 4], [2, 5], [3, 6]].",
      tags: ["rectangular"],
    }),
    fixed("transpose a square matrix", "transpose", [[[1, 2], [3, 4]]], { tags: ["square"] }),
    fixed("transpose a 3×2 matrix", "transpose", [[[1, 2], [3, 4], [5, 6]]], { tags: ["rectangular"] }),
    fixed("transpose a row into a column", "transpose", [[[1, 2, 3, 4]]], { description: "A 1×4 row becomes a 4×1 column: [[1], [2], [3], [4]].", tags: ["rectangular"] }),
    fixed("transpose a column into a row", "transpose", [[[7], [8], [9]]], { tags: ["rectangular"] }),
    fixed("transpose a 1×1 matrix", "transpose", [[[5]]], { description: "A new [[5]], not the input itself.", tags: ["square"] }),
    fixed("transpose the empty matrix", "transpose", [[]], { description: "[] is 0×0; its transpose is [] too.", tags: ["empty"] }),
    random("transpose random rectangular matrices", "transpose", rectangular.map((A) => [A])),
    random("transpose random matrices", "transpose", anyShape((m, n) => arb.matrix(m, n)).map((A) => [A])),
    fixed("add two 2×2 matrices", "matAdd", [[[1, 2], [3, 4]], [[10, 20], [30, 40]]]),
    fixed("add two 2×3 matrices", "matAdd", [[[1, 2, 3], [4, 5, 6]], [[0.5, -2, 0], [1, 1, -6]]]),
    fixed("add two columns", "matAdd", [[[1], [2], [3]], [[4], [5], [6]]]),
    fixed("add empty matrices", "matAdd", [[], []], { tags: ["empty"] }),
    random("add random matrices", "matAdd", samePair),
    fixed("scale by −1", "matScale", [-1, [[1, -2, 3], [0, 5, -6]]]),
    fixed("scale by zero", "matScale", [0, [[4, -2], [7, 1]]]),
    fixed("scale by one", "matScale", [1, [[4, -2], [7, 1]]], { description: "The same numbers in a new matrix: a caller may change the result without changing A." }),
    fixed("scale the empty matrix", "matScale", [3, []], { tags: ["empty"] }),
    random("scale random matrices", "matScale", fc.tuple(arb.entry(), anyShape((m, n) => arb.matrix(m, n)))),
    fixed("Hadamard product of two 2×2 matrices", "matHadamard", [[[1, 2], [3, 4]], [[5, 6], [7, 8]]], {
      description: "Entry by entry: [[1·5, 2·6], [3·7, 4·8]] = [[5, 12], [21, 32]]. The matrix product A·B would be [[19, 22], [43, 50]].",
    }),
    fixed("Hadamard product of two 2×3 matrices", "matHadamard", [[[1, 2, 3], [4, 5, 6]], [[1, 0, 1], [0, 1, 0]]], { description: "A mask of 0s and 1s keeps some entries and zeroes the rest." }),
    fixed("Hadamard product of 1×1 matrices", "matHadamard", [[[3]], [[-2]]]),
    fixed("Hadamard product of empty matrices", "matHadamard", [[], []], { tags: ["empty"] }),
    random("Hadamard product of random matrices", "matHadamard", samePair),
    throws("matAdd: 2×2 plus 2×3", "matAdd", [[[1, 2], [3, 4]], [[1, 2, 3], [4, 5, 6]]], "the matrices have different numbers of columns", { tags: ["shape"] }),
    throws("matAdd: 2×2 plus 3×2", "matAdd", [[[1, 2], [3, 4]], [[1, 2], [3, 4], [5, 6]]], "the matrices have different numbers of rows", { tags: ["shape"] }),
    throws("matAdd: a row plus a column", "matAdd", [[[1, 2, 3]], [[1], [2], [3]]], "a 1×3 and a 3×1 matrix have different shapes", { tags: ["shape"] }),
    throws("matHadamard: 2×3 times 3×2", "matHadamard", [[[1, 2, 3], [4, 5, 6]], [[1, 2], [3, 4], [5, 6]]], "entry by entry needs the same shape (2×3 and 3×2 differ)", { tags: ["shape"] }),
    throws("matHadamard: 2×2 times 2×1", "matHadamard", [[[1, 2], [3, 4]], [[1], [2]]], "the matrices have different numbers of columns", { tags: ["shape"] }),
    throws("transpose: ragged rows", "transpose", [[[1, 2], [3]]], "row 1 has 1 entry but row 0 has 2: that is not a matrix", { tags: ["ragged"] }),
    throws("transpose: short first row", "transpose", [[[1], [2, 3]]], "row 1 has 2 entries but row 0 has 1: that is not a matrix", { tags: ["ragged"] }),
    throws("matAdd: both ragged the same way", "matAdd", [[[1, 2], [3]], [[4, 5], [6]]], "[[1, 2], [3]] is not a matrix, even if B has the same ragged rows", { tags: ["ragged"] }),
    throws("matAdd: B ragged", "matAdd", [[[1, 2], [3, 4]], [[1, 2], [3]]], "B's rows have different lengths", { tags: ["ragged"] }),
    throws("matScale: ragged rows", "matScale", [2, [[1], [2, 3]]], "A's rows have different lengths: that is not a matrix", { tags: ["ragged"] }),
    throws("matHadamard: both ragged the same way", "matHadamard", [[[1, 2, 3], [4]], [[1, 1, 1], [2]]], "A's rows have different lengths: that is not a matrix", { tags: ["ragged"] }),
  ],
});
