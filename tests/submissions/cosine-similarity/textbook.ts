// expect: pass, open: huge entries
// Straight from the lesson: a·b / (√(a·a) √(b·b)), no clamping, no scaling. [1, 8] vs [2, 16] gives 1.0000000000000002 (accepted with a note); 1e200 entries overflow (a challenge).
import type { Vector } from "../helpers";
import { dot } from "./vector-arithmetic";

export function cosineSimilarity(a: Vector, b: Vector): number {
  if (a.length !== b.length) {
    throw new Error(`cosineSimilarity: vectors have different lengths (${a.length} and ${b.length})`);
  }
  const lengthA = Math.sqrt(dot(a, a));
  const lengthB = Math.sqrt(dot(b, b));
  if (lengthA === 0 || lengthB === 0) {
    throw new Error("cosineSimilarity: a zero vector has no direction");
  }
  return dot(a, b) / (lengthA * lengthB);
}
