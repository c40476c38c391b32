// expect: pass
// ALS with weighted-λ regularisation (each user's and film's penalty scaled by its number of ratings, λ = 0.1), 15 sweeps.
import type { Matrix, Vector } from "../helpers";

type Model = { users: Matrix; items: Matrix };

function cholSolve(A: Matrix, b: Vector): Vector {
  const n = b.length;
  const L: Matrix = Array.from({ length: n }, () => new Array(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i][j];
      for (let t = 0; t < j; t++) s -= L[i][t] * L[j][t];
      L[i][j] = i === j ? Math.sqrt(s) : s / L[j][j];
    }
  }
  const y = new Array(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let t = 0; t < i; t++) s -= L[i][t] * y[t];
    y[i] = s / L[i][i];
  }
  const x = new Array(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let t = i + 1; t < n; t++) s -= L[t][i] * x[t];
    x[i] = s / L[i][i];
  }
  return x;
}

function half(count: number, other: Matrix, get: (a: number, b: number) => number | null, k: number, lambda: number): Matrix {
  return Array.from({ length: count }, (_, a) => {
    const A: Matrix = Array.from({ length: k }, () => new Array(k).fill(0));
    const b: Vector = new Array(k).fill(0);
    let n = 0;
    other.forEach((f, j) => {
      const r = get(a, j);
      if (r === null) return;
      n++;
      for (let p = 0; p < k; p++) {
        b[p] += r * f[p];
        for (let q = 0; q < k; q++) A[p][q] += f[p] * f[q];
      }
    });
    for (let p = 0; p < k; p++) A[p][p] += lambda * Math.max(1, n);
    return cholSolve(A, b);
  });
}

export function factorize(ratings: (number | null)[][], k: number, options: { epochs?: number; lambda?: number } = {}): Model {
  if (!(Number.isInteger(k) && k > 0)) throw new Error("k must be a positive whole number");
  const width = ratings[0].length;
  ratings.forEach((r, i) => {
    if (r.length !== width) throw new Error(`row ${i} has a different length`);
  });
  const lambda = options.lambda ?? 0.1;
  let s = 12345;
  const rand = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  let items: Matrix = Array.from({ length: width }, () => Array.from({ length: k }, () => rand()));
  let users: Matrix = [];
  for (let e = 0; e < (options.epochs ?? 15); e++) {
    users = half(ratings.length, items, (u, i) => ratings[u][i], k, lambda);
    items = half(width, users, (i, u) => ratings[u][i], k, lambda);
  }
  return { users, items };
}

export function predictRating(model: Model, user: number, item: number): number {
  if (!(user in model.users) || !(item in model.items)) throw new Error("unknown user or item");
  return model.users[user].reduce((acc, x, p) => acc + x * model.items[item][p], 0);
}
