// expect: fail dot-not-cosine
// Ranks items by the raw dot product with the query, so longer vectors win over better-aligned ones.
import type { Vector } from "../helpers";
import { dot } from "./vector-arithmetic";
import { norm2 } from "./norms";

export function topKSimilar(query: Vector, items: Vector[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0 || k > items.length) {
    throw new Error(`topKSimilar: k must be a whole number from 0 to ${items.length}, got ${k}`);
  }
  if (norm2(query) === 0) throw new Error("topKSimilar: the query is the zero vector, which has no direction");
  const scored = items.map((item, index) => {
    if (norm2(item) === 0) throw new Error(`topKSimilar: item ${index} is the zero vector`);
    return { index, score: dot(query, item) };
  });
  scored.sort((x, y) => y.score - x.score || x.index - y.index);
  return scored.slice(0, k).map((s) => s.index);
}
