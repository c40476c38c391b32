// Pictures for lesson 14-applications, drawn from the reference solutions (npm run figures 14).
import { factorize, predictRating } from "../solutions/14-applications/recommender";
import { ridgeSVD } from "../solutions/14-applications/ridge-svd";
import { itemMeans, LESSON_SEED, makeRatings, rmse, type HeldOut } from "../tests/specs/14-applications/_ratings";

const data = makeRatings({ seed: LESSON_SEED });
const training: HeldOut[] = data.train.flatMap((row, user) => row.flatMap((rating, item) => (rating === null ? [] : [{ user, item, rating }])));
const fmt = (x: number, digits = 3) => x.toFixed(digits);

/** The corner of the lesson's ratings table: whole stars, · where the user has not rated (or the rating is held out). */
function ratingsSample(): string {
  const users = 8;
  const films = 12;
  const head = `         ${Array.from({ length: films }, (_, i) => `f${i}`.padStart(4)).join("")}`;
  const rows = data.train.slice(0, users).map((row, u) => `user ${String(u).padEnd(3)} ${row.slice(0, films).map((r) => (r === null ? "·" : String(r)).padStart(4)).join("")}`);
  const observed = training.length;
  const cells = data.train.length * data.train[0].length;
  return [
    head,
    ...rows,
    "",
    `${data.train.length} users × ${data.train[0].length} films = ${cells} cells: ${observed} training ratings (${Math.round((100 * observed) / cells)} %),`,
    `${data.heldOut.length} more held out for testing, the rest (${cells - observed - data.heldOut.length}) never rated.`,
  ].join("\n");
}

interface Series {
  letter: string;
  values: number[];
}

/** A letter per series and column, '*' where two share a cell, and a dotted reference line. */
function letterPlot(series: Series[], reference: number, top: number, bottom: number, height: number, ticks: number[]): string[] {
  const n = series[0].values.length;
  const row = (v: number) => Math.min(height - 1, Math.max(0, Math.round(((top - v) / (top - bottom)) * (height - 1))));
  const width = 2 * n;
  const grid = Array.from({ length: height }, () => new Array<string>(width).fill(" "));
  for (let c = 0; c < width; c++) grid[row(reference)][c] = "·";
  for (const s of series) {
    s.values.forEach((v, e) => {
      const r = row(v);
      const c = 2 * e + 1;
      const cell = grid[r][c];
      grid[r][c] = cell === " " || cell === "·" ? s.letter : "*";
    });
  }
  const labels = new Map(ticks.map((v) => [row(v), fmt(v, 1)]));
  const lines = grid.map((cells, r) => `${(labels.get(r) ?? "").padStart(5)} ${labels.has(r) ? "┤" : "│"}${cells.join("").trimEnd()}`);
  const axis = new Array<string>(width).fill("─");
  const under = new Array<string>(width + 4).fill(" ");
  for (let e = 0; e < n; e++) {
    if ((e + 1) % 5 !== 0 && e !== 0) continue;
    axis[2 * e + 1] = "┬";
    const label = String(e + 1);
    for (let k = 0; k < label.length; k++) under[2 * e + 1 + k] = label[k];
  }
  return [...lines, `      └${axis.join("")}`, `       ${under.join("").trimEnd()}   ALS sweeps`];
}

/** Training and held-out RMSE after each ALS sweep, for one λ. */
function curves(lambda: number, sweeps: number) {
  const train: number[] = [];
  const held: number[] = [];
  for (let e = 1; e <= sweeps; e++) {
    const model = factorize(data.train, 3, { epochs: e, lambda });
    train.push(rmse((u, i) => predictRating(model, u, i), training));
    held.push(rmse((u, i) => predictRating(model, u, i), data.heldOut));
  }
  return { train, held };
}

const means = itemMeans(data.train);
const baseline = rmse((_, i) => means[i], data.heldOut);

