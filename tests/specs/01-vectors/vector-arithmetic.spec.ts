import { arb, defineSpec, detect, expect, fc, fixed, random, throws, type Check } from "latutor/kit";

/** Element-wise results are exact in floating point up to a last-bit rounding. */
const elementwise: Check = (got, { expected }) => expect.closeVector(got, expected as number[], { rel: 1e-12, abs: 0 });

/** A sum of n products is accurate to about n·ε·Σ|aᵢbᵢ| whatever order it is added in. */
const dotCheck: Check = (got, { args, expected }) => {
  const [a, b] = args as [number[], number[]];
  const magnitude = a.reduce((s, x, i) => s + Math.abs(x * b[i]), 0);
  expect.closeScalar(got, expected as number, { rel: 0, abs: expect.tolerance({ n: a.length, factor: 4 }) * magnitude });
};

const pair = (min: number, max: number) => arb.sized(min, max, (n) => fc.tuple(arb.vector(n), arb.vector(n)));

export default defineSpec({
  exercise: "vector-arithmetic",
  params: { add: ["a", "b"], subtract: ["a", "b"], scale: ["c", "v"], hadamard: ["a", "b"], dot: ["a", "b"] },
  diagnoses: [
    {
      id: "length-check",
      message: "with vectors of different lengths there is no answer: throw an Error (check a.length !== b.length first)",
      section: "arithmetic",
      test: detect.returnedInsteadOfThrowing(),
    },
    {
      id: "subtract-reversed",
      message: "subtract(a, b) is a − b, but yours computes b − a",
      section: "arithmetic",
      test: detect.whenResult("subtract", detect.negated),
    },
    {
      id: "dot-not-summed",
      message: "dot returns the products a[i]·b[i] as an array; the dot product is their sum, one number",
      section: "dot-product",
      test: detect.whenResult("dot", (got) => Array.isArray(got)),
    },
    {
      id: "last-entry-skipped",
      message: "the last pair of entries is left out of the sum: check the loop bound (i < a.length)",
      section: "dot-product",
      test: detect.whenResult("dot", (got, expected, [a, b]) => {
        const [x, y] = [a as number[], b as number[]];
        if (x.length < 2) return false; // with one entry, "left out" and "got 0" look the same
        const last = x[x.length - 1] * y[y.length - 1];
        return last !== 0 && typeof got === "number" && Math.abs(got - ((expected as number) - last)) <= 1e-9 * (1 + Math.abs(expected as number));
      }),
    },
  ],
  complexity: {
    call: "dot",
    sizes: [2000, 4000, 8000, 16000],
    // Distinct values, so that a search inside the loop really has to scan.
    args: (n) => [Array.from({ length: n }, (_, i) => i / n - 0.5), Array.from({ length: n }, (_, i) => 1 - i / n)],
    expected: 1,
    hint: "a dot product touches each pair once; is something searching the arrays inside the loop (indexOf, includes, find)?",
  },
  checks: { add: elementwise, subtract: elementwise, scale: elementwise, hadamard: elementwise, dot: dotCheck },
  cases: [
    fixed("add two 3-vectors", "add", [[1, 2, 3], [4, 5, 6]]),
    fixed("add empty vectors", "add", [[], []], { description: "Two vectors with no entries add up to an empty vector." }),
    random("add random vectors", "add", pair(1, 8)),
    fixed("subtract is a − b, not b − a", "subtract", [[5, 1], [2, 3]]),
    random("subtract random vectors", "subtract", pair(1, 8)),
    fixed("scale by a negative number", "scale", [-2, [1, -3, 0.5]]),
    fixed("scale by zero", "scale", [0, [4, -2]]),
    fixed("scale by one", "scale", [1, [4, -2, 7]], { description: "The same numbers, but in a new array: a caller may change the result without changing v." }),
    random("scale random vectors", "scale", fc.tuple(arb.entry(), arb.sized(1, 8, (n) => arb.vector(n)))),
    fixed("hadamard of two 3-vectors", "hadamard", [[1, 2, 3], [4, 5, 6]]),
    random("hadamard of random vectors", "hadamard", pair(1, 8)),
    fixed("dot of [1,2,3] and [4,5,6]", "dot", [[1, 2, 3], [4, 5, 6]], { description: "1·4 + 2·5 + 3·6 = 32." }),
    fixed("dot of [1,2] and [3,4]", "dot", [[1, 2], [3, 4]]),
    fixed("dot of empty vectors", "dot", [[], []], { description: "An empty sum is 0." }),
    fixed("dot of perpendicular vectors", "dot", [[2, -1], [1, 2]]),
    random("dot of random vectors", "dot", pair(1, 10)),
    throws("add: different lengths", "add", [[1, 2, 3], [1, 2]], "the vectors have different lengths"),
    throws("subtract: different lengths", "subtract", [[1], [1, 2]], "the vectors have different lengths"),
    throws("hadamard: different lengths", "hadamard", [[1, 2], [3]], "the vectors have different lengths"),
    throws("dot: different lengths", "dot", [[1, 2, 3], [4, 5]], "the vectors have different lengths (a loop over a.length would read b[2], which is undefined)"),
  ],
});
