// expect: pass
// Alternating least squares from the lesson: random start, λ = 1, 20 sweeps, each user (then film) a small ridge solve.
import type { Matrix, Vector } from "../helpers";

export interface Model {
  users: Matrix;
  items: Matrix;
}

function solve(A: Matrix, b: Vector): Vector {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
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

export function factorize(ratings: (number | null)[][], k: number, options: { epochs?: number; lambda?: number } = {}): Model {
  const epochs = options.epochs ?? 20;
  const lambda = options.lambda ?? 1;
  if (!Number.isInteger(k) || k < 1) throw new Error("k must be a whole number >= 1");
  const m = ratings.length;
  const n = ratings[0].length;
  for (const row of ratings) if (row.length !== n) throw new Error("ragged ratings");
  let users: Matrix = [];
  let items: Matrix = [];
  for (let i = 0; i < n; i++) items.push(Array.from({ length: k }, () => Math.random()));
  for (let e = 0; e < epochs; e++) {
    users = [];
    for (let u = 0; u < m; u++) {
      const A: Matrix = Array.from({ length: k }, (_, p) => Array.from({ length: k }, (_, q) => (p === q ? lambda : 0)));
      const b: Vector = new Array(k).fill(0);
      for (let i = 0; i < n; i++) {
        const r = ratings[u][i];
        if (r === null) continue;
        for (let p = 0; p < k; p++) {
          b[p] += r * items[i][p];
          for (let q = 0; q < k; q++) A[p][q] += items[i][p] * items[i][q];
        }
      }
      users.push(solve(A, b));
    }
    items = [];
    for (let i = 0; i < n; i++) {
      const A: Matrix = Array.from({ length: k }, (_, p) => Array.from({ length: k }, (_, q) => (p === q ? lambda : 0)));
      const b: Vector = new Array(k).fill(0);
      for (let u = 0; u < m; u++) {
        const r = ratings[u][i];
        if (r === null) continue;
        for (let p = 0; p < k; p++) {
          b[p] += r * users[u][p];
          for (let q = 0; q < k; q++) A[p][q] += users[u][p] * users[u][q];
        }
      }
      items.push(solve(A, b));
    }
  }
  return { users, items };
}

export function predictRating(model: Model, user: number, item: number): number {
  if (!Number.isInteger(user) || user < 0 || user >= model.users.length) throw new Error("no such user");
  if (!Number.isInteger(item) || item < 0 || item >= model.items.length) throw new Error("no such item");
  let s = 0;
  for (let p = 0; p < model.users[user].length; p++) s += model.users[user][p] * model.items[item][p];
  return s;
}
