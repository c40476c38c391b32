import { arb, defineSpec, expect, fc, fixed, random, throws, type Args, type Check, type JudgedCase } from "latutor/kit";
import { clearRank, echelon, maxAbs, normInfM, nullResidual, orthonormal, outside, rankOf, rowSpace, smallDefault, type Matrix, type Vector } from "./_echelon";

const fmt = (x: number) => (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e6) || x === 0 ? String(Number(x.toPrecision(6))) : x.toExponential(3);

// ---------- checks ----------

/** RREF is unique: compare entry-wise, but first name the structure that broke. */
const rrefCheck: Check = (got, { args, expected }) => {
  const [A] = args as [Matrix];
  const E = expected as Matrix;
  const m = E.length;
  const n = E[0].length;
  expect.expectMatrix(got, m, n, "rref(A)");
  const tol = 1e-8 * Math.max(1, maxAbs(E));
  const pivots: number[] = [];
  E.forEach((row) => {
    const p = row.findIndex((x) => x !== 0);
    if (p >= 0) pivots.push(p);
  });
  const r = pivots.length;
  for (let i = 0; i < r; i++) {
    const p = pivots[i];
    for (let j = 0; j < p; j++) {
      if (Math.abs(got[i][j]) > tol) {
        throw new expect.Mismatch(`row ${i} of the RREF should be 0 before its pivot in column ${p}, but entry [${i}][${j}] is ${fmt(got[i][j])} (pivot columns of this A: ${pivots.join(", ")})`);
      }
    }
    if (Math.abs(got[i][p] - 1) > tol) {
      throw new expect.Mismatch(`the pivot of row ${i} (column ${p}) is ${fmt(got[i][p])}, but every pivot of an RREF is a leading 1: divide the pivot row by its pivot`);
    }
    for (let k = 0; k < m; k++) {
      if (k === i || Math.abs(got[k][p]) <= tol) continue;
      throw new expect.Mismatch(
        k < i
          ? `entry [${k}][${p}], above the pivot of row ${i}, is ${fmt(got[k][p])}: an RREF clears each pivot column above the pivot as well as below (a plain REF only clears below)`
          : `entry [${k}][${p}], below the pivot of row ${i}, is ${fmt(got[k][p])}: elimination must clear every entry under a pivot`,
      );
    }
  }
  for (let i = r; i < m; i++) {
    const j = got[i].findIndex((x) => Math.abs(x) > tol);
    if (j >= 0) {
      throw new expect.Mismatch(`row ${i} should be a zero row (A has rank ${r}, so its RREF has ${r} non-zero row${r === 1 ? "" : "s"}), but entry [${i}][${j}] is ${fmt(got[i][j])}${maxAbs(A) > 0 ? ": a rounding leftover taken for a pivot?" : ""}`);
    }
  }
  expect.closeMatrix(got, E, { rel: 1e-8, abs: 1e-8 }, "rref(A)");
};

const rankCheck: Check = (got, { args, expected }) => {
  const [A] = args as [Matrix];
  expect.expectNumber(got, "rank(A)");
  if (got !== expected) {
    throw new expect.Mismatch(`rank(A) is ${got}, expected ${expected} for this ${A.length}×${A[0].length} matrix (the number of pivots; it is at most min(m, n) = ${Math.min(A.length, A[0].length)})`, { expected, got });
  }
};

