// expect: fail mean-left-out
// SGD on ratings centred by their overall mean μ, which then never comes back: the factors predict r − μ.
import type { Matrix } from "../helpers";

type Model = { users: Matrix; items: Matrix };

export function factorize(ratings: (number | null)[][], k: number): Model {
  if (!Number.isInteger(k) || k < 1) throw new Error("k must be a whole number >= 1");
  const n = ratings[0].length;
  if (ratings.some((r) => r.length !== n)) throw new Error("ragged ratings");
  const seen: [number, number, number][] = [];
  ratings.forEach((row, u) => row.forEach((r, i) => r !== null && seen.push([u, i, r])));
  const mu = seen.reduce((s, t) => s + t[2], 0) / seen.length;
  let x = 1;
  const rand = () => ((x = (x * 48271) % 2147483647) / 2147483647);
  const users = ratings.map(() => Array.from({ length: k }, () => 0.1 * rand()));
  const items = ratings[0].map(() => Array.from({ length: k }, () => 0.1 * rand()));
  for (let epoch = 0; epoch < 300; epoch++) {
    for (const [u, i, r] of seen) {
      let p = 0;
      for (let f = 0; f < k; f++) p += users[u][f] * items[i][f];
      const err = r - mu - p;
      for (let f = 0; f < k; f++) {
        const a = users[u][f];
        users[u][f] += 0.02 * (err * items[i][f] - 0.02 * a);
        items[i][f] += 0.02 * (err * a - 0.02 * items[i][f]);
      }
    }
  }
  return { users, items };
}

export function predictRating(model: Model, user: number, item: number): number {
  if (!model.users[user] || !model.items[item]) throw new Error("out of range");
  return model.users[user].reduce((s, x, p) => s + x * model.items[item][p], 0);
}
