import { defineSpec, expect, fixed, throws, type Check, type JudgedCase } from "latutor/kit";
import { itemMeans, LESSON_SEED, makeRatings, rmse, SPEC_SEEDS, type HeldOut, type Ratings } from "./_ratings";

type Matrix = number[][];
interface Model {
  users: Matrix;
  items: Matrix;
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toExponential(2) : x.toFixed(3));
const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);
const observed = (R: Ratings) => R.flat().filter((r): r is number => r !== null);
const meanOf = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const rms = (xs: number[]) => Math.sqrt(xs.reduce((s, x) => s + x * x, 0) / Math.max(1, xs.length));

/** The model's shape: users nUsers×k and items nItems×k, finite. Returns it typed. */
function expectModel(got: unknown, R: Ratings, k: number): Model {
  if (got === null || typeof got !== "object" || Array.isArray(got)) throw new expect.Mismatch(`factorize returned ${JSON.stringify(got)?.slice(0, 60)}, expected an object {users, items}`, { got });
  const m = got as Record<string, unknown>;
  expect.expectMatrix(m.users, R.length, k, "users");
  expect.expectMatrix(m.items, R[0].length, k, "items");
  return m as unknown as Model;
}

/** Every prediction users[u]·items[i] of the model, as a table. */
const predictions = (model: Model): Matrix => model.users.map((u) => model.items.map((v) => dot(u, v)));

/** RMSE of the model on the observed entries, and of the best constant (the global mean) there. */
function observedFit(R: Ratings, P: Matrix) {
  const errs: number[] = [];
  R.forEach((row, u) => row.forEach((r, i) => r !== null && errs.push(P[u][i] - r)));
  const mu = meanOf(observed(R));
  return { model: rms(errs), globalMean: rms(observed(R).map((r) => r - mu)) };
}

/**
 * Small exact rank-k tables (`truth` holds every entry, `R` hides some): the factors must explain
 * the observed ratings far better than one constant does, and fill the gaps sensibly. The limits
 * leave room for any reasonable λ and for an SGD that has not fully converged.
 */
const smallCheck =
  (truth: Matrix): Check =>
  (got, { args }) => {
    const [R, k] = args as [Ratings, number];
    const model = expectModel(got, R, k);
    const P = predictions(model);
    const fit = observedFit(R, P);
    if (!(fit.model <= 0.75 * fit.globalMean)) {
      throw new expect.Mismatch(
        `on the observed ratings your factors have RMSE ${fmt(fit.model)}, while predicting the overall mean for everything has ${fmt(fit.globalMean)}; needed ≤ ${fmt(0.75 * fit.globalMean)} (this table is exactly rank ${k}, so users·itemsᵀ can match it closely)`,
        { measured: fit.model, limit: 0.75 * fit.globalMean },
      );
    }
    const gaps: number[] = [];
    const gapsMean: number[] = [];
    const mu = meanOf(observed(R));
    R.forEach((row, u) => row.forEach((r, i) => r === null && (gaps.push(P[u][i] - truth[u][i]), gapsMean.push(mu - truth[u][i]))));
    if (gaps.length && !(rms(gaps) <= 0.85 * rms(gapsMean))) {
      throw new expect.Mismatch(
        `on the missing entries (which follow the same rank-${k} pattern) your predictions have RMSE ${fmt(rms(gaps))}, the overall mean ${fmt(rms(gapsMean))}; needed ≤ ${fmt(0.85 * rms(gapsMean))}`,
        { measured: rms(gaps), limit: 0.85 * rms(gapsMean) },
      );
    }
  };

/** Only the shape: the default check for a case whose judge is below. */
const shapeCheck: Check = (got, { args }) => {
  const [R, k] = args as [Ratings, number];
  expectModel(got, R, k);
};