function rmsePerEpoch(): string {
  const sweeps = 30;
  const { train, held } = curves(1, sweeps);
  return [
    `RMSE after each ALS sweep, k = 3, λ = 1 (the reference's defaults), lesson ratings`,
    ...letterPlot(
      [
        { letter: "T", values: train },
        { letter: "H", values: held },
      ],
      baseline,
      1.4,
      0,
      15,
      [1.4, 1.0, 0.5, 0],
    ),
    "",
    `  T = on the ${training.length} training ratings   ${fmt(train[0])} after 1 sweep, ${fmt(train[sweeps - 1])} after ${sweeps}`,
    `  H = on the ${data.heldOut.length} held-out ratings   ${fmt(held[0])} after 1 sweep, ${fmt(held[sweeps - 1])} after ${sweeps}`,
    `  · = the per-film mean on the held-out ratings: ${fmt(baseline)}  (* where T and H share a cell)`,
  ].join("\n");
}

function rmseOverfit(): string {
  const sweeps = 30;
  const { train, held } = curves(0.01, sweeps);
  const worst = Math.max(...held);
  return [
    `the same, with almost no penalty: λ = 0.01`,
    ...letterPlot(
      [
        { letter: "T", values: train },
        { letter: "H", values: held },
      ],
      baseline,
      4,
      0,
      17,
      [4, 3, 2, 1, 0],
    ),
    "",
    `  T = training RMSE: ${fmt(train[0])} after 1 sweep, ${fmt(train[sweeps - 1])} after ${sweeps}: it looks fine`,
    `  H = held-out RMSE: ${fmt(held[0])} after 1 sweep, ${fmt(held[sweeps - 1])} after ${sweeps}, ${fmt(worst)} at worst`,
    `  · = the per-film mean, ${fmt(baseline)}: the unregularised model ends up far worse than it`,
  ].join("\n");
}

/**
 * The shrinkage factors σ²/(σ² + λ), computed by ridgeSVD itself: for X = diag(σ) and y = σ,
 * every uᵢ·y is σᵢ, so wᵢ = σᵢ/(σᵢ² + λ) · σᵢ is exactly the factor.
 */
function shrinkage(): string {
  const sigmas = [4, 2, 1, 0.5, 0.25, 0.1];
  const lambdas = [0.01, 0.1, 1, 10];
  const X = sigmas.map((s, i) => sigmas.map((_, j) => (i === j ? s : 0)));
  const factors = lambdas.map((l) => ridgeSVD(X, sigmas, l));
  const bar = (f: number) => "█".repeat(Math.round(f * 10)).padEnd(10, "░");
  const head = `   σ   ${lambdas.map((l) => `λ = ${l}`.padEnd(17)).join("")}`;
  const rows = sigmas.map((s, i) => `${String(s).padStart(4)}   ${factors.map((w) => `${bar(w[i])} ${fmt(w[i], 2)}  `).join("")}`.trimEnd());
  return [head, ...rows, "", "each bar: σ²/(σ² + λ), the share of the least-squares weight that ridge keeps in that direction"].join("\n");
}

/** Held-out RMSE of the simple predictors, of the factorisation, and of a factorisation that read null as 0. */
function baselines(): string {
  const ratings = training.map((t) => t.rating);
  const mu = ratings.reduce((s, r) => s + r, 0) / ratings.length;
  const userMean = data.train.map((row) => {
    const rs = row.filter((r): r is number => r !== null);
    return rs.reduce((s, r) => s + r, 0) / rs.length;
  });
  const model = factorize(data.train, 3);
  const zeroFilled = factorize(
    data.train.map((row) => row.map((r) => r ?? 0)),
    3,
  );
  const rows: [string, number][] = [
    ["the overall mean for everyone", rmse(() => mu, data.heldOut)],
    ["each user's mean rating", rmse((u) => userMean[u], data.heldOut)],
    ["each film's mean rating (the baseline)", baseline],
    ["factorisation, k = 3, observed only", rmse((u, i) => predictRating(model, u, i), data.heldOut)],
    ["factorisation, k = 3, null read as 0", rmse((u, i) => predictRating(zeroFilled, u, i), data.heldOut)],
  ];
  const longest = Math.max(...rows.map(([name]) => name.length));
  return [
    `predictor${" ".repeat(longest - 7)}held-out RMSE (${data.heldOut.length} ratings)`,
    ...rows.map(([name, value]) => `  ${name.padEnd(longest)}   ${fmt(value)}  ${"█".repeat(Math.round(value * 10))}`),
  ].join("\n");
}

export default {
  "ratings-sample": ratingsSample,
  baselines,
  "rmse-per-epoch": rmsePerEpoch,
  "rmse-overfit": rmseOverfit,
  shrinkage,
} satisfies Record<string, () => string>;
