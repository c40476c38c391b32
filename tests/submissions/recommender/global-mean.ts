// expect: fail global-mean
// Predicts the mean of all observed ratings for everyone: the factors are [√μ, 0, …] for every user and film.
import type { Matrix } from "../helpers";

type Model = { users: Matrix; items: Matrix };

export function factorize(ratings: (number | null)[][], k: number): Model {
  if (!Number.isInteger(k) || k < 1) throw new Error("bad k");
  const n = ratings[0].length;
  if (ratings.some((r) => r.length !== n)) throw new Error("ragged");
  const seen = ratings.flat().filter((r): r is number => r !== null);
  const mu = seen.reduce((a, b) => a + b, 0) / seen.length;
  const row = () => Array.from({ length: k }, (_, p) => (p === 0 ? Math.sqrt(mu) : 0));
  return { users: ratings.map(row), items: ratings[0].map(row) };
}

export function predictRating(model: Model, user: number, item: number): number {
  if (!model.users[user] || !model.items[item]) throw new Error("out of range");
  return model.users[user].reduce((s, x, p) => s + x * model.items[item][p], 0);
}
