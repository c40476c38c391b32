// expect: pass
// Scores once, then stable-sorts the list of indices by score alone (the stable sort keeps lower indices first on ties).
import type { Vector } from "../helpers";
import { cosineSimilarity } from "./cosine-similarity";

export function topKSimilar(query: Vector, items: Vector[], k: number): number[] {
  if (!Number.isInteger(k)) throw new Error(`k must be a whole number, got ${k}`);
  if (k < 0 || k > items.length) throw new Error(`k must be between 0 and ${items.length}, got ${k}`);
  const scores = items.map((item) => cosineSimilarity(query, item));
  const order = items.map((_, i) => i);
  order.sort((i, j) => scores[j] - scores[i]);
  return order.slice(0, k);
}
