// expect: fail zero-not-refused
// Never checks for a zero vector: dividing by a zero norm gives NaN, which comes back instead of an Error.
import type { Vector } from "../helpers";
import { dot } from "./vector-arithmetic";
import { norm2 } from "./norms";

export function cosineSimilarity(a: Vector, b: Vector): number {
  if (a.length !== b.length) {
    throw new Error(`cosineSimilarity: vectors have different lengths (${a.length} and ${b.length})`);
  }
  const na = norm2(a);
  const nb = norm2(b);
  const c = dot(a.map((x) => x / na), b.map((x) => x / nb));
  return Math.max(-1, Math.min(1, c));
}
