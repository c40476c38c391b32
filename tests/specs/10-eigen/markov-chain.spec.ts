import { defineSpec, detect, fc, fixed, random, throws, type Check, type JudgedCase } from "latutor/kit";
import { checkDistribution, isVector, MARKOV_NAMES, sum, type Matrix } from "./_eigen";

/** Judged by what a steady state is: a distribution that one more step leaves where it is. */
const check: Check = (got, { args }) => {
  const [P] = args as [Matrix];
  checkDistribution(got, P, 1e-9, MARKOV_NAMES);
};

/** Rows of positive whole numbers, divided by their sums: every state reaches every other in one step. */
const normalise = (W: Matrix): Matrix => W.map((row) => row.map((x) => x / sum(row)));

const dense = fc.integer({ min: 2, max: 5 }).chain((n) =>
  fc.array(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }).map((W) => [normalise(W)]),
);

/**
 * Sparse but irreducible and aperiodic: random weights 0…4, plus a cycle 0 → 1 → … → n−1 → 0 of
 * weight 1 (every state reaches every other) and a loop at state 0 (so the chain is not periodic).
 */
const sparse = fc.integer({ min: 3, max: 6 }).chain((n) =>
  fc
    .array(fc.array(fc.integer({ min: 0, max: 4 }).map((x) => (x <= 2 ? 0 : x)), { minLength: n, maxLength: n }), { minLength: n, maxLength: n })
    .map((W) => [normalise(W.map((row, i) => row.map((x, j) => x + (j === (i + 1) % n ? 1 : 0) + (i === 0 && j === 0 ? 1 : 0))))]),
);

/**
 * Periodic with period 2: the states split into two groups and every step crosses from one group
 * to the other (a bipartite chain), so π ← π·P swings between the groups for ever.
 */
const periodic = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })).chain(([a, b]) => {
  const n = a + b;
  return fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }).map((W) => [
    normalise(W.map((row, i) => row.map((x, j) => ((i < a) !== (j < a) ? x : 0)))),
  ]);
});

const uniformLike = (got: unknown) => isVector(got) && got.length > 1 && got.every((x) => Math.abs(x - got[0]) <= 1e-6 * Math.abs(got[0]) && x !== 0);

export default defineSpec({
  exercise: "markov-chain",
  params: { steadyState: ["P"] },
  diagnoses: [
    // First: a method that fails ONLY on periodic chains (π ← π·P from the uniform start, which on the
    // hub and its leaves swings back to the uniform vector after an even number of steps). The
    // constant vector it may return there says nothing about which side it multiplied on.
    {
      id: "periodic-chain",
      message:
        "your method fails only on periodic chains, where π ← π·P swings back and forth and never settles. Solve (Pᵀ − I)·π = 0 with Σπ = 1 as a linear system, or iterate the lazy chain (I + P)/2, which has the same steady state",
      section: "periodic",
      test: detect.failsOnlyOn("periodic", "steadyState"),
    },
    {
      id: "right-eigenvector",
      message:
        "your result is the constant vector, which solves P·x = x for EVERY row-stochastic P (each row sums to 1). The steady state is a row vector on the left: π·P = π, that is Pᵀ·π = π",
      section: "markov",
      // The evidence of x ← P·x: the constant vector on a chain that is NOT periodic (where iterating
      // on the correct side settles) and whose steady state is not uniform.
      test: (cases: JudgedCase[]) =>
        cases.some(
          (c) =>
            c.call === "steadyState" && !c.passed && c.kind !== "throws" && c.outcome === "returned" && !c.tags.includes("periodic") && uniformLike(c.got) && !uniformLike(c.expected),
        ),
    },
    {
      id: "not-a-distribution",
      message: "your vector points the right way but does not sum to 1: divide it by its sum (not by its 2-norm), so that it is a probability distribution",
      section: "markov",
      test: detect.whenResult("steadyState", (got, expected) => {
        const c = detect.scaleFactor(got, expected);
        return c !== undefined && Math.abs(c - 1) > 1e-6;
      }),
    },
    {
      id: "invalid-not-refused",
      message: "check P first: it must be square, with no negative entry and every row summing to 1 (within 1e-9); otherwise throw an Error that says what is wrong",
      section: "markov",
      test: detect.returnedInsteadOfThrowing("steadyState"),
    },
  ],
  checks: { steadyState: check },
  cases: [
    fixed("the lesson's weather chain", "steadyState", [[[0.9, 0.1], [0.5, 0.5]]], { description: "Sunny stays sunny 90 % of the time; the steady state is [5/6, 1/6]." }),
    fixed("a 3-state chain", "steadyState", [[[0.5, 0.25, 0.25], [0.5, 0, 0.5], [0.25, 0.25, 0.5]]]),
    fixed("periodic: a hub and two leaves", "steadyState", [[[0, 0.5, 0.5], [1, 0, 0], [1, 0, 0]]], {
      description: "Every step goes from the hub (state 0) to a leaf or back: period 2. The steady state is [0.5, 0.25, 0.25].",
      tags: ["periodic"],
    }),
    fixed("periodic: a walk on a path of 4", "steadyState", [[[0, 1, 0, 0], [0.5, 0, 0.5, 0], [0, 0.5, 0, 0.5], [0, 0, 1, 0]]], {
      description: "A random walk on 0 – 1 – 2 – 3 alternates between even and odd states; π = [1/6, 1/3, 1/3, 1/6].",
      tags: ["periodic"],
    }),
    fixed("periodic: a 3-cycle", "steadyState", [[[0, 1, 0], [0, 0, 1], [1, 0, 0]]], {
      description: "0 → 1 → 2 → 0 deterministically (period 3); the steady state is uniform.",
      tags: ["periodic"],
    }),
    fixed("1×1", "steadyState", [[[1]]]),
    fixed("an uneven steady state", "steadyState", [[[0.9, 0.1, 0], [0, 0.5, 0.5], [1, 0, 0]]]),
    random("dense random chains", "steadyState", dense, { runs: 20 }),
    random("sparse irreducible chains", "steadyState", sparse, { runs: 20 }),
    random("periodic chains (bipartite)", "steadyState", periodic, { runs: 15, tags: ["periodic"] }),
    throws("a row that does not sum to 1", "steadyState", [[[0.5, 0.4], [0.5, 0.5]]], "row 0 sums to 0.9, so P is not a transition matrix", { tags: ["invalid"] }),
    throws("a negative entry", "steadyState", [[[1.5, -0.5], [0.5, 0.5]]], "P[0][1] = −0.5 is not a probability (the row still sums to 1)", { tags: ["invalid"] }),
    throws("not square", "steadyState", [[[0.5, 0.5, 0], [0, 0.5, 0.5]]], "P is 2×3: a chain with 2 states has a 2×2 matrix", { tags: ["invalid"] }),
  ],
});