/** Any basis passes: right count, every vector in the null space, independent. */
const nullSpaceCheck: Check = (got, { args, expected }) => {
  const [A, tol] = args as [Matrix, number | undefined];
  const n = A[0].length;
  const d = (expected as Vector[]).length;
  if (!Array.isArray(got)) throw new expect.Mismatch(`nullSpace(A) returned ${typeof got}, expected an array of vectors (a basis; [] when only 0 solves A·x = 0)`);
  got.forEach((v, i) => expect.expectVector(v, n, `vector ${i} of the basis`));
  const basis = got as Vector[];
  const r = n - d;
  if (basis.length !== d) {
    throw new expect.Mismatch(
      `nullSpace(A) returned ${basis.length} vector${basis.length === 1 ? "" : "s"}, but this ${A.length}×${n} matrix has rank ${r}, so its null space has dimension n − rank = ${n} − ${r} = ${d}${d === 0 ? ": return [] (the zero vector alone has an empty basis)" : ""}`,
    );
  }
  // Residuals: rounding leaves about ε‖A‖‖v‖; an explicit tol allows what it declares zero.
  const limit = Math.max(1e-9, tol === undefined ? 0 : (100 * tol) / Math.max(normInfM(A), 1e-300));
  basis.forEach((v, i) => {
    if (v.every((x) => x === 0)) throw new expect.Mismatch(`vector ${i} is the zero vector: a basis vector must be non-zero`);
    const res = nullResidual(A, v);
    if (!(res <= limit)) {
      const Av = A.map((row) => row.reduce((s, x, j) => s + x * v[j], 0));
      throw new expect.Mismatch(`vector ${i} is not in the null space: A·v = [${Av.map(fmt).join(", ")}], which should be 0 (‖A·v‖ / (‖A‖·‖v‖) = ${fmt(res)}, allowed ${fmt(limit)})`, {
        property: "‖Av‖ / (‖A‖‖v‖)",
        measured: res,
        limit,
      });
    }
  });
  const { dependent } = orthonormal(basis);
  if (dependent.length) {
    throw new expect.Mismatch(`the vectors are not independent: vector ${dependent[0]} is (nearly) a combination of the ones before it, so they span less than the ${d}-dimensional null space`);
  }
};

// ---------- inputs ----------

/** The lesson's data table: 5 people × [weekday hours, weekend hours, total hours, age]. */
const TABLE = [
  [3, 1, 4, 25],
  [2, 2, 4, 31],
  [5, 0, 5, 47],
  [1, 3, 4, 19],
  [4, 2, 6, 38],
];
/** Third column = first + second, but 0.1 + 0.2 is not 0.3 in floating point: rounding leftovers. */
const TENTHS = [
  [0.1, 0.2, 0.3],
  [0.4, 0.5, 0.9],
  [0.7, 0.8, 1.5],
];
/** Columns of very different sizes (euros and a rate); the third is the sum of the first two. */
const SCALES = [
  [2500, 0.31, 2500.31],
  [4100, 0.27, 4100.27],
  [3300, 0.45, 3300.45],
];
/** Four rows of decimal measurements, third column the sum of the first two. */
const DECIMALS = [
  [1.1, 2.2, 3.3],
  [0.7, 1.4, 2.1],
  [2.5, 0.3, 2.8],
  [0.9, 1.6, 2.5],
];
/** Third column = 0.3·(first + second); the top-left entry 1e-8 is a terrible pivot. */
const SMALL_PIVOT = [
  [1e-8, 1],
  [1, 1],
  [2, 1],
].map(([a, b]) => [a, b, 0.3 * a + 0.3 * b]);
const scaled = (c: number, A: Matrix) => A.map((row) => row.map((x) => x * c));

interface Named {
  name: string;
  A: Matrix;
  tags?: string[];
  description?: string;
}

