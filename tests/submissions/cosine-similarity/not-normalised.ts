// expect: fail not-normalised
// Returns the dot product a·b without dividing by the two lengths.
import type { Vector } from "../helpers";
import { dot } from "./vector-arithmetic";
import { norm2 } from "./norms";

export function cosineSimilarity(a: Vector, b: Vector): number {
  if (a.length !== b.length) {
    throw new Error(`cosineSimilarity: vectors have different lengths (${a.length} and ${b.length})`);
  }
  if (norm2(a) === 0 || norm2(b) === 0) {
    throw new Error("cosineSimilarity: a zero vector has no direction");
  }
  return dot(a, b);
}
