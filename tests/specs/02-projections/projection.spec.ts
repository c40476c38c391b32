import { arb, defineSpec, detect, expect, fc, fixed, random, throws, type Check } from "latutor/kit";

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
  diagnoses: [
    {
      id: "divides-by-norm",
      message: "divide u·v by v·v (= ‖v‖²), not by ‖v‖: v appears twice in the formula, so its length must cancel twice",
      section: "projection",
      test: detect.whenResult("project", (got, expected, [, v]) => {
        const c = detect.scaleFactor(got, expected);
        const len = Math.hypot(...(v as number[]));
        return c !== undefined && Math.abs(len - 1) > 1e-6 && (Math.abs(c - len) < 1e-6 * len || Math.abs(c - 1 / len) < 1e-6 / len);
      }),
    },
    {
      id: "no-clamp",
      message: "for parallel vectors the computed cosine can be 1.0000000000000002 and Math.acos of it is NaN: clamp the cosine into [−1, 1] first",
      section: "clamping",
      test: detect.whenResult("angleBetween", (got) => typeof got === "number" && Number.isNaN(got)),
    },
    {
      id: "reject-reversed",
      message: "reject(u, v) is u minus its projection, u − project(u, v); yours is the other way round",
      section: "rejection",
      test: detect.whenResult("reject", detect.negated),
    },
    {
      id: "degrees",
      message: "angleBetween must return radians (0 to π): Math.acos already gives radians, so drop the ·180/π",
      section: "angles",
      test: detect.whenResult("angleBetween", (got, expected) => typeof got === "number" && (expected as number) > 1e-6 && Math.abs(got - ((expected as number) * 180) / Math.PI) < 1e-6 * got),
    },
    {
      id: "zero-not-refused",
      message: "the zero vector spans no line and has no direction: throw an Error for it instead of dividing by 0",
      section: "projection",
      test: detect.returnedInsteadOfThrowing(undefined, "zero"),
    },
  ],
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
    fixed("project onto a tiny vector", "project", [[3, 4], [1e-200, 0]], {
      description: "v = [1e-200, 0] spans the x-axis, but v·v underflows to 0: scale v by its largest entry before dividing.",
      tags: ["extreme"],
      tier: "challenge",
      section: "zero-vector",
    }),
    fixed("reject from the x-axis", "reject", [[3, 4], [1, 0]]),
    fixed("reject from a diagonal", "reject", [[2, 0], [1, 1]]),
    random("reject random vectors", "reject", pair, { runs: 40 }),
    fixed("right angle", "angleBetween", [[1, 0], [0, 2]]),
    fixed("opposite directions", "angleBetween", [[1, 0], [-3, 0]]),
    fixed("60 degrees", "angleBetween", [[1, 0], [1, Math.sqrt(3)]]),
    fixed("parallel vectors", "angleBetween", [[1, 8], [2, 16]], {
      description: "The computed cosine is 1.0000000000000002 here, and Math.acos of that is NaN: clamp it into [−1, 1].",
      tags: ["parallel"],
    }),
    fixed("antiparallel vectors", "angleBetween", [[1, 8], [-2, -16]], { description: "Rounding gives a cosine of −1.0000000000000002: clamp it.", tags: ["parallel"] }),
    random("angles between random vectors", "angleBetween", bothNonZero, { runs: 40 }),
    throws("project onto the zero vector", "project", [[1, 2], [0, 0]], "the zero vector spans no line (v·v = 0)", { tags: ["zero"] }),
    throws("reject from the zero vector", "reject", [[1, 2], [0, 0]], "the zero vector spans no line", { tags: ["zero"] }),
    throws("angle with the zero vector", "angleBetween", [[0, 0, 0], [1, 2, 3]], "the zero vector has no direction", { tags: ["zero"] }),
    throws("project: different lengths", "project", [[1, 2, 3], [1, 2]], "the vectors have different lengths"),
    throws("angle: different lengths", "angleBetween", [[1, 2], [1, 2, 3]], "the vectors have different lengths"),
  ],
});
