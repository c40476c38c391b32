import { arb, defineSpec, detect, expect, fc, fixed, Mismatch, random, throws, type Args, type Check } from "latutor/kit";

function cosine(a: number[], b: number[]): number {
  const na = Math.hypot(...a);
  const nb = Math.hypot(...b);
  return a.reduce((s, x, i) => s + (x / na) * (b[i] / nb), 0);
}

const sameVector = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const NEAR_TIE = 1e-9;

/**
 * A valid top-k list: k distinct indices, ordered by similarity, no better item left out. Items
 * whose scores differ only by rounding may come in either order, except identical items, which
 * must keep catalogue order (the tie rule).
 */
const topK: Check = (got, { args }) => {
  const [query, items, k] = args as [number[], number[][], number];
  expect.expectVector(got, k);
  const seen = new Set<number>();
  for (const [pos, i] of got.entries()) {
    if (!Number.isInteger(i) || i < 0 || i >= items.length) throw new Mismatch(`position ${pos} holds ${i}, which is not an index of items (0 to ${items.length - 1})`, { got });
    if (seen.has(i)) throw new Mismatch(`index ${i} appears twice`, { got });
    seen.add(i);
  }
  const score = items.map((item) => cosine(query, item));
  for (let p = 0; p + 1 < got.length; p++) {
    const [i, j] = [got[p], got[p + 1]];
    if (score[j] > score[i] + NEAR_TIE) {
      throw new Mismatch(`item ${j} (similarity ${score[j].toFixed(4)}) comes after item ${i} (similarity ${score[i].toFixed(4)}); most similar first`, { got });
    }
    if (sameVector(items[i], items[j]) && j < i) {
      throw new Mismatch(`items ${j} and ${i} are equally similar (identical vectors), so the lower index ${j} comes first`, { got });
    }
  }
  const worst = got.length ? Math.min(...got.map((i) => score[i])) : Infinity;
  const missed = score.findIndex((s, i) => !seen.has(i) && s > worst + NEAR_TIE);
  if (missed >= 0) throw new Mismatch(`item ${missed} (similarity ${score[missed].toFixed(4)}) is missing, though it is more similar than item ${got[got.length - 1]}`, { got });
  for (let i = 0; i < items.length; i++) {
    for (const j of got) {
      if (!seen.has(i) && i < j && sameVector(items[i], items[j])) {
        throw new Mismatch(`item ${i} is identical to item ${j}, so the lower index ${i} should have been chosen`, { got });
      }
    }
  }
};

/** Indices ordered by `score`, highest first, ties by lower index: the list the learner was asked for. */
const ranking = ([query, items, k]: Args, score: (q: number[], item: number[]) => number) =>
  (items as number[][])
    .map((item, index) => ({ index, s: score(query as number[], item) }))
    .sort((x, y) => y.s - x.s || x.index - y.index)
    .slice(0, k as number)
    .map((x) => x.index);

const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

const songs = [
  [0.73, 0.51, 0.0], // Blinding Lights
  [0.69, 0.7, 0.03], // Levitating
  [0.34, 0.5, 0.75], // Someone Like You
  [0.8, 0.6, 0.1], // an upbeat track
  [0.2, 0.3, 0.9], // an acoustic ballad
];

const catalogue = arb.sized(1, 5, (n) =>
  fc
    .tuple(arb.nonZeroVector(n), fc.array(arb.nonZeroVector(n), { minLength: 1, maxLength: 12 }))
    .chain(([query, items]) => fc.tuple(fc.constant(query), fc.constant(items), fc.integer({ min: 0, max: items.length }))),
);

