// expect: pass
// Stochastic gradient descent over the observed ratings in shuffled order: learning rate 0.01, λ = 0.02, 200 epochs, seeded start in [0, 0.1).
import type { Matrix } from "../helpers";

type Model = { users: Matrix; items: Matrix };

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function factorize(ratings: (number | null)[][], k: number, options: { epochs?: number; lambda?: number; learningRate?: number; seed?: number } = {}): Model {
  const { epochs = 200, lambda = 0.02, learningRate = 0.01, seed = 7 } = options;
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive integer, got ${k}`);
  const n = ratings[0]?.length ?? 0;
  if (ratings.some((row) => row.length !== n)) throw new Error("every row of ratings needs the same length");
  const rand = rng(seed);
  const users = ratings.map(() => Array.from({ length: k }, () => 0.1 * rand()));
  const items = Array.from({ length: n }, () => Array.from({ length: k }, () => 0.1 * rand()));
  const seen: [number, number, number][] = [];
  ratings.forEach((row, u) => row.forEach((r, i) => r !== null && seen.push([u, i, r])));
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let t = seen.length - 1; t > 0; t--) {
      const j = Math.floor(rand() * (t + 1));
      [seen[t], seen[j]] = [seen[j], seen[t]];
    }
    for (const [u, i, r] of seen) {
      const pu = users[u];
      const qi = items[i];
      let pred = 0;
      for (let f = 0; f < k; f++) pred += pu[f] * qi[f];
      const err = r - pred;
      for (let f = 0; f < k; f++) {
        const a = pu[f];
        const b = qi[f];
        pu[f] += learningRate * (err * b - lambda * a);
        qi[f] += learningRate * (err * a - lambda * b);
      }
    }
  }
  return { users, items };
}

export function predictRating(model: Model, user: number, item: number): number {
  const p = model.users[user];
  const q = model.items[item];
  if (!p || !q) throw new Error(`user ${user} or item ${item} is not in the model`);
  return p.reduce((s, x, f) => s + x * q[f], 0);
}