const MATRICES: Named[] = [
  { name: "the lesson's table with a redundant column", A: TABLE, description: "Total hours = weekday + weekend hours: column 2 has no pivot, and (−1, −1, 1, 0) spans the null space." },
  { name: "2×3 wide", A: [[1, 2, 3], [4, 5, 6]] },
  { name: "4×2 tall, full column rank", A: [[1, 2], [3, 4], [5, 6], [7, 9]] },
  { name: "full-rank 3×3", A: [[2, 1, 1], [4, -6, 0], [-2, 7, 2]], description: "Invertible: the RREF is the identity and the null space is just 0 (an empty basis)." },
  { name: "a zero first column", A: [[0, 2, 4], [0, 1, 3]], description: "Column 0 holds no pivot: the first pivot is in column 1." },
  { name: "a zero leading entry (needs a row exchange)", A: [[0, 1, 2], [1, 2, 3], [2, 3, 5]] },
  { name: "the zero matrix", A: [[0, 0, 0], [0, 0, 0]], description: "Rank 0: every column is free." },
  { name: "1×1", A: [[-4]] },
  { name: "1×1 zero", A: [[0]] },
  { name: "one row", A: [[2, 4, 6]] },
  { name: "one column", A: [[3], [6], [9]] },
  { name: "a repeated row", A: [[1, 2, 1], [2, 4, 2], [1, 0, 3]] },
  {
    name: "0.1 + 0.2 ≠ 0.3 (rounding leftovers)",
    A: TENTHS,
    tags: ["roundoff"],
    description: "Column 2 = column 0 + column 1, but in floating point 0.1 + 0.2 is 0.30000000000000004: elimination leaves about 6e-17 where exact arithmetic leaves 0. Rank 2.",
  },
  { name: "columns of very different scales", A: SCALES, tags: ["roundoff"], description: "Entries from 0.27 to 4100; column 2 = column 0 + column 1, rank 2. The leftover after elimination is about 1e-13, not exactly 0." },
  { name: "decimal measurements with a sum column", A: DECIMALS, tags: ["roundoff"] },
  {
    name: "a tiny first pivot (1e-8)",
    A: SMALL_PIVOT,
    tags: ["small-pivot"],
    description: "Rank 2 (column 2 = 0.3·(column 0 + column 1)). Dividing by the pivot 1e-8 multiplies rounding errors by 1e8, and a leftover of about 1e-9 then looks like a third pivot: pick the largest entry of the column instead.",
  },
  { name: "the 0.1 table scaled by 1e8", A: scaled(1e8, TENTHS), tags: ["huge"], description: "Multiplying a matrix by 1e8 does not change its rank (2), but its rounding leftover grows to about 6.5e-9: a fixed threshold like 1e-10 takes it for a pivot." },
  { name: "a full-rank 2×2 scaled by 1e-8", A: scaled(1e-8, [[1, 1], [1, 1.001]]), tags: ["tiny"], description: "Rank 2, whatever the units: the second pivot is 1e-11 here, below a fixed threshold like 1e-10, yet a thousandth of the largest entry." },
  { name: "the lesson's table scaled by 1e8", A: scaled(1e8, TABLE), tags: ["huge"] },
];

/** Entries with one decimal: products of such numbers carry rounding, like real data. */
const product = (m: number, n: number, r: number) =>
  fc.tuple(arb.matrix(m, r, { max: 5, decimals: 1 }), arb.matrix(r, n, { max: 5, decimals: 1 })).map(([B, C]) => [B.map((row) => C[0].map((_, j) => row.reduce((s, x, k) => s + x * C[k][j], 0)))]);

const shapes = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }));
const clear = (args: Args) => clearRank(args[0] as Matrix);

/** Random matrices (mostly of full rank min(m, n)). */
const anyMatrix = shapes.chain(([m, n]) => arb.matrix(m, n)).map((A) => [A] as Args).filter(clear);
/** Rank-deficient: B·C with B m×r and C r×n, r < min(m, n). */
const deficient = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }))
  .chain(([m, n]) => fc.integer({ min: 1, max: Math.min(m, n) - 1 }).chain((r) => product(m, n, r)))
  .filter(clear);
/** A data table (more rows than columns) plus one redundant column: the sum of two others. */
const redundant = fc
  .tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 0, max: 2 }))
  .chain(([k, extra]) => fc.tuple(arb.matrix(k + 1 + extra, k, { max: 9, decimals: 1 }), fc.integer({ min: 0, max: k - 1 }), fc.integer({ min: 0, max: k - 1 }), fc.integer({ min: 0, max: k })))
  .map(([X, a, b, at]) => [X.map((row) => [...row.slice(0, at), row[a] + row[(a === b ? b + 1 : b) % row.length], ...row.slice(at)])] as Args)
  .filter(clear);

