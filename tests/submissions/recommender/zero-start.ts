// expect: fail factors-never-moved
// SGD that starts every factor at 0: every gradient is 0, so nothing ever moves.
import type { Matrix } from "../helpers";

type Model = { users: Matrix; items: Matrix };

export function factorize(ratings: (number | null)[][], k: number): Model {
  if (!Number.isInteger(k) || k < 1) throw new Error("k must be a whole number >= 1");
  const n = ratings[0].length;
  if (ratings.some((r) => r.length !== n)) throw new Error("ragged ratings");
  const users = ratings.map(() => new Array(k).fill(0));
  const items = ratings[0].map(() => new Array(k).fill(0));
  for (let epoch = 0; epoch < 200; epoch++) {
    ratings.forEach((row, u) =>
      row.forEach((r, i) => {
        if (r === null) return;
        let p = 0;
        for (let f = 0; f < k; f++) p += users[u][f] * items[i][f];
        const err = r - p;
        for (let f = 0; f < k; f++) {
          const a = users[u][f];
          users[u][f] += 0.01 * (err * items[i][f] - 0.02 * a);
          items[i][f] += 0.01 * (err * a - 0.02 * items[i][f]);
        }
      }),
    );
  }
  return { users, items };
}

export function predictRating(model: Model, user: number, item: number): number {
  if (!model.users[user] || !model.items[item]) throw new Error("out of range");
  return model.users[user].reduce((s, x, p) => s + x * model.items[item][p], 0);
}
