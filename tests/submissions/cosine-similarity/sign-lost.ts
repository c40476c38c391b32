// expect: fail sign-lost
// Returns Math.abs of the cosine, so opposite directions come out as +1 instead of −1.
import type { Vector } from "../helpers";
import { dot } from "./vector-arithmetic";
import { norm2 } from "./norms";

export function cosineSimilarity(a: Vector, b: Vector): number {
  if (a.length !== b.length) {
    throw new Error(`cosineSimilarity: vectors have different lengths (${a.length} and ${b.length})`);
  }
  const na = norm2(a);
  const nb = norm2(b);
  if (na === 0 || nb === 0) {
    throw new Error("cosineSimilarity: a zero vector has no direction");
  }
  const c = dot(a.map((x) => x / na), b.map((x) => x / nb));
  return Math.abs(Math.max(-1, Math.min(1, c)));
}
