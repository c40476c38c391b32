import { arb, defineSpec, detect, expect, fc, fixed, linalg, random, throws, type Check, type JudgedCase } from "latutor/kit";

type Vector = number[];
type Matrix = number[][];
type Activation = "identity" | "relu" | "sigmoid";

const EPS = Number.EPSILON;
const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const ACT: Record<Activation, (z: number) => number> = { identity: (z) => z, relu: (z) => Math.max(0, z), sigmoid };
const isMatrix = (x: unknown): x is Matrix => Array.isArray(x) && x.every((r) => Array.isArray(r) && r.every((v) => typeof v === "number"));
const { matMul, transpose } = linalg;
const abs = (A: Matrix) => A.map((r) => r.map(Math.abs));

/** X·Wᵀ + b before the activation, and a bound Σ|x||w| + |b| on each entry's terms (for its rounding allowance). */
function preActivation(W: Matrix, b: Vector, X: Matrix) {
  const Z = matMul(X, transpose(W)).map((row) => row.map((z, j) => z + b[j]));
  const bound = matMul(abs(X), transpose(abs(W))).map((row) => row.map((s, j) => s + Math.abs(b[j])));
  return { Z, bound };
}

const forwardCheck: Check = (got, { args }) => {
  const [W, b, X, activation] = args as [Matrix, Vector, Matrix, Activation];
  const { Z, bound } = preActivation(W, b, X);
  const inSize = W[0]?.length ?? 0;
  expect.expectMatrix(got, X.length, W.length, `denseForward (n×out = ${X.length}×${W.length})`);
  Z.forEach((row, i) =>
    row.forEach((z, j) => {
      const want = ACT[activation](z);
      // An error δ in z moves the output by at most δ (σ′ ≤ 1/4, relu′ ≤ 1).
      const allow = 8 * (inSize + 2) * EPS * bound[i][j] + 4 * EPS * Math.abs(want) + 1e-300;
      const err = Math.abs(got[i][j] - want);
      if (!(err <= allow)) {
        throw new expect.Mismatch(`Y[${i}][${j}] is ${got[i][j]}, expected ${want} = ${activation}(${z}) (off by ${err.toExponential(2)})`, { expected: want, got: got[i][j], measured: err, limit: allow });
      }
    }),
  );
};

/** L = Σ dY ⊙ (X·Wᵀ + b): the loss whose gradient denseBackward returns (dY = ∂L/∂Y). */
const lossOf = (W: Matrix, b: Vector, X: Matrix, dY: Matrix) => {
  const { Z } = preActivation(W, b, X);
  let s = 0;
  Z.forEach((row, i) => row.forEach((z, j) => (s += dY[i][j] * z)));
  return s;
};

/**
 * A finite difference of L with respect to one entry, the way the grader checks any gradient
 * without trusting a formula: nudge the entry by ±h and see how fast L moves.
 */
function slope(f: (delta: number) => number, at: number): number {
  const h = 1e-3 * Math.max(1, Math.abs(at));
  return (f(h) - f(-h)) / (2 * h);
}

function numericGradients(W: Matrix, X: Matrix, dY: Matrix) {
  const b = new Array<number>(W.length).fill(0);
  const bump = (A: Matrix, p: number, q: number, d: number) => A.map((row, i) => row.map((x, j) => (i === p && j === q ? x + d : x)));
  const dW = W.map((row, p) => row.map((w, q) => slope((d) => lossOf(bump(W, p, q, d), b, X, dY), w)));
  const db = b.map((_, j) => slope((d) => lossOf(W, b.map((x, t) => (t === j ? x + d : x)), X, dY), 0));
  const dX = X.map((row, p) => row.map((x, q) => slope((d) => lossOf(W, b, bump(X, p, q, d), dY), x)));
  return { dW, db, dX };
}

/** Entry-wise: the finite difference first (with its own looser allowance), then the exact product. */
function closeGradient(got: unknown, numeric: Matrix, exact: Matrix, bound: Matrix, inner: number, name: string, wrt: string, vector = false): void {
  if (!vector) expect.expectMatrix(got, exact.length, exact[0]?.length ?? 0, `${name} (the shape of ${wrt})`);
  const at = (i: number, j: number) => (vector ? `[${j}]` : `[${i}][${j}]`);
  exact.forEach((row, i) =>
    row.forEach((e, j) => {
      const g = (got as Matrix)[i][j];
      const fdAllow = 1e-6 * (bound[i][j] + 1);
      if (!(Math.abs(g - numeric[i][j]) <= fdAllow)) {
        throw new expect.Mismatch(
          `${name}${at(i, j)} is ${g}, but nudging ${wrt}${at(i, j)} changes L = Σ dY ⊙ Y at the rate ${numeric[i][j].toPrecision(8)} (a finite difference; exactly ${e})`,
          { expected: e, got: g, measured: Math.abs(g - numeric[i][j]), limit: fdAllow },
        );
      }
      const allow = 8 * (inner + 1) * EPS * bound[i][j] + 1e-300;
      if (!(Math.abs(g - e) <= allow)) throw new expect.Mismatch(`${name}${at(i, j)} is ${g}, expected ${e} (off by ${Math.abs(g - e).toExponential(2)})`, { expected: e, got: g, measured: Math.abs(g - e), limit: allow });
    }),
  );
}

