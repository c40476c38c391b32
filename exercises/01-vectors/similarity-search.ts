// Exercise: similarity-search (topic 01-vectors)
//
// The song recommender: given a query vector and a catalogue of item vectors, return the
// indices of the k items most similar to the query by cosine similarity, most similar first.
// Items with equal similarity keep their catalogue order (lower index first).
//   topKSimilar([1, 0], [[0, 1], [1, 0.1], [2, 0]], 2) → [2, 1]
//
// Rules: never change the inputs; throw an Error when k is not a whole number from 0 to
// items.length, or when a vector has the wrong length or is zero.
//
// Check your work:  latutor check similarity-search     Stuck?  latutor hint similarity-search
import type { Vector } from "../helpers";

export function topKSimilar(query: Vector, items: Vector[], k: number): number[] {
  // TODO
  throw new Error("TODO: implement topKSimilar(query, items, k)");
}
