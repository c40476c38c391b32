import { arb, defineSpec, detect, expect, fc, fixed, random, throws, type Check } from "latutor/kit";

const scalar: Check = (got, { args, expected }) => {
  const [v] = args as [number[]];
  expect.closeScalar(got, expected as number, { rel: expect.tolerance({ n: v.length }), abs: 0 });
};

const unit: Check = (got, { expected }) => {
  expect.closeVector(got, expected as number[], { rel: 1e-12, abs: 0 });
  expect.unitVector(got, 1e-12);
};

const anyVector = arb.sized(0, 10, (n) => fc.tuple(arb.vector(n, { max: 100 })));

export default defineSpec({
  exercise: "norms",
  params: { norm1: ["v"], norm2: ["v"], normInf: ["v"], normalize: ["v"] },
  diagnoses: [
    {
      id: "missing-abs",
      message: "negative entries count against the size: a norm adds up (or takes the largest of) absolute values, Math.abs(x)",
      section: "norms",
      test: detect.any(
        detect.whenResult("norm1", (got, _e, [v]) => (v as number[]).some((x) => x < 0) && detect.near(got, (v as number[]).reduce((s, x) => s + x, 0))),
        detect.whenResult("normInf", (got, _e, [v]) => (v as number[]).some((x) => x < 0) && detect.near(got, Math.max(...(v as number[])))),
      ),
    },
    {
      id: "overflow",
      message: "squaring huge entries overflows to Infinity (and tiny ones underflow to 0): divide by the largest magnitude before squaring, multiply back after",
      section: "overflow",
      test: detect.any(detect.failsOnlyOn("extreme", "norm2"), detect.failsOnlyOn("extreme", "normalize")),
    },
    {
      id: "normalize-not-unit",
      message: "normalize points the right way but its length is not 1: divide by the 2-norm (the Euclidean length), not another norm",
      section: "norms",
      test: detect.whenResult("normalize", (got, expected) => {
        const c = detect.scaleFactor(got, expected);
        return c !== undefined && c > 0 && Math.abs(c - 1) > 1e-6;
      }),
    },
    {
      id: "zero-not-refused",
      message: "the zero vector has no direction: normalize must throw an Error for it instead of dividing by 0",
      section: "norms",
      test: detect.returnedInsteadOfThrowing("normalize"),
    },
    {
      id: "empty-max",
      message: "Math.max() of nothing is -Infinity: the ∞-norm of the empty vector is 0, so start from 0",
      section: "norms",
      test: detect.whenResult("normInf", (got, _e, [v]) => (v as number[]).length === 0 && got === -Infinity),
    },
  ],
  plots: [
    {
      kind: "sweep",
      title: "Accuracy of norm2([3·10ᵏ, 4·10ᵏ]) across the range of doubles (the true length is 5·10ᵏ)",
      call: "norm2",
      inputs: Array.from({ length: 25 }, (_, i) => {
        const k = -300 + i * 25;
        return { x: k, args: [[3 * 10 ** k, 4 * 10 ** k]] };
      }),
      // Correct digits: 16 when exact, 0 when the result is off by 100 % (overflow to Infinity, underflow to 0).
      y: (got, [v]) => {
        const truth = 5 * ((v as number[])[0] / 3);
        const rel = Math.abs((got as number) - truth) / truth;
        return Number.isNaN(rel) ? 0 : Math.max(0, Math.min(16, -Math.log10(Math.max(rel, 1e-16))));
      },
      xLabel: "k",
      yLabel: "correct digits",
    },
  ],
  checks: { norm1: scalar, norm2: scalar, normInf: scalar, normalize: unit },
  cases: [
    fixed("norm1 of [3, -4]", "norm1", [[3, -4]], { description: "|3| + |−4| = 7: absolute values, not the plain sum." }),
    fixed("norm1 of the empty vector", "norm1", [[]]),
    random("norm1 of random vectors", "norm1", anyVector),
    fixed("norm2 of [3, 4]", "norm2", [[3, 4]]),
    fixed("norm2 of [1, 2, 2]", "norm2", [[1, 2, 2]]),
    fixed("norm2 of the empty vector", "norm2", [[]]),
    random("norm2 of random vectors", "norm2", anyVector),
    fixed("norm2 with huge entries", "norm2", [[3e200, 4e200]], {
      description: "(3e200)² overflows to Infinity, yet the length is 5e200: divide by the largest entry before squaring.",
      weight: 2,
      tags: ["extreme"],
    }),
    fixed("norm2 with tiny entries", "norm2", [[3e-200, -4e-200]], {
      description: "(3e-200)² underflows to 0, yet the length is 5e-200: divide by the largest entry before squaring.",
      tags: ["extreme"],
    }),
    fixed("normInf of [3, -4]", "normInf", [[3, -4]], { description: "The largest absolute value is 4 (from −4), not 3." }),
    fixed("normInf of the empty vector", "normInf", [[]]),
    random("normInf of random vectors", "normInf", anyVector),
    fixed("normalize [3, -4]", "normalize", [[3, -4]]),
    fixed("normalize a vector with huge entries", "normalize", [[1e200, 1e200]], { tags: ["extreme"] }),
    random("normalize random vectors", "normalize", arb.sized(1, 10, (n) => fc.tuple(arb.nonZeroVector(n, { max: 100 })))),
    throws("normalize the zero vector", "normalize", [[0, 0, 0]], "the zero vector has no direction (dividing by its length 0 gives NaN)"),
  ],
});
