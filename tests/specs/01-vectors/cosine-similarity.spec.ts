import { arb, defineSpec, detect, expect, fc, fixed, Mismatch, random, throws, type Check } from "latutor/kit";

const blindingLights = [0.73, 0.51, 0.0];
const levitating = [0.69, 0.7, 0.03];
const someoneLikeYou = [0.34, 0.5, 0.75];

const cosine: Check = (got, { args, expected, note }) => {
  expect.expectNumber(got);
  const [a] = args as [number[]];
  const tol = expect.tolerance({ n: a.length, factor: 64 });
  if (got > 1 || got < -1) {
    // A few roundings past ±1 is what the plain formula gives for parallel vectors: right within
    // the contract's tolerance, so it passes, with a word on why clamping matters.
    if (Math.abs(got) - 1 > tol) throw new Mismatch(`the result ${got} lies outside [−1, 1]: a cosine never does; is the dot product divided by both lengths?`, { got, expected });
    note(`${got} lies a rounding outside [−1, 1]. Accepted, but Math.acos of it is NaN: clamp with Math.min(1, Math.max(-1, c)) before anyone takes an angle from it.`);
  }
  expect.closeScalar(got, expected as number, { rel: 0, abs: tol });
};

const nonZeroPair = arb.sized(1, 8, (n) => fc.tuple(arb.nonZeroVector(n), arb.nonZeroVector(n)));

export default defineSpec({
  exercise: "cosine-similarity",
  params: { cosineSimilarity: ["a", "b"] },
  diagnoses: [
    {
      id: "not-normalised",
      message: "you return the dot product; cosine similarity divides it by both lengths, a·b / (‖a‖‖b‖)",
      section: "cosine",
      test: detect.whenResult("cosineSimilarity", (got, _e, [a, b]) => detect.near(got, (a as number[]).reduce((s, x, i) => s + x * (b as number[])[i], 0))),
    },
    {
      id: "sign-lost",
      message: "opposite directions must give a negative similarity: the sign is lost somewhere (Math.abs?)",
      section: "cosine",
      test: detect.whenResult("cosineSimilarity", (got, expected) => (expected as number) < -1e-9 && detect.near(got, -(expected as number))),
    },
    {
      id: "zero-not-refused",
      message: "a zero vector has no direction, so no angle: throw an Error instead of dividing by 0",
      section: "cosine",
      test: detect.returnedInsteadOfThrowing(undefined, "zero"),
    },
  ],
  checks: { cosineSimilarity: cosine },
  cases: [
    fixed("songs: Blinding Lights vs Levitating", "cosineSimilarity", [blindingLights, levitating], { description: "Two upbeat pop songs: about 0.983." }),
    fixed("songs: Blinding Lights vs Someone Like You", "cosineSimilarity", [blindingLights, someoneLikeYou], { description: "A dance track and a ballad: about 0.587." }),
    fixed("songs: Levitating vs Someone Like You", "cosineSimilarity", [levitating, someoneLikeYou]),
    fixed("perpendicular vectors", "cosineSimilarity", [[1, 0], [0, 1]]),
    fixed("opposite vectors", "cosineSimilarity", [[1, 2], [-2, -4]]),
    fixed("same direction, different lengths", "cosineSimilarity", [[1, 8], [2, 16]], {
      description: "Exactly 1 in exact arithmetic; a plain a·b / (‖a‖‖b‖) rounds to 1.0000000000000002 here, which is accepted with a note.",
      tags: ["parallel"],
    }),
    random("random vectors", "cosineSimilarity", nonZeroPair, { runs: 40 }),
    fixed("huge entries", "cosineSimilarity", [[1e200, 0], [1e200, 1e200]], {
      description: "Entries near 1e200: a·b and ‖a‖·‖b‖ both overflow to Infinity (and Infinity / Infinity is NaN) unless each vector is scaled down first.",
      tags: ["extreme"],
      tier: "challenge",
      section: "overflow",
    }),
    throws("a zero vector", "cosineSimilarity", [[0, 0], [1, 2]], "a zero vector has no direction, so no angle", { tags: ["zero"] }),
    throws("different lengths", "cosineSimilarity", [[1, 2, 3], [1, 2]], "the vectors have different lengths"),
  ],
});