const perCall = (call: string): ReturnType<typeof fixed>[] =>
  MATRICES.map(({ name, A, tags, description }) => fixed(`${call}: ${name}`, call, [A], { tags, description }));

// ---------- diagnoses ----------

const isMatrix = (x: unknown): x is Matrix => Array.isArray(x) && x.every((r) => Array.isArray(r) && r.every((v) => typeof v === "number"));

/** The learner's number of pivots, read from a failed rank or rref case. */
function pivotsSeen(c: JudgedCase): number | undefined {
  const A = c.args?.[0] as Matrix;
  if (c.outcome !== "returned" || !isMatrix(A)) return undefined;
  if (c.call === "rank") return typeof c.got === "number" ? c.got : undefined;
  // (nullSpace is left out: its count says nothing about pivots when its vectors are wrong.)
  if (c.call === "rref" && isMatrix(c.got)) {
    const scale = 1e-8 * maxAbs(c.got);
    return c.got.filter((row) => row.some((x) => Math.abs(x) > scale)).length;
  }
  return undefined;
}
const trueRank = (c: JudgedCase) => rankOf(c.args![0] as Matrix);
const failedWith = (cases: JudgedCase[], tag: string, wrong: (seen: number, truth: number) => boolean) =>
  cases.some((c) => !c.passed && c.tags.includes(tag) && c.args?.[1] === undefined && (() => {
    const seen = pivotsSeen(c);
    return seen !== undefined && wrong(seen, trueRank(c));
  })());

/**
 * Evidence of a fixed threshold: one number t (from 1e-17 to 1e-3) explains the learner's rank on
 * every scaled and rounding-sensitive fixed case (a partial-pivoting elimination with |x| ≤ t as its
 * zero test gives the learner's count on each), and the learner is wrong on a scaled one. A missing
 * row exchange does not fit (no fixed t turns the 1e-8 pivot's leftovers into pivots while leaving
 * the unscaled tables alone), nor does a relative tolerance with another mistake.
 */
function fixedThreshold(cases: JudgedCase[]): boolean {
  const seen: { A: Matrix; rank: number; scaled: boolean; wrong: boolean }[] = [];
  for (const c of cases) {
    if (c.kind !== "fixed" || (c.call !== "rank" && c.call !== "rref") || !c.args || c.args[1] !== undefined) continue;
    if (!["roundoff", "small-pivot", "tiny", "huge"].some((t) => c.tags.includes(t))) continue;
    const A = c.args[0] as Matrix;
    const truth = rankOf(A);
    const rank = c.passed ? truth : pivotsSeen(c);
    if (rank === undefined) return false;
    seen.push({ A, rank, scaled: c.tags.includes("tiny") || c.tags.includes("huge"), wrong: rank !== truth });
  }
  if (!seen.some((s) => s.scaled && s.wrong)) return false;
  for (let e = -68; e <= -12; e++) {
    const t = 10 ** (e / 4);
    if (seen.every((s) => rankOf(s.A, t) === s.rank)) return true;
  }
  return false;
}

/** got is an echelon form of A: zero rows last, leading entries stepping right, zeros below them; same row space. */
function echelonOf(got: unknown, A: Matrix): { leads: number[]; ones: boolean; clearedAbove: boolean } | undefined {
  if (!isMatrix(got) || got.length !== A.length || got[0]?.length !== A[0].length) return undefined;
  const tol = 1e-8 * Math.max(1, maxAbs(got));
  const leads: number[] = [];
  let zeroRows = false;
  for (const row of got) {
    const p = row.findIndex((x) => Math.abs(x) > tol);
    if (p < 0) {
      zeroRows = true;
      continue;
    }
    if (zeroRows || (leads.length && p <= leads[leads.length - 1])) return undefined;
    leads.push(p);
  }
  const rows = got.slice(0, leads.length);
  if (leads.length !== rankOf(A)) return undefined;
  const space = rowSpace(A);
  if (!rows.every((v) => outside(v, space) < 1e-6)) return undefined;
  const ones = leads.every((p, i) => Math.abs(rows[i][p] - 1) <= 1e-8);
  const clearedAbove = leads.every((p, i) => rows.every((row, k) => k === i || Math.abs(row[p]) <= tol));
  return { leads, ones, clearedAbove };
}