/** The held-out test: RMSE on ratings factorize never saw must beat the per-item mean by 10 %. */
const MARGIN = 0.9;
const heldOutCheck =
  (heldOut: HeldOut[]): Check =>
  (got, { args }) => {
    const [R, k] = args as [Ratings, number];
    const model = expectModel(got, R, k);
    const means = itemMeans(R);
    const base = rmse((_, i) => means[i], heldOut);
    const mine = rmse((u, i) => dot(model.users[u], model.items[i]), heldOut);
    if (!(mine <= MARGIN * base)) {
      throw new expect.Mismatch(
        `on the ${heldOut.length} held-out ratings your model's RMSE is ${fmt(mine)}; the per-film mean (the baseline) scores ${fmt(base)}, and a model must beat it by 10 %: ≤ ${fmt(MARGIN * base)}`,
        { measured: mine, limit: MARGIN * base },
      );
    }
  };

const predictCheck: Check = (got, { args }) => {
  const [model, u, i] = args as [Model, number, number];
  const want = dot(model.users[u], model.items[i]);
  expect.closeScalar(got, want, { rel: 1e-12, abs: 1e-12 }, `predictRating(model, ${u}, ${i})`);
};

// ---- inputs ----

/** A fully observed rank-1 table: user scale × film appeal. */
const U1 = [1, 1.5, 2];
const F1 = [1, 1.5, 2, 2.5];
const FULL: Matrix = U1.map((a) => F1.map((b) => a * b));
/** The same table with four ratings unknown (every user and film keeps two or more). */
const GAPPY: Ratings = FULL.map((row, u) => row.map((r, i) => ((u + 2 * i) % 3 === 2 && !(u === 2 && i === 3) ? null : r)));
const DATA = SPEC_SEEDS.map((seed) => ({ seed, ...makeRatings({ seed }) }));
const LESSON = DATA.find((d) => d.seed === LESSON_SEED)!;

// ---- what a model's predictions say about how it was made ----

interface Seen {
  R: Ratings;
  k: number;
  P: Matrix;
  model: Model;
}

/** The failing factorize cases whose answer has the right shape, with their prediction tables. */
function seen(cases: JudgedCase[]): Seen[] {
  const out: Seen[] = [];
  for (const c of cases) {
    if (c.passed || c.call !== "factorize" || c.kind === "throws" || c.outcome !== "returned" || !c.args) continue;
    const [R, k] = c.args as [Ratings, number];
    try {
      const model = expectModel(c.got, R, k);
      out.push({ R, k, P: predictions(model), model });
    } catch {
      /* wrong shape: the check's own message says so */
    }
  }
  return out;
}
const someSeen = (test: (s: Seen) => boolean) => (cases: JudgedCase[]) => seen(cases).some(test);

const spread = (P: Matrix) => {
  const all = P.flat();
  return Math.max(...all) - Math.min(...all);
};
const allZero = (s: Seen) => s.P.flat().every((p) => Math.abs(p) < 1e-9);
const constant = (s: Seen) => !allZero(s) && spread(s.P) < 0.05 * meanOf(observed(s.R));
/** The residuals on the observed ratings average about the mean rating itself: the factors model r − μ. */
const centred = (s: Seen) => {
  const mu = meanOf(observed(s.R));
  const res: number[] = [];
  s.R.forEach((row, u) => row.forEach((r, i) => r !== null && res.push(r - s.P[u][i])));
  return !constant(s) && Math.abs(meanOf(res) - mu) < 0.15 * mu && rms(res.map((x) => x - mu)) < 0.5 * observedFit(s.R, s.P).globalMean;
};
/** The model's predictions on the observed cells, in the same order as observed(R). */
const onObserved = (s: Seen) => s.R.flatMap((row, u) => row.flatMap((r, i) => (r === null ? [] : [s.P[u][i]])));
/**
 * Predictions in the gaps sink towards 0, far below both the observed ratings and the model's own
 * predictions for them: nulls were fitted as zeros. (A model that is merely shrunk or undertrained
 * is low everywhere alike.)
 */
