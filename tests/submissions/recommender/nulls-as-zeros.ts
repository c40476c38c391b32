// expect: fail nulls-as-zeros
// ALS that reads every missing rating as 0 (r ?? 0) and sums over ALL entries, not just the observed ones.
import type { Matrix, Vector } from "../helpers";

type Model = { users: Matrix; items: Matrix };

function solve(A: Matrix, b: Vector): Vector {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let j = c; j <= n; j++) M[r][j] -= f * M[c][j];
    }
  }
  const x = new Array(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i][n];
    for (let j = i + 1; j < n; j++) s -= M[i][j] * x[j];
    x[i] = s / M[i][i];
  }
  return x;
}

export function factorize(ratings: (number | null)[][], k: number): Model {
  if (!Number.isInteger(k) || k < 1) throw new Error("k must be a whole number >= 1");
  const n = ratings[0].length;
  if (ratings.some((r) => r.length !== n)) throw new Error("ragged ratings");
  const R = ratings.map((row) => row.map((r) => r ?? 0));
  const lambda = 1;
  let items: Matrix = R[0].map(() => Array.from({ length: k }, () => Math.random()));
  let users: Matrix = [];
  for (let e = 0; e < 20; e++) {
    users = R.map((row) => {
      const A = Array.from({ length: k }, (_, p) => Array.from({ length: k }, (_, q) => (p === q ? lambda : 0) + items.reduce((s, v) => s + v[p] * v[q], 0)));
      return solve(A, Array.from({ length: k }, (_, p) => row.reduce((s, r, i) => s + r * items[i][p], 0)));
    });
    items = R[0].map((_, i) => {
      const A = Array.from({ length: k }, (_, p) => Array.from({ length: k }, (_, q) => (p === q ? lambda : 0) + users.reduce((s, u) => s + u[p] * u[q], 0)));
      return solve(A, Array.from({ length: k }, (_, p) => R.reduce((s, row, u) => s + row[i] * users[u][p], 0)));
    });
  }
  return { users, items };
}

export function predictRating(model: Model, user: number, item: number): number {
  if (!model.users[user] || !model.items[item]) throw new Error("out of range");
  return model.users[user].reduce((s, x, p) => s + x * model.items[item][p], 0);
}
