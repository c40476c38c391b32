import { arb, defineSpec, expect, fc, fixed, random, throws, type Check } from "../../../src/grader/kit";

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
    }),
    fixed("norm2 with tiny entries", "norm2", [[3e-200, -4e-200]], {
      description: "(3e-200)² underflows to 0, yet the length is 5e-200: divide by the largest entry before squaring.",
    }),
    fixed("normInf of [3, -4]", "normInf", [[3, -4]], { description: "The largest absolute value is 4 (from −4), not 3." }),
    fixed("normInf of the empty vector", "normInf", [[]]),
    random("normInf of random vectors", "normInf", anyVector),
    fixed("normalize [3, -4]", "normalize", [[3, -4]]),
    fixed("normalize a vector with huge entries", "normalize", [[1e200, 1e200]]),
    random("normalize random vectors", "normalize", arb.sized(1, 10, (n) => fc.tuple(arb.nonZeroVector(n, { max: 100 })))),
    throws("normalize the zero vector", "normalize", [[0, 0, 0]], "the zero vector has no direction (dividing by its length 0 gives NaN)"),
  ],
});
