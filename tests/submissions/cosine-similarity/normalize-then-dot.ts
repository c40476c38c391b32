// expect: pass
// Normalises both vectors with the learner's own normalize (which refuses zero vectors), takes dot, then clamps.
import type { Vector } from "../helpers";
import { dot } from "./vector-arithmetic";
import { normalize } from "./norms";

export function cosineSimilarity(a: Vector, b: Vector): number {
  if (a.length !== b.length) {
    throw new Error(`cosineSimilarity: lengths differ (${a.length} vs ${b.length})`);
  }
  const c = dot(normalize(a), normalize(b));
  return Math.min(1, Math.max(-1, c));
}