const zerosInGaps = (s: Seen) => {
  const gaps: number[] = [];
  s.R.forEach((row, u) => row.forEach((r, i) => r === null && gaps.push(s.P[u][i])));
  return gaps.length > 0 && !constant(s) && !allZero(s) && !centred(s) && meanOf(gaps) < 0.6 * meanOf(observed(s.R)) && meanOf(gaps) < 0.6 * meanOf(onObserved(s));
};
/** Even on the ratings it trained on, the model predicts systematically too little: shrunk by too large a λ, or stopped early. */
const tooSmall = (s: Seen) => !constant(s) && !allZero(s) && !centred(s) && !zerosInGaps(s) && meanOf(onObserved(s)) < 0.85 * meanOf(observed(s.R));
const wild = (s: Seen) => s.P.flat().some((p) => Math.abs(p) > 10);
const equalColumns = (A: Matrix) => A.length > 0 && A[0].length > 1 && A.every((row) => row.every((x) => Math.abs(x - row[0]) <= 1e-9 * Math.max(1, Math.abs(row[0]))));
const symmetric = (s: Seen) => s.k > 1 && !allZero(s) && (equalColumns(s.model.users) || equalColumns(s.model.items));

/** The failing factorize cases whose users came back k×nUsers (and items k×nItems). */
const transposedFactors = (cases: JudgedCase[]) =>
  cases.some((c) => {
    if (c.passed || c.call !== "factorize" || c.outcome !== "returned" || !c.args || c.kind === "throws") return false;
    const [R, k] = c.args as [Ratings, number];
    const g = c.got as { users?: unknown; items?: unknown } | null;
    const rows = (x: unknown) => (Array.isArray(x) ? x.length : -1);
    const cols = (x: unknown) => (Array.isArray(x) && Array.isArray(x[0]) ? x[0].length : -1);
    return !!g && k !== R.length && rows(g.users) === k && cols(g.users) === R.length;
  });

/** predictRating answered users[item]·items[user]. */
const swapped = (cases: JudgedCase[]) =>
  cases.some((c) => {
    if (c.passed || c.call !== "predictRating" || c.outcome !== "returned" || !c.args || c.kind === "throws") return false;
    const [model, u, i] = c.args as [Model, number, number];
    if (i >= model.users.length || u >= model.items.length) return false;
    const wrong = dot(model.users[i], model.items[u]);
    return typeof c.got === "number" && Math.abs(c.got - wrong) < 1e-9 * Math.max(1, Math.abs(wrong)) && Math.abs(wrong - dot(model.users[u], model.items[i])) > 1e-6;
  });

const MODEL: Model = {
  users: [
    [1, 2],
    [0.5, -1],
    [3, 0],
  ],
  items: [
    [2, 1],
    [1, 3],
  ],
};

