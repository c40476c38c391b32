// expect: pass
// Selection instead of sorting: k times, pick the best remaining index (strictly greater wins, so ties keep the lower index).
import type { Vector } from "../helpers";
import { dot } from "./vector-arithmetic";
import { norm2 } from "./norms";

function cosine(a: Vector, b: Vector): number {
  if (a.length !== b.length) throw new Error(`a vector has ${b.length} entries but the query has ${a.length}`);
  const na = norm2(a);
  const nb = norm2(b);
  if (na === 0 || nb === 0) throw new Error("a zero vector has no direction to compare");
  const c = dot(a.map((x) => x / na), b.map((x) => x / nb));
  return Math.max(-1, Math.min(1, c));
}

export function topKSimilar(query: Vector, items: Vector[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0 || k > items.length) {
    throw new Error(`topKSimilar: k = ${k} is not a whole number from 0 to ${items.length}`);
  }
  const scores = items.map((item) => cosine(query, item));
  const taken = new Array<boolean>(items.length).fill(false);
  const result: number[] = [];
  while (result.length < k) {
    let best = -1;
    for (let i = 0; i < items.length; i++) {
      if (taken[i]) continue;
      if (best === -1 || scores[i] > scores[best]) best = i;
    }
    taken[best] = true;
    result.push(best);
  }
  return result;
}
