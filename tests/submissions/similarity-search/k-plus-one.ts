// expect: fail k-off-by-one
// Collects results with i <= k, so it returns k + 1 indices (all of them when k = items.length).
import type { Vector } from "../helpers";
import { cosineSimilarity } from "./cosine-similarity";

export function topKSimilar(query: Vector, items: Vector[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0 || k > items.length) {
    throw new Error(`topKSimilar: k must be a whole number from 0 to ${items.length}, got ${k}`);
  }
  const scored = items.map((item, index) => ({ index, score: cosineSimilarity(query, item) }));
  scored.sort((x, y) => y.score - x.score || x.index - y.index);
  const result: number[] = [];
  for (let i = 0; i <= k && i < scored.length; i++) {
    result.push(scored[i].index);
  }
  return result;
}