export default defineSpec({
  exercise: "similarity-search",
  params: { topKSimilar: ["query", "items", "k"] },
  diagnoses: [
    {
      id: "returns-scores",
      message: "return the indices of the items (0, 1, 2, …), not their similarity scores",
      section: "search",
      test: detect.whenResult("topKSimilar", (got) => Array.isArray(got) && got.some((x) => typeof x === "number" && !Number.isInteger(x))),
    },
    {
      id: "k-off-by-one",
      message: "the list has the wrong length: it must hold exactly k indices (slice(0, k))",
      section: "search",
      test: detect.whenResult("topKSimilar", (got, _e, args) => Array.isArray(got) && Math.abs(got.length - (args[2] as number)) === 1),
    },
    {
      id: "dot-not-cosine",
      message: "you rank by the dot product, which favours long vectors; rank by cosine similarity (the dot product of the directions)",
      section: "cosine",
      test: detect.whenResult("topKSimilar", (got, expected, args) => detect.near(got, ranking(args, dot)) && !detect.near(got, expected)),
    },
    {
      id: "ascending-order",
      message: "your list starts with the least similar item: sort by similarity from highest to lowest",
      section: "search",
      test: detect.whenResult("topKSimilar", (got, _e, args) => {
        const [q, items, k] = args as [number[], number[][], number];
        if (!Array.isArray(got) || got.length !== k || k < 2) return false;
        const all = items.map((item) => cosine(q, item));
        const s = (got as number[]).map((i) => all[i]);
        // Least similar first: scores rise along the list, and they are the k lowest.
        const lowest = [...all].sort((x, y) => x - y)[k - 1];
        return s.every((x, i) => i === 0 || x >= s[i - 1] - 1e-12) && s[s.length - 1] > s[0] + 1e-9 && s.every((x) => x <= lowest + 1e-12);
      }),
    },
    {
      id: "tie-order",
      message: "equally similar items must keep catalogue order: on a tie the lower index comes first (a stable sort, or compare indices when scores are equal)",
      section: "search",
      // Right items, and at every position an equally similar item, yet not the expected order.
      test: detect.whenResult("topKSimilar", (got, expected, args) => {
        const [q, items] = args as [number[], number[][], number];
        const e = expected as number[];
        if (!Array.isArray(got) || got.length !== e.length || detect.near(got, e)) return false;
        return (got as number[]).every((i, p) => Number.isInteger(i) && items[i] !== undefined && Math.abs(cosine(q, items[i]) - cosine(q, items[e[p]])) <= 1e-12);
      }),
    },
  ],
  checks: { topKSimilar: topK },
  cases: [
    fixed("songs like Blinding Lights", "topKSimilar", [songs[0], songs, 3], { description: "The song itself first (similarity 1), then the most alike." }),
    fixed("a query that is not in the catalogue", "topKSimilar", [[0.3, 0.4, 0.8], songs, 2]),
    fixed("k = 0", "topKSimilar", [[1, 0], [[1, 0], [0, 1]], 0], { description: "Asking for no items returns an empty list." }),
    fixed("k = every item", "topKSimilar", [[1, 1], [[0, 1], [1, 0], [1, 1]], 3]),
    fixed("ties keep catalogue order", "topKSimilar", [[1, 0], [[0, 1], [2, 1], [3, 0], [2, 1], [3, 0]], 4], {
      description: "Items 2 and 4 are identical, and so are 1 and 3: the lower index comes first.",
      tags: ["ties"],
    }),
    fixed("scores can be negative", "topKSimilar", [[1, 0], [[-1, 0], [-1, 1], [0, -1]], 2]),
    random("random catalogues", "topKSimilar", catalogue, { runs: 40 }),
    throws("k larger than the catalogue", "topKSimilar", [[1, 0], [[1, 0], [0, 1]], 3], "there are only 2 items"),
    throws("negative k", "topKSimilar", [[1, 0], [[1, 0]], -1], "k must be 0 or more"),
    throws("k is not a whole number", "topKSimilar", [[1, 0], [[1, 0], [0, 1]], 1.5], "k counts items, so it must be a whole number"),
    throws("an item of the wrong length", "topKSimilar", [[1, 0], [[1, 0], [1, 2, 3]], 1], "item 1 has 3 entries but the query has 2"),
    throws("a zero query", "topKSimilar", [[0, 0], [[1, 0], [0, 1]], 1], "a zero query has no direction to compare with"),
    throws("a zero item", "topKSimilar", [[1, 0], [[1, 0], [0, 0], [0, 1]], 1], "item 1 is the zero vector: it has no direction, so its similarity is undefined (the contract: a zero vector where a direction is needed throws)", {
      tags: ["zero"],
    }),
  ],
});
