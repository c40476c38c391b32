// Exercise: cosine-similarity (topic 01-vectors)
//
// How alike are the directions of two vectors? cos θ = (a · b) / (‖a‖ ‖b‖), a number in [−1, 1]:
// 1 for the same direction, 0 for perpendicular, −1 for opposite.
//   cosineSimilarity([1, 0], [0, 1])                         → 0
//   cosineSimilarity([0.73, 0.51, 0.00], [0.69, 0.70, 0.03]) → 0.983…
//
// Rules: throw an Error when the lengths differ or either vector is zero (no direction).
// You may import your own functions, e.g.  import { dot } from "./vector-arithmetic";
//
// Check your work:  latutor check cosine-similarity     Stuck?  latutor hint cosine-similarity
import type { Vector } from "../helpers";

export function cosineSimilarity(a: Vector, b: Vector): number {
  // TODO
  throw new Error("TODO: implement cosineSimilarity(a, b)");
}
