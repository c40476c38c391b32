// Reference implementation: cosine similarity, the cosine of the angle between two vectors.
import { dot } from "./vector-arithmetic";
import { norm2 } from "./norms";

export type Vector = number[];

export function cosineSimilarity(a: Vector, b: Vector): number {
  if (a.length !== b.length) {
    throw new Error(`cosineSimilarity: vectors have different lengths (${a.length} and ${b.length})`);
  }
  const na = norm2(a);
  const nb = norm2(b);
  if (na === 0 || nb === 0) throw new Error("cosineSimilarity: a zero vector has no direction");
  // Divide before taking the dot product so that huge entries cannot overflow.
  const c = dot(a.map((x) => x / na), b.map((x) => x / nb));
  return Math.max(-1, Math.min(1, c));
}
