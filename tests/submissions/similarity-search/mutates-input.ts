// expect: fail mutates-input
// Remembers each item's index, then sorts the caller's items array itself (Array.prototype.sort works in place).
import type { Vector } from "../helpers";
import { cosineSimilarity } from "./cosine-similarity";

export function topKSimilar(query: Vector, items: Vector[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0 || k > items.length) {
    throw new Error(`topKSimilar: k must be a whole number from 0 to ${items.length}, got ${k}`);
  }
  const score = new Map<Vector, number>();
  const position = new Map<Vector, number>();
  items.forEach((item, index) => {
    score.set(item, cosineSimilarity(query, item));
    position.set(item, index);
  });
  const ranked = items.sort((x, y) => score.get(y)! - score.get(x)!);
  return ranked.slice(0, k).map((item) => position.get(item)!);
}
