import { arb, defineSpec, expect, fc, fixed, random, throws, type Check } from "../../../src/grader/kit";

const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

const projectCheck: Check = (got, { args, expected }) => {
  const [u] = args as [number[], number[]];
  expect.closeVector(got, expected as number[], { rel: 1e-12, abs: 1e-12 * Math.max(1, ...u.map(Math.abs)) });
};

/** The rest must match and be perpendicular to v. */
const rejectCheck: Check = (got, ctx) => {
  projectCheck(got, ctx);
  const [u, v] = ctx.args as [number[], number[]];
  const scale = Math.hypot(...u) * Math.hypot(...v);
  const off = Math.abs(dot(got as number[], v));
  if (off > 1e-10 * Math.max(1, scale)) throw new expect.Mismatch(`reject(u, v) should be perpendicular to v, but its dot product with v is ${off}`);
};

/** acos loses digits near 0 and π, so angles are compared to about 1e-7 radians. */
const angleCheck: Check = (got, { expected }) => {
  expect.closeScalar(got, expected as number, { rel: 0, abs: 1e-7 });
  if ((got as number) < 0 || (got as number) > Math.PI + 1e-12) throw new expect.Mismatch(`an angle between vectors lies in [0, π], got ${got}`);
};

const pair = arb.sized(1, 6, (n) => fc.tuple(arb.vector(n), arb.nonZeroVector(n)));
const bothNonZero = arb.sized(1, 6, (n) => fc.tuple(arb.nonZeroVector(n), arb.nonZeroVector(n)));

export default defineSpec({
  exercise: "projection",
  params: { project: ["u", "v"], reject: ["u", "v"], angleBetween: ["a", "b"] },
  checks: { project: projectCheck, reject: rejectCheck, angleBetween: angleCheck },
  cases: [
    fixed("project onto the x-axis", "project", [[3, 4], [1, 0]]),
    fixed("project onto a longer vector", "project", [[3, 4], [2, 0]], {
      description: "The shadow does not depend on v's length: divide by v·v, not by ‖v‖ (that would give [6, 0]).",
    }),
    fixed("project onto a diagonal", "project", [[2, 0], [1, 1]]),
    fixed("project a perpendicular vector", "project", [[1, 1], [1, -1]], { description: "Perpendicular vectors cast no shadow on each other." }),
    fixed("project onto an opposite direction", "project", [[3, 4], [-1, 0]], { description: "The shadow lies on the line through v, whichever way v points." }),
    random("project random vectors", "project", pair, { runs: 40 }),
    fixed("reject from the x-axis", "reject", [[3, 4], [1, 0]]),
    fixed("reject from a diagonal", "reject", [[2, 0], [1, 1]]),
    random("reject random vectors", "reject", pair, { runs: 40 }),
    fixed("right angle", "angleBetween", [[1, 0], [0, 2]]),
    fixed("opposite directions", "angleBetween", [[1, 0], [-3, 0]]),
    fixed("60 degrees", "angleBetween", [[1, 0], [1, Math.sqrt(3)]]),
    fixed("parallel vectors", "angleBetween", [[1, 8], [2, 16]], {
      description: "The computed cosine is 1.0000000000000002 here, and Math.acos of that is NaN: clamp it into [−1, 1].",
    }),
    fixed("antiparallel vectors", "angleBetween", [[1, 8], [-2, -16]], { description: "Rounding gives a cosine of −1.0000000000000002: clamp it." }),
    random("angles between random vectors", "angleBetween", bothNonZero, { runs: 40 }),
    throws("project onto the zero vector", "project", [[1, 2], [0, 0]], "the zero vector spans no line (v·v = 0)"),
    throws("reject from the zero vector", "reject", [[1, 2], [0, 0]], "the zero vector spans no line"),
    throws("angle with the zero vector", "angleBetween", [[0, 0, 0], [1, 2, 3]], "the zero vector has no direction"),
    throws("project: different lengths", "project", [[1, 2, 3], [1, 2]], "the vectors have different lengths"),
    throws("angle: different lengths", "angleBetween", [[1, 2], [1, 2, 3]], "the vectors have different lengths"),
  ],
});
