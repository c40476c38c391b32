// Reference implementation: a rating predictor by matrix factorisation, trained by alternating
// least squares (ALS) on the observed ratings only, with L2 regularisation.
export type Vector = number[];
export type Matrix = number[][];

/** The learned factors: rating(u, i) ≈ users[u] · items[i]. */
export interface Model {
  users: Matrix;
  items: Matrix;
}

export interface FactorizeOptions {
  /** ALS sweeps (each re-solves every user, then every film); default 20. */
  epochs?: number;
  /** The L2 penalty λ on every factor vector; default 1. */
  lambda?: number;
  /** Seed of the random starting point; default 1. */
  seed?: number;
}

/** mulberry32: a seeded generator in [0, 1), so that the same call gives the same factors. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Solves the small k×k system A·x = b (A symmetric positive definite here) by Gaussian elimination with partial pivoting. */
function solveSmall(A: Matrix, b: Vector): Vector {
  const k = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    if (M[p][c] === 0) return new Array<number>(k).fill(0); // λ = 0 and no ratings: nothing to learn
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < k; r++) {
      const f = M[r][c] / M[c][c];
      for (let j = c; j <= k; j++) M[r][j] -= f * M[c][j];
    }
  }
  const x = new Array<number>(k).fill(0);
  for (let i = k - 1; i >= 0; i--) {
    let s = M[i][k];
    for (let j = i + 1; j < k; j++) s -= M[i][j] * x[j];
    x[i] = s / M[i][i];
  }
  return x;
}

/**
 * One half-sweep of ALS: with the other side's factors `fixed` held still, each row of the result
 * is a small ridge regression over that row's OBSERVED ratings only:
 *   (Σᵢ fᵢfᵢᵀ + λI) · x = Σᵢ rᵢ fᵢ      (the sums run over the rated entries)
 */
function solveSide(count: number, fixed: Matrix, rating: (a: number, b: number) => number | null, k: number, lambda: number): Matrix {
  const out: Matrix = [];
  for (let a = 0; a < count; a++) {
    const G: Matrix = Array.from({ length: k }, (_, p) => Array.from({ length: k }, (_, q) => (p === q ? lambda : 0)));
    const h: Vector = new Array<number>(k).fill(0);
    for (let b = 0; b < fixed.length; b++) {
      const r = rating(a, b);
      if (r === null) continue; // a missing rating is unknown, not zero: it adds nothing
      const f = fixed[b];
      for (let p = 0; p < k; p++) {
        h[p] += r * f[p];
        for (let q = 0; q < k; q++) G[p][q] += f[p] * f[q];
      }
    }
    out.push(solveSmall(G, h));
  }
  return out;
}

/**
 * Factorises a users × items table with missing entries (null) into users (nUsers×k) and items
 * (nItems×k) so that users[u] · items[i] ≈ ratings[u][i] on the observed entries, minimising
 *   Σ_(observed) (r_ui − uᵤ·vᵢ)² + λ (Σ‖uᵤ‖² + Σ‖vᵢ‖²).
 */
export function factorize(ratings: (number | null)[][], k: number, options: FactorizeOptions = {}): Model {
  const { epochs = 20, lambda = 1, seed = 1 } = options;
  const m = ratings.length;
  if (m === 0) throw new Error("factorize: the ratings table is empty");
  const n = ratings[0].length;
  if (n === 0) throw new Error("factorize: the ratings table has no items (its rows are empty)");
  ratings.forEach((row, u) => {
    if (row.length !== n) throw new Error(`factorize: row ${u} has ${row.length} entries but row 0 has ${n}`);
    row.forEach((r, i) => {
      if (r !== null && (typeof r !== "number" || !Number.isFinite(r))) throw new Error(`factorize: ratings[${u}][${i}] is neither a number nor null`);
    });
  });
  if (!Number.isInteger(k) || k < 1) throw new Error(`factorize: k must be a whole number ≥ 1, got ${k}`);
  if (!(lambda >= 0)) throw new Error(`factorize: lambda must be ≥ 0, got ${lambda}`);
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error(`factorize: epochs must be a whole number ≥ 0, got ${epochs}`);

  // A random start (all-equal factors would stay equal forever: every column would learn the same thing).
  const rand = seeded(seed);
  let items: Matrix = Array.from({ length: n }, () => Array.from({ length: k }, () => rand()));
  let users: Matrix = Array.from({ length: m }, () => new Array<number>(k).fill(0));
  for (let epoch = 0; epoch < epochs; epoch++) {
    users = solveSide(m, items, (u, i) => ratings[u][i], k, lambda);
    items = solveSide(n, users, (i, u) => ratings[u][i], k, lambda);
  }
  return { users, items };
}

/** The predicted rating of `item` by `user`: the dot product of their factor vectors. */
export function predictRating(model: Model, user: number, item: number): number {
  const { users, items } = model;
  if (!Number.isInteger(user) || user < 0 || user >= users.length) throw new Error(`predictRating: user ${user} is not a row of the model (0 to ${users.length - 1})`);
  if (!Number.isInteger(item) || item < 0 || item >= items.length) throw new Error(`predictRating: item ${item} is not a row of the model (0 to ${items.length - 1})`);
  const u = users[user];
  const v = items[item];
  if (u.length !== v.length) throw new Error(`predictRating: the user's factors have length ${u.length} but the item's ${v.length}`);
  let s = 0;
  for (let p = 0; p < u.length; p++) s += u[p] * v[p];
  return s;
}