const backwardCheck: Check = (got, { args }) => {
  const [W, X, dY] = args as [Matrix, Matrix, Matrix];
  if (got === null || typeof got !== "object" || Array.isArray(got)) throw new expect.Mismatch("denseBackward must return an object {dW, db, dX}", { got });
  const g = got as Record<string, unknown>;
  const num = numericGradients(W, X, dY);
  const n = X.length;
  closeGradient(g.dW, num.dW, matMul(transpose(dY), X), matMul(transpose(abs(dY)), abs(X)), n, "dW", "W");
  // db as a 1-row matrix, so the same comparison applies.
  expect.expectVector(g.db, W.length, "db (one entry per output)");
  const dbExact = W.map((_, j) => dY.reduce((s, row) => s + row[j], 0));
  const dbBound = W.map((_, j) => dY.reduce((s, row) => s + Math.abs(row[j]), 0));
  closeGradient([g.db], [num.db], [dbExact], [dbBound], n, "db", "b", true);
  closeGradient(g.dX, num.dX, matMul(dY, W), matMul(abs(dY), abs(W)), W.length, "dX", "X");
};

// ---- the mistakes, computed on the case's own input ----

const looksLike = (got: unknown, expected: unknown, wrong: unknown) => wrong !== undefined && detect.near(got, wrong) && !detect.near(wrong, expected);

const forwardMistake = (make: (W: Matrix, b: Vector, X: Matrix, act: (z: number) => number) => Matrix | undefined) => (got: unknown, expected: unknown, args: unknown[]) => {
  const [W, b, X, activation] = args as [Matrix, Vector, Matrix, Activation];
  if (!isMatrix(W) || !isMatrix(X) || X.length === 0 || !ACT[activation]) return false;
  return looksLike(got, expected, make(W, b, X, ACT[activation]));
};
const biasAfterRaw = forwardMistake((W, b, X, act) => matMul(X, transpose(W)).map((row) => row.map((z, j) => act(z) + b[j])));
const noActivationRaw = forwardMistake((W, b, X) => preActivation(W, b, X).Z);
/** Where X·Wᵀ ≥ 0 but X·Wᵀ + b is not, act(X·Wᵀ) + b and X·Wᵀ + b coincide: such a case names neither mistake. */
const biasAfter = (got: unknown, expected: unknown, args: unknown[]) => biasAfterRaw(got, expected, args) && !noActivationRaw(got, expected, args);
const xTimesW = forwardMistake((W, b, X, act) => (W.length === W[0].length ? matMul(X, W).map((row) => row.map((z, j) => act(z + b[j]))) : undefined));
const noActivation = (got: unknown, expected: unknown, args: unknown[]) => noActivationRaw(got, expected, args) && !biasAfterRaw(got, expected, args);
const sigmoidSign = (got: unknown, expected: unknown, args: unknown[]) => args[3] === "sigmoid" && forwardMistake((W, b, X) => preActivation(W, b, X).Z.map((r) => r.map((z) => 1 / (1 + Math.exp(z)))))(got, expected, args);

/** Some failing backward case whose field `key` equals what `make` computes from the inputs (and that is not the answer). */
const backwardMistake = (key: "dW" | "db" | "dX", make: (W: Matrix, X: Matrix, dY: Matrix) => unknown) => (cases: JudgedCase[]) =>
  cases.some((c) => {
    if (c.passed || c.call !== "denseBackward" || c.kind === "throws" || c.outcome !== "returned" || !c.args) return false;
    const [W, X, dY] = c.args as [Matrix, Matrix, Matrix];
    const got = (c.got as Record<string, unknown> | null)?.[key];
    const expected = (c.expected as Record<string, unknown> | null)?.[key];
    return looksLike(got, expected, make(W, X, dY));
  });

// ---- inputs ----

