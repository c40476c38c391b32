// expect: pass
// Norms from Math.hypot; divides a by its norm before the dot product and the result by ‖b‖ after, then clamps.
import type { Vector } from "../helpers";
import { dot } from "./vector-arithmetic";

export function cosineSimilarity(a: Vector, b: Vector): number {
  if (a.length !== b.length) throw new Error(`vectors of lengths ${a.length} and ${b.length} cannot be compared`);
  const na = Math.hypot(...a);
  const nb = Math.hypot(...b);
  if (na === 0) throw new Error("the first vector is zero: it has no direction");
  if (nb === 0) throw new Error("the second vector is zero: it has no direction");
  const unitA = a.map((x) => x / na);
  const c = dot(unitA, b) / nb;
  return Math.max(-1, Math.min(1, c));
}
