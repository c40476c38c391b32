/**
 * The synthetic ratings of topic 14: a users × films table generated from a KNOWN rank-3 model
 * plus noise, with a fixed seed, so that the spec, the lesson's figures and anyone reproducing a
 * failure see the same numbers (MovieLens may not be redistributed). The reference solutions never
 * import this file.
 *
 * The model: user u has taste t_u = [1, a_u, b_u] and film i has profile f_i = [m_i, c_i, d_i];
 * the "true" rating is t_u · f_i = m_i + a_u·c_i + b_u·d_i (m_i is the film's general appeal, the
 * rest is how the user's two tastes meet the film's two traits). A rating is that plus noise,
 * rounded to whole stars and clipped to 1..5; about 40 % of the table is observed, and a fixed
 * 20 % of the observed ratings are held out for testing.
 */
export type Ratings = (number | null)[][];
export interface HeldOut {
  user: number;
  item: number;
  rating: number;
}
export interface RatingsData {
  /** The training table: observed ratings, with null for unknown AND for held-out entries. */
  train: Ratings;
  /** The held-out ratings, never shown to factorize. */
  heldOut: HeldOut[];
}

/** A small, fast, seeded generator of numbers in [0, 1) (mulberry32): the same seed, the same numbers, everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RatingsOptions {
  seed: number;
  users?: number;
  items?: number;
  /** Share of the table that is rated at all. */
  observed?: number;
  /** Share of the observed ratings held out for testing. */
  heldOut?: number;
  /** Standard deviation of the noise added before rounding. */
  noise?: number;
}

export function makeRatings({ seed, users = 60, items = 40, observed = 0.4, heldOut = 0.2, noise = 0.3 }: RatingsOptions): RatingsData {
  const rand = mulberry32(seed);
  // Box–Muller: two uniform numbers give one standard normal one.
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const tastes = Array.from({ length: users }, () => [1, gauss(), gauss()]);
  const films = Array.from({ length: items }, () => [3 + 0.6 * gauss(), 0.8 * gauss(), 0.8 * gauss()]);
  const full = tastes.map((t) =>
    films.map((f) => {
      const r = Math.round(t[0] * f[0] + t[1] * f[1] + t[2] * f[2] + noise * gauss());
      return Math.min(5, Math.max(1, r));
    }),
  );
  const train: Ratings = full.map((row) => row.map((r) => (rand() < observed ? r : null)));
  const count = (pred: (u: number, i: number) => boolean, u?: number, i?: number) => {
    let n = 0;
    for (let a = 0; a < users; a++) for (let b = 0; b < items; b++) if ((u === undefined || a === u) && (i === undefined || b === i) && pred(a, b)) n++;
    return n;
  };
  const rated = (u: number, i: number) => train[u][i] !== null;
  const userCount = Array.from({ length: users }, (_, u) => count(rated, u));
  const itemCount = Array.from({ length: items }, (_, i) => count(rated, undefined, i));
  const held: HeldOut[] = [];
  for (let u = 0; u < users; u++) {
    for (let i = 0; i < items; i++) {
      const r = train[u][i];
      // Every user and film keeps at least 3 training ratings: nobody is a cold start.
      if (r === null || rand() >= heldOut || userCount[u] <= 3 || itemCount[i] <= 3) continue;
      held.push({ user: u, item: i, rating: r });
      train[u][i] = null;
      userCount[u]--;
      itemCount[i]--;
    }
  }
  return { train, heldOut: held };
}

/** Mean of each film's training ratings (the baseline to beat); the overall mean for a film nobody rated. */
export function itemMeans(train: Ratings): number[] {
  const all = train.flat().filter((r): r is number => r !== null);
  const overall = all.reduce((s, r) => s + r, 0) / Math.max(1, all.length);
  return train[0].map((_, i) => {
    const col = train.map((row) => row[i]).filter((r): r is number => r !== null);
    return col.length ? col.reduce((s, r) => s + r, 0) / col.length : overall;
  });
}

/** Root-mean-square error of a predictor over the held-out ratings. */
export function rmse(predict: (user: number, item: number) => number, heldOut: HeldOut[]): number {
  let s = 0;
  for (const h of heldOut) s += (predict(h.user, h.item) - h.rating) ** 2;
  return Math.sqrt(s / heldOut.length);
}

/** The ratings the lesson and its figures use; the hidden spec grades on these and two more seeds. */
export const LESSON_SEED = 14;
export const SPEC_SEEDS = [LESSON_SEED, 2024, 7];