const W23: Matrix = [
  [1, -1, 2],
  [0, 3, -1],
];
const B2: Vector = [0.5, -1];
const X23: Matrix = [
  [1, 2, 3],
  [-1, 0, 1],
];
const WSQ: Matrix = [
  [1, 2],
  [0, 1],
];
const XSQ: Matrix = [
  [1, 1],
  [2, -1],
];
const DY3: Matrix = [
  [1, 0],
  [0.5, -2],
  [-1, 1],
];
const X33: Matrix = [
  [1, 2, 3],
  [-1, 0, 1],
  [2, 1, 0],
];

const dims = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }));
const entries = { max: 3, decimals: 1 };
const forwardArgs = fc
  .tuple(dims, fc.constantFrom<Activation>("identity", "relu", "sigmoid"))
  .chain(([[n, inSize, out], act]) => fc.tuple(arb.matrix(out, inSize, entries), arb.vector(out, entries), arb.matrix(n, inSize, entries), fc.constant(act)));
const backwardArgs = dims.chain(([n, inSize, out]) => fc.tuple(arb.matrix(out, inSize, entries), arb.matrix(n, inSize, entries), arb.matrix(n, out, entries)));

/** Distinct, non-round entries for timing. */
const filled = (m: number, n: number, seed: number): Matrix => Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => (((i * 7 + j * 3 + seed) % 11) + 1) / 11 - 0.5));

