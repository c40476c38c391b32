// Reference implementation: the k items most similar to a query, by cosine similarity.
import { cosineSimilarity } from "./cosine-similarity";

export type Vector = number[];

export function topKSimilar(query: Vector, items: Vector[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0 || k > items.length) {
    throw new Error(`topKSimilar: k must be a whole number from 0 to ${items.length}, got ${k}`);
  }
  const scored = items.map((item, index) => ({ index, score: cosineSimilarity(query, item) }));
  // Most similar first; equal scores keep the lower index first. Scores that differ only in the
  // last bits (two ways of rounding the same cosine) count as equal.
  const TIE = 1e-12;
  scored.sort((x, y) => (Math.abs(y.score - x.score) <= TIE ? x.index - y.index : y.score - x.score));
  return scored.slice(0, k).map((s) => s.index);
}