export default defineSpec({
  exercise: "recommender",
  params: { factorize: ["ratings", "k"], predictRating: ["model", "user", "item"] },
  plots: [
    {
      kind: "sweep",
      title: "held-out RMSE on the lesson's ratings for k = 1 … 6 factors (the per-film mean scores about 1.02)",
      call: "factorize",
      inputs: [1, 2, 3, 4, 5, 6].map((k) => ({ x: k, args: [LESSON.train, k] })),
      y: (result) => {
        const m = result as Model;
        return rmse((u, i) => dot(m.users[u], m.items[i]), LESSON.heldOut);
      },
      xLabel: "k",
      yLabel: "held-out RMSE",
    },
  ],
  diagnoses: [
    {
      id: "factors-never-moved",
      message:
        "every prediction is 0: your factors never left their starting point. Start from small RANDOM numbers (not zeros): with all-zero factors every gradient, and every ALS right-hand side, is zero too",
      section: "training",
      test: someSeen(allZero),
    },
    {
      id: "global-mean",
      message:
        "your model predicts the same rating for every user and film (about the overall mean): that ignores who is rating what. Fit users[u]·items[i] to each observed rating, so that the factors learn tastes",
      section: "baseline",
      test: someSeen(constant),
    },
    {
      id: "mean-left-out",
      message:
        "your predictions are too low by about the mean rating: you fitted the factors to r − μ (centred ratings) but the model is users[u]·items[i] alone. Fit the raw ratings (the factors can learn the offset), or leave the ratings uncentred",
      section: "factorisation",
      test: someSeen(centred),
    },
    {
      id: "nulls-as-zeros",
      message:
        "your predictions sink towards 0 exactly where ratings are missing: the model was fitted to null as if it were a rating of 0. A missing rating is unknown; sum the loss (and the ALS normal equations, or the SGD updates) over the OBSERVED entries only",
      section: "missing",
      test: someSeen(zerosInGaps),
    },
    {
      id: "predictions-too-small",
      message:
        "even on the ratings it was trained on, your model predicts systematically too low: the factors stayed too small. Either the penalty is too strong for tables with few ratings per user (with ALS, λ ≈ 1 works here), or training stopped too early (SGD: more epochs or a larger learning rate, e.g. 0.01 for 200 epochs)",
      section: "regularisation",
      test: someSeen(tooSmall),
    },
    {
      id: "under-regularised",
      message:
        "some predictions are far outside the 1–5 scale: a user or film with few ratings got huge factors that fit its few ratings exactly. Raise λ (with ALS, λ ≈ 1 works here), or lower the learning rate",
      section: "regularisation",
      test: someSeen(wild),
    },
    {
      id: "symmetric-start",
      message:
        "all k columns of your factors are identical, so the model is really rank 1: you started every factor at the same value, and by symmetry they move together forever. Start from random numbers",
      section: "training",
      test: someSeen(symmetric),
    },
    {
      id: "factors-transposed",
      message: "users came back k×nUsers: the contract wants one ROW per user (nUsers×k) and one row per film (nItems×k), so that users[u] is user u's factor vector",
      section: "factorisation",
      test: transposedFactors,
    },
    {
      id: "user-item-swapped",
      message: "predictRating(model, user, item) answered users[item]·items[user]: the first index picks the row of users, the second the row of items",
      section: "factorisation",
      test: swapped,
    },
  ],
  checks: { factorize: shapeCheck, predictRating: predictCheck },
  cases: [
    fixed("a full rank-1 table, k = 1", "factorize", [FULL, 1], {
      check: smallCheck(FULL),
      description: "Every rating is (user scale) × (film appeal): one factor each explains the table.",
    }),
    fixed("a rank-1 table with four ratings missing, k = 1", "factorize", [GAPPY, 1], {
      check: smallCheck(FULL),
      description: "The missing entries follow the same pattern; fitting the observed ratings alone recovers them.",
    }),
    ...DATA.map((d) =>
      fixed(`${d.train.length} users × ${d.train[0].length} films, seed ${d.seed}, k = 3: held-out RMSE`, "factorize", [d.train, 3], {
        check: heldOutCheck(d.heldOut),
        description: `Generated from a rank-3 model plus noise, whole stars 1–5, ${observed(d.train).length} training ratings; ${d.heldOut.length} more are held out and must be predicted better than by each film's mean rating.`,
      }),
    ),
    throws("k = 0", "factorize", [FULL, 0], "k is the number of factors: at least 1"),
    throws("k = 1.5", "factorize", [FULL, 1.5], "k must be a whole number"),
    throws("ragged ratings", "factorize", [[[1, 2, null], [3, null]], 1], "row 1 has 2 entries but row 0 has 3"),
    fixed("predictRating(model, 0, 1)", "predictRating", [MODEL, 0, 1], { description: "users[0]·items[1] = [1, 2]·[1, 3] = 7." }),
    fixed("predictRating(model, 1, 0)", "predictRating", [MODEL, 1, 0], { description: "users[1]·items[0] = [0.5, −1]·[2, 1] = 0." }),
    fixed("predictRating(model, 2, 0)", "predictRating", [MODEL, 2, 0], { description: "users[2]·items[0] = [3, 0]·[2, 1] = 6." }),
    fixed("predictRating with k = 3", "predictRating", [{ users: [[0.5, 1, -1]], items: [[2, 0.5, 0.25], [4, -1, 1]] }, 0, 1], { description: "[0.5, 1, −1]·[4, −1, 1] = 2 − 1 − 1 = 0." }),
    throws("predictRating: user out of range", "predictRating", [MODEL, 3, 0], "the model has users 0 to 2"),
    throws("predictRating: negative item", "predictRating", [MODEL, 0, -1], "items are numbered from 0"),
  ],
});
