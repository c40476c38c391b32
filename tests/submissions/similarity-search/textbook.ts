// expect: pass
// Straight from the lesson: score every item with cosineSimilarity, sort a copy by score (ties by index), keep k.
import type { Vector } from "../helpers";
import { cosineSimilarity } from "./cosine-similarity";

export function topKSimilar(query: Vector, items: Vector[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0 || k > items.length) throw new Error(`k must be a whole number from 0 to ${items.length}, got ${k}`);
  const scored = items.map((item, index) => ({ index, score: cosineSimilarity(query, item) }));
  scored.sort((x, y) => y.score - x.score || x.index - y.index);
  return scored.slice(0, k).map((s) => s.index);
}
