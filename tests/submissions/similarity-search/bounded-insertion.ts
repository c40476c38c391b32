// expect: pass
// Keeps a sorted list of at most k (index, score) pairs and inserts each new item after every equal-or-better one.
import type { Vector } from "../helpers";
import { cosineSimilarity } from "./cosine-similarity";

interface Ranked {
  index: number;
  score: number;
}

export function topKSimilar(query: Vector, items: Vector[], k: number): number[] {
  if (typeof k !== "number" || !Number.isInteger(k) || k < 0 || k > items.length) {
    throw new Error(`topKSimilar: expected k to be an integer in [0, ${items.length}], got ${k}`);
  }
  const best: Ranked[] = [];
  items.forEach((item, index) => {
    const score = cosineSimilarity(query, item);
    let pos = best.length;
    while (pos > 0 && best[pos - 1].score < score) pos--;
    if (pos < k) {
      best.splice(pos, 0, { index, score });
      if (best.length > k) best.pop();
    }
  });
  return best.map((r) => r.index);
}