export default defineSpec({
  exercise: "dense-layer",
  params: { denseForward: ["W", "b", "X", "activation"], denseBackward: ["W", "X", "dY"] },
  diagnoses: [
    {
      id: "bias-after-activation",
      message: "you added b AFTER the activation, act(X·Wᵀ) + b: the bias shifts the input of the activation, Y = act(X·Wᵀ + b) (it moves where a relu switches on)",
      section: "dense-forward",
      test: detect.whenResult("denseForward", biasAfter),
    },
    {
      id: "w-untransposed",
      message:
        "you computed X·W instead of X·Wᵀ: W is out×in (row j holds the weights of output j), so output j of sample i is (row i of X)·(row j of W). X·W only has a shape when in = out, and even then it is the wrong product",
      section: "dense-forward",
      test: detect.whenResult("denseForward", xTimesW),
    },
    {
      id: "sigmoid-sign",
      message: "your sigmoid is 1/(1 + e^z), which is σ(−z) = 1 − σ(z): the logistic function is 1/(1 + e^(−z)), rising from 0 to 1 as z grows",
      section: "activations",
      test: detect.whenResult("denseForward", sigmoidSign),
    },
    {
      id: "activation-ignored",
      message: "your relu or sigmoid results equal X·Wᵀ + b: the activation is never applied (read the activation argument and apply it to every entry)",
      section: "activations",
      test: detect.whenResult("denseForward", noActivation),
    },
    {
      id: "dw-transposed",
      message: "your dW is Xᵀ·dY (in×out), the transpose of the answer: the gradient has the shape of W, out×in, so dW = dYᵀ·X, entry [j][t] = Σᵢ dY[i][j]·X[i][t]",
      section: "dense-backward",
      test: backwardMistake("dW", (W, X, dY) => matMul(transpose(X), dY)),
    },
    {
      id: "db-first-row",
      message: "your db is the first row of dY: b is added to EVERY sample's output, so each sample's gradient reaches it; db[j] is the sum of column j of dY over all rows",
      section: "dense-backward",
      test: backwardMistake("db", (W, X, dY) => (dY.length > 1 ? dY[0] : undefined)),
    },
    {
      id: "db-mean",
      message: "your db is the MEAN of dY's columns: the gradient of L through b is the SUM of the rows of dY (if the loss averages over samples, that 1/n is already inside dY)",
      section: "dense-backward",
      test: backwardMistake("db", (W, X, dY) => (dY.length > 1 ? W.map((_, j) => dY.reduce((s, r) => s + r[j], 0) / dY.length) : undefined)),
    },
    {
      id: "dx-uses-wt",
      message: "your dX is dY·Wᵀ: going backward through Y = X·Wᵀ multiplies by W itself, dX = dY·W (n×out times out×in gives n×in, the shape of X)",
      section: "dense-backward",
      test: backwardMistake("dX", (W, X, dY) => (W.length === W[0].length ? matMul(dY, transpose(W)) : undefined)),
    },
    {
      id: "shape-not-checked",
      message: "the shapes do not fit (X's columns must equal W's columns, b needs one entry per row of W, dY one row per sample and one column per output), yet your function returned something: check and throw an Error",
      section: "dense-forward",
      // X·W happens to have a shape when X has as many columns as W has rows: that mistake is named above.
      test: (cases) => detect.returnedInsteadOfThrowing(undefined, "shape")(cases) && !detect.whenResult("denseForward", xTimesW)(cases),
    },
  ],
  complexity: [
    {
      call: "denseForward",
      sizes: [24, 32, 48, 64],
      args: (n) => [filled(n, n, 1), new Array(n).fill(0.1), filled(n, n, 5), "relu"],
      expected: 3,
      hint: "n samples × out outputs × in inputs multiply-adds is n³ here; is Wᵀ (or a copy of W) rebuilt inside the loops? Build it once, before them",
    },
  ],
  checks: { denseForward: forwardCheck, denseBackward: backwardCheck },
  cases: [
    fixed("2 samples, 3 inputs, 2 outputs, identity", "denseForward", [W23, B2, X23, "identity"], {
      description: "Sample 0 = [1, 2, 3]: output 0 is [1, −1, 2]·[1, 2, 3] + 0.5 = 5.5, output 1 is [0, 3, −1]·[1, 2, 3] − 1 = 2.",
    }),
    fixed("the same layer with relu", "denseForward", [W23, B2, X23, "relu"], { description: "Sample 1's output 1 is relu(−1 − 1) = 0 (relu after the bias)." }),
    fixed("the same layer with sigmoid", "denseForward", [W23, B2, X23, "sigmoid"], { description: "σ(5.5) ≈ 0.9959, σ(2) ≈ 0.8808, σ(1.5) ≈ 0.8176, σ(−2) ≈ 0.1192." }),
    fixed("a square, non-symmetric W", "denseForward", [WSQ, [0, 1], XSQ, "identity"], { description: "X·Wᵀ + b = [[3, 2], [0, 0]]; X·W + b would be [[1, 4], [2, 4]]." }),
    fixed("one sample, one output, relu", "denseForward", [[[2, -1]], [-0.5], [[1, 1]], "relu"], { description: "relu(2 − 1 − 0.5) = 0.5." }),
    fixed("a negative pre-activation, relu", "denseForward", [[[1, 1]], [1], [[-2, -1]], "relu"], { description: "relu(−3 + 1) = 0: the bias goes inside." }),
    fixed("sigmoid at large |z|", "denseForward", [[[1]], [0], [[-800], [800], [0]], "sigmoid"], { description: "σ(−800) = 0 (to double precision), σ(800) = 1, σ(0) = 0.5." }),
    random("random layers and batches", "denseForward", forwardArgs, { runs: 40 }),
    fixed("backward: 2 samples, W 2×3", "denseBackward", [W23, X23, [[1, 0], [0.5, -2]]], {
      description: "dW = dYᵀ·X = [[0.5, 2, 3.5], [2, 0, −2]], db = [1.5, −2], dX = dY·W = [[1, −1, 2], [0.5, −6.5, 3]].",
    }),
    fixed("backward: 3 samples, W 2×3", "denseBackward", [W23, X33, DY3], { description: "db = column sums of dY = [0.5, −1] (not the first row [1, 0], not the mean)." }),
    fixed("backward: square W", "denseBackward", [WSQ, XSQ, [[1, -1], [2, 0.5]]], { description: "dX = dY·W = [[1, 1], [2, 4.5]] (dY·Wᵀ would be [[−1, −1], [3, 0.5]])." }),
    fixed("backward: one sample", "denseBackward", [[[1, 2, 3]], [[0.5, -1, 2]], [[2]]], { description: "dW = 2·[0.5, −1, 2], db = [2], dX = 2·[1, 2, 3]." }),
    random("random backward passes", "denseBackward", backwardArgs, { runs: 40 }),
    throws("X has the wrong number of columns", "denseForward", [W23, B2, [[1, 2], [3, 4]], "identity"], "W expects 3 inputs but the rows of X have 2", { tags: ["shape"] }),
    throws("b has the wrong length", "denseForward", [W23, [1, 2, 3], X23, "identity"], "W has 2 outputs, so b needs 2 entries", { tags: ["shape"] }),
    throws("unknown activation", "denseForward", [W23, B2, X23, "tanh"], 'the activation must be "identity", "relu" or "sigmoid"'),
    throws("backward: dY has the wrong number of columns", "denseBackward", [W23, X23, [[1, 0, 1], [0, 1, 1]]], "W has 2 outputs but dY has 3 columns", { tags: ["shape"] }),
    throws("backward: dY has the wrong number of rows", "denseBackward", [W23, X23, [[1, 0]]], "X has 2 samples but dY has 1 row", { tags: ["shape"] }),
  ],
});