const rrefFails = (cases: JudgedCase[], test: (e: NonNullable<ReturnType<typeof echelonOf>>) => boolean) =>
  cases.some((c) => {
    if (c.passed || c.call !== "rref" || c.outcome !== "returned" || !c.args) return false;
    const e = echelonOf(c.got, c.args[0] as Matrix);
    return e !== undefined && test(e);
  });

/** For a failing nullSpace case: the learner's vectors, with A, when they have the right length. */
function nullFailures(cases: JudgedCase[]): { A: Matrix; vs: Vector[]; expected: Vector[]; tol?: number }[] {
  return cases.flatMap((c) => {
    if (c.passed || c.call !== "nullSpace" || c.outcome !== "returned" || !c.args || !isMatrix(c.got)) return [];
    const A = c.args[0] as Matrix;
    if (!c.got.every((v) => v.length === A[0].length)) return [];
    return [{ A, vs: c.got, expected: c.expected as Vector[], tol: c.args[1] as number | undefined }];
  });
}
const isNull = (A: Matrix, v: Vector) => nullResidual(A, v) <= 1e-9 && v.some((x) => x !== 0);

export default defineSpec({
  exercise: "rank-nullspace",
  params: { rref: ["A"], rank: ["A", "tol"], nullSpace: ["A", "tol"] },
  diagnoses: [
    {
      id: "exact-zero-test",
      message:
        "rounding leaves tiny leftovers (like 6e-17) where exact arithmetic gives 0, and your elimination took one for a pivot: a test like `=== 0` finds too many pivots. Treat |x| ≤ tol as zero, with tol relative to the matrix: max(m, n) · ε · (largest |entry|)",
      section: "tolerance",
      test: (cases) => failedWith(cases, "roundoff", (seen, truth) => seen > truth),
    },
    {
      id: "absolute-tolerance",
      message:
        "your zero test uses a fixed threshold (like 1e-10): scale the matrix by 1e-8 and real pivots fall below it, scale it by 1e8 and rounding leftovers rise above it. Make it relative to the matrix: max(m, n) · ε · (largest |entry|)",
      section: "tolerance",
      test: fixedThreshold,
    },
    {
      id: "no-pivoting",
      message:
        "dividing by a tiny pivot (here 1e-8) multiplies rounding errors by its inverse, and the leftovers then pass for pivots: use partial pivoting, swapping up the row with the largest |entry| in the column (topic 06)",
      section: "pivoting",
      test: (cases) => failedWith(cases, "small-pivot", (seen, truth) => seen !== truth) && !failedWith(cases, "roundoff", (seen, truth) => seen > truth),
    },
    {
      id: "tol-zero-ignored",
      message:
        "tol = 0 is a valid tolerance (only an exact 0 counts as zero), but your code replaced it with the default: `tol || defaultTol` treats 0 as \"not given\". Test tol === undefined (or use tol ?? defaultTol), not !tol",
      section: "tolerance",
      // The default rank on every tol = 0 rank case (one of them exact on any rounding path), while every non-zero explicit tol is honoured.
      test: (cases) => {
        const zero = cases.filter((c) => c.call === "rank" && c.tags.includes("explicit-tol") && c.args?.[1] === 0);
        return (
          zero.length > 0 &&
          cases.every((c) => c.passed || !c.tags.includes("explicit-tol") || c.args?.[1] === 0) &&
          zero.every((c) => {
            const seen = pivotsSeen(c);
            const A = c.args![0] as Matrix;
            return !c.passed && seen !== undefined && seen === rankOf(A) && seen !== rankOf(A, 0);
          })
        );
      },
    },
    {
      id: "tol-ignored",
      message: "an explicit tol argument must replace your default threshold: rank(A, tol) and nullSpace(A, tol) treat |pivot| ≤ tol as zero",
      section: "tolerance",
      test: (cases) =>
        cases.some((c) => {
          const tol = c.args?.[1];
          if (c.passed || typeof tol !== "number" || !c.tags.includes("explicit-tol")) return false;
          const seen = pivotsSeen(c);
          const A = c.args![0] as Matrix;
          return seen !== undefined && seen === rankOf(A) && seen !== rankOf(A, tol);
        }),
    },
    {
      id: "not-reduced-above",
      message: "your rref is a row echelon form (REF), not the reduced one: the RREF also clears every entry above each pivot (and scales each pivot to 1), so eliminate in all other rows, not just the rows below",
      section: "rref",
      test: (cases) => rrefFails(cases, (e) => !e.clearedAbove),
    },
    {
      id: "pivots-not-one",
      message: "the pivot columns are cleared, but the pivots are not 1: divide each pivot row by its pivot",
      section: "rref",
      test: (cases) => rrefFails(cases, (e) => e.clearedAbove && !e.ones),
    },
    {
      id: "free-sign-not-flipped",
      message:
        "a special solution takes the pivot variables with the opposite sign of the RREF entries: row i reads x_pivot + R[i][free] = 0, so x_pivot = −R[i][free]. Your vectors have +R[i][free]",
      section: "null-space",
      test: (cases) => {
        const seen = nullFailures(cases).filter(({ vs, tol }) => tol === undefined && vs.length > 0);
        return (
          seen.length > 0 &&
          seen.every(({ A, vs }) => {
            const pivots = echelon(A, smallDefault(A)).pivots;
            return vs.some((v) => !isNull(A, v)) && vs.every((v) => isNull(A, v.map((x, j) => (pivots.includes(j) ? -x : x))));
          })
        );
      },
    },
    {
      id: "rref-rows-as-null-space",
      message:
        "your null-space vectors lie in the row space (they are rows of the RREF, or combinations of them): those are the directions A does see. The null space is perpendicular to them: build one special solution per free column",
      section: "null-space",
      test: (cases) => {
        // Only matrices whose row space is a proper subspace tell the two apart.
        const seen = nullFailures(cases).filter(({ A, vs, tol }) => tol === undefined && vs.length > 0 && rowSpace(A).length < A[0].length);
        return (
          seen.length > 0 &&
          seen.every(({ A, vs }) => {
            const space = rowSpace(A);
            return space.length > 0 && vs.every((v) => v.some((x) => x !== 0) && outside(v, space) < 1e-6) && vs.some((v) => !isNull(A, v));
          })
        );
      },
    },
    {
      id: "wrong-count",
      message:
        "every vector you return is in the null space, but the count is off: a basis has exactly n − rank vectors, one special solution per free (pivot-less) column, and the trivial null space {0} has the empty basis []",
      section: "null-space",
      // Only when the learner's rank is right everywhere: then the miscount is in assembling the basis.
      test: (cases) =>
        cases.every((c) => c.call !== "rank" || c.passed) &&
        nullFailures(cases).some(({ A, vs, expected, tol }) => tol === undefined && vs.length > 0 && vs.length !== expected.length && vs.every((v) => nullResidual(A, v) <= 1e-9)),
    },
  ],
  plots: [
    {
      kind: "sweep",
      title: "rank(c · A) for the rank-2 matrix [[0.1, 0.2, 0.3], [0.4, 0.5, 0.9], [0.7, 0.8, 1.5]]: scaling never changes the rank",
      call: "rank",
      inputs: Array.from({ length: 25 }, (_, i) => {
        const k = -12 + i;
        return { x: k, args: [scaled(10 ** k, TENTHS)] };
      }),
      y: (got) => got as number,
      xLabel: "log10 c",
      yLabel: "rank",
    },
  ],
  complexity: {
    call: "rank",
    sizes: [12, 24, 48, 96],
    args: (n) => [Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Math.sin(7 * i + 3 * j + 1) + (i === j ? 2 : 0)))],
    expected: 3,
    hint: "elimination costs about n³ operations; are you recomputing the whole RREF inside a loop, or testing minors or determinants for independence?",
  },
  checks: { rref: rrefCheck, rank: rankCheck, nullSpace: nullSpaceCheck },
  cases: [
    ...perCall("rref"),
    random("rref: random matrices", "rref", anyMatrix, { runs: 30 }),
    random("rref: rank-deficient products", "rref", deficient, { runs: 30 }),
    random("rref: data tables with a redundant column", "rref", redundant, { runs: 20 }),
    ...perCall("rank"),
    fixed("rank: explicit tol larger than the default", "rank", [[[1, 1], [1, 1.000001]], 1e-3], {
      tags: ["explicit-tol"],
      description: "The second pivot is about 1e-6; with tol = 1e-3 it counts as zero, so the rank is 1.",
    }),
    fixed("rank: explicit tol smaller than the default", "rank", [[[1e12, 0], [0, 1e-4]], 1e-6], {
      tags: ["explicit-tol"],
      description: "The default threshold (≈ 2·ε·1e12 ≈ 4e-4) would call the pivot 1e-4 zero; with tol = 1e-6 it counts, so the rank is 2.",
    }),
    fixed("rank: explicit tol = 0 (only an exact 0 is zero)", "rank", [TENTHS, 0], {
      tags: ["explicit-tol"],
      description: "The lesson's 0.1 table with tol = 0: the rounding leftover (about 6e-17) is not exactly 0, so it counts as a pivot and the rank is 3. tol = 0 is a valid tolerance, not \"no tolerance given\".",
    }),
    fixed("rank: explicit tol = 0 on an exact 1 + ε", "rank", [[[1, 1], [1, 1 + Number.EPSILON]], 0], {
      tags: ["explicit-tol"],
      description: "Elimination leaves exactly ε ≈ 2.2e-16 as the second pivot (no rounding on any path): the default tolerance calls it zero (rank 1), tol = 0 keeps it (rank 2).",
    }),
    random("rank: random matrices", "rank", anyMatrix, { runs: 30 }),
    random("rank: rank-deficient products", "rank", deficient, { runs: 30 }),
    random("rank: data tables with a redundant column", "rank", redundant, { runs: 20 }),
    ...perCall("nullSpace"),
    fixed("nullSpace: explicit tol larger than the default", "nullSpace", [[[1, 1], [1, 1.000001]], 1e-3], { tags: ["explicit-tol"] }),
    fixed("nullSpace: explicit tol smaller than the default", "nullSpace", [[[1e12, 0], [0, 1e-4]], 1e-6], { tags: ["explicit-tol"] }),
    fixed("nullSpace: explicit tol = 0 (only an exact 0 is zero)", "nullSpace", [TENTHS, 0], {
      tags: ["explicit-tol"],
      description: "With tol = 0 the 0.1 table has rank 3, so only x = 0 solves A·x = 0: the basis is [].",
    }),
    random("nullSpace: random matrices", "nullSpace", anyMatrix, { runs: 30 }),
    random("nullSpace: rank-deficient products", "nullSpace", deficient, { runs: 30 }),
    random("nullSpace: data tables with a redundant column", "nullSpace", redundant, { runs: 20 }),
    throws("rref: rows of different lengths", "rref", [[[1, 2, 3], [4, 5]]], "the rows have different lengths, so A is not a matrix"),
    throws("rank: rows of different lengths", "rank", [[[1, 2], [3]]], "the rows have different lengths, so A is not a matrix"),
    throws("nullSpace: rows of different lengths", "nullSpace", [[[1], [2, 3]]], "the rows have different lengths, so A is not a matrix"),
  ],
});
