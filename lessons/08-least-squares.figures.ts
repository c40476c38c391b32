// Figures of lesson 08-least-squares, drawn by running the reference code: the best line through
// four points, body mass against flipper length for 334 penguins with the fitted line, the digits
// the normal equations lose on polynomial features, and the ridge path of the penguin weights.
import { linalg } from "latutor/kit";
import penguins from "../data/penguins.json";
import { leastSquares } from "../solutions/08-least-squares/normal-equations";
import { fitLinearRegression, predict } from "../solutions/08-least-squares/linear-regression";
import { ridge } from "../solutions/08-least-squares/ridge-regression";

type Matrix = number[][];
type Vector = number[];

const fmt = (x: number, digits = 4): string => {
  if (x === 0) return "0";
  const a = Math.abs(x);
  if (a >= 1e5 || a < 1e-3) return x.toExponential(1).replace("e+", "e");
  return String(Number(x.toPrecision(digits)));
};

/**
 * A scatter plot of points (o) and a line y = a + b·x (·) on a character grid; '@' where a point
 * sits on the line. Rows are labelled with y values, the bottom axis with x values.
 */
function scatter(xs: Vector, ys: Vector, line: (x: number) => number, opts: { width: number; height: number; xLabel: string; yLabel: string; xTicks: number[]; yTicks: number[] }): string[] {
  const { width, height } = opts;
  const x0 = Math.min(...xs, ...opts.xTicks);
  const x1 = Math.max(...xs, ...opts.xTicks);
  const y0 = Math.min(...ys, ...opts.yTicks);
  const y1 = Math.max(...ys, ...opts.yTicks);
  const col = (x: number) => Math.round(((x - x0) / (x1 - x0)) * (width - 1));
  const row = (y: number) => height - 1 - Math.round(((y - y0) / (y1 - y0)) * (height - 1));
  const grid = Array.from({ length: height }, () => new Array<string>(width).fill(" "));
  for (let c = 0; c < width; c++) {
    const r = row(line(x0 + (c / (width - 1)) * (x1 - x0)));
    if (r >= 0 && r < height) grid[r][c] = "·";
  }
  xs.forEach((x, i) => {
    const r = row(ys[i]);
    const c = col(x);
    grid[r][c] = grid[r][c] === "·" || grid[r][c] === "@" ? "@" : "o";
  });
  const labels = new Map(opts.yTicks.map((t) => [row(t), fmt(t)]));
  const pad = Math.max(...[...labels.values()].map((s) => s.length));
  const lines = grid.map((cells, r) => `${(labels.get(r) ?? "").padStart(pad)} ${labels.has(r) ? "┤" : "│"}${cells.join("").trimEnd()}`);
  const axis = new Array<string>(width).fill("─");
  const under = new Array<string>(width + 8).fill(" ");
  for (const t of opts.xTicks) {
    const c = col(t);
    axis[c] = "┬";
    const s = fmt(t);
    const start = Math.max(0, c - Math.floor(s.length / 2));
    for (let k = 0; k < s.length; k++) under[start + k] = s[k];
  }
  return [`${" ".repeat(pad)}  ${opts.yLabel}`, ...lines, `${" ".repeat(pad)} └${axis.join("")}`, `${" ".repeat(pad + 2)}${under.join("").trimEnd()}   ${opts.xLabel}`];
}

/** The lesson's four points and their best line, with the residuals listed. */
function fourPoints(): string {
  const xs = [0, 1, 2, 3];
  const ys = [1, 3, 4, 4];
  const [a, b] = leastSquares(
    xs.map((x) => [1, x]),
    ys,
  );
  const plot = scatter(xs, ys, (x) => a + b * x, { width: 37, height: 13, xLabel: "x", yLabel: "y", xTicks: [0, 1, 2, 3], yTicks: [0, 1, 2, 3, 4, 5] });
  const res = xs.map((x, i) => ys[i] - (a + b * x));
  return [
    ...plot,
    "",
    `best line: y = ${fmt(a)} + ${fmt(b)}·x        (o data, · the line, @ both)`,
    `residuals y − ŷ: [${res.map((r) => fmt(r)).join(", ")}]   sum of squares ${fmt(res.reduce((s, r) => s + r * r, 0))}`,
  ].join("\n");
}

interface Penguin {
  "Beak Length (mm)": number;
  "Beak Depth (mm)": number;
  "Flipper Length (mm)": number;
  "Body Mass (g)": number;
}
const P = penguins as Penguin[];
const flipper = P.map((p) => p["Flipper Length (mm)"]);
const mass = P.map((p) => p["Body Mass (g)"]);
const mean = (v: Vector) => v.reduce((s, x) => s + x, 0) / v.length;

/** Body mass against flipper length, the fitted line, and how good the fit is. */
function penguinFit(): string {
  const model = fitLinearRegression(
    flipper.map((f) => [f]),
    mass,
  );
  const yhat = predict(
    model,
    flipper.map((f) => [f]),
  );
  const sse = mass.reduce((s, y, i) => s + (y - yhat[i]) ** 2, 0);
  const my = mean(mass);
  const sst = mass.reduce((s, y) => s + (y - my) ** 2, 0);
  const rmse = Math.sqrt(sse / mass.length);
  const plot = scatter(flipper, mass, (x) => model.bias + model.weights[0] * x, {
    width: 61,
    height: 18,
    xLabel: "flipper length (mm)",
    yLabel: "body mass (g)",
    xTicks: [170, 180, 190, 200, 210, 220, 230],
    yTicks: [2500, 3500, 4500, 5500, 6500],
  });
  const three = fitLinearRegression(
    P.map((p) => [p["Flipper Length (mm)"], p["Beak Length (mm)"], p["Beak Depth (mm)"]]),
    mass,
  );
  const yhat3 = predict(
    three,
    P.map((p) => [p["Flipper Length (mm)"], p["Beak Length (mm)"], p["Beak Depth (mm)"]]),
  );
  const sse3 = mass.reduce((s, y, i) => s + (y - yhat3[i]) ** 2, 0);
  return [
    ...plot,
    "",
    `${P.length} penguins (o; @ where a point sits on the line ·)`,
    `fitLinearRegression(flipper, mass) → weights [${fmt(model.weights[0])}], bias ${fmt(model.bias, 5)}`,
    `  body mass ≈ ${fmt(model.weights[0])} g per mm of flipper − ${fmt(-model.bias, 5)} g`,
    `  RMSE ${fmt(rmse)} g,  R² = 1 − SSE/SST = ${fmt(1 - sse / sst, 3)}`,
    `with bill length and bill depth as well → weights [${three.weights.map((w) => fmt(w)).join(", ")}], bias ${fmt(three.bias, 5)}`,
    `  RMSE ${fmt(Math.sqrt(sse3 / mass.length))} g,  R² = ${fmt(1 - sse3 / sst, 3)}`,
  ].join("\n");
}

/** Eigenvalues of a small symmetric matrix by Jacobi rotations (for κ in the table below). */
const symmetricEigenvalues = (S: Matrix): Vector => linalg.jacobiEigen(S).values;

const gram = (X: Matrix): Matrix => X[0].map((_, i) => X[0].map((_, j) => X.reduce((s, r) => s + r[i] * r[j], 0)));

/** Polynomial features on [0, 1]: the error of the normal equations grows like κ(X)²·ε. */
function conditionSquared(): string {
  const m = 30;
  const header = " degree   κ(X)      κ(XᵀX) = κ(X)²   relative error of w   κ(X)²·ε";
  const rows = [1, 2, 3, 4, 5, 6, 7].map((d) => {
    const X = Array.from({ length: m }, (_, i) => Array.from({ length: d + 1 }, (_, k) => (i / (m - 1)) ** k));
    const truth = new Array<number>(d + 1).fill(1);
    const y = X.map((r) => r.reduce((s, x) => s + x, 0)); // y = X·[1, …, 1] exactly
    const w = leastSquares(X, y);
    const err = Math.max(...w.map((v) => Math.abs(v - 1))) / Math.max(...truth);
    const ev = symmetricEigenvalues(gram(X));
    const k2 = ev[0] / ev[ev.length - 1];
    return `   ${String(d).padStart(2)}     ${Math.sqrt(k2).toExponential(1).padEnd(8)}  ${k2.toExponential(1).padEnd(15)}  ${err.toExponential(1).padEnd(20)}  ${(k2 * Number.EPSILON).toExponential(1)}`;
  });
  return [`${m} points t in [0, 1], columns 1, t, …, t^degree, y = X·[1, …, 1] exactly`, "", header, ...rows].join("\n");
}

/** The ridge path: each standardised penguin weight against log₁₀ λ. */
function ridgePath(): string {
  const feats: [string, string, (p: Penguin) => number][] = [
    ["F", "flipper length", (p) => p["Flipper Length (mm)"]],
    ["L", "bill length", (p) => p["Beak Length (mm)"]],
    ["D", "bill depth", (p) => p["Beak Depth (mm)"]],
  ];
  const cols = feats.map(([, , f]) => {
    const v = P.map(f);
    const mu = mean(v);
    const sd = Math.sqrt(v.reduce((s, x) => s + (x - mu) ** 2, 0) / v.length);
    return v.map((x) => (x - mu) / sd);
  });
  const X = P.map((_, i) => cols.map((c) => c[i]));
  const my = mean(mass);
  const y = mass.map((v) => v - my);
  const logs = Array.from({ length: 57 }, (_, i) => -1 + i / 8); // λ from 0.1 to 1e6
  const paths = feats.map(() => [] as number[]);
  for (const l of logs) ridge(X, y, 10 ** l).forEach((w, j) => paths[j].push(w));
  // One letter per feature and column; '*' where two paths share a cell.
  const height = 17;
  const top = 750;
  const bottom = -100;
  const row = (v: number) => Math.round(((top - v) / (top - bottom)) * (height - 1));
  const grid = Array.from({ length: height }, () => new Array<string>(logs.length).fill(" "));
  const zero = row(0);
  for (let c = 0; c < logs.length; c++) grid[zero][c] = "·";
  paths.forEach((path, j) =>
    path.forEach((w, c) => {
      const r = row(w);
      const cell = grid[r][c];
      grid[r][c] = cell === " " || cell === "·" ? feats[j][0] : "*";
    }),
  );
  const labelRows = new Map([750, 500, 250, 0].map((v) => [row(v), String(v)]));
  const lines = grid.map((cells, r) => `${(labelRows.get(r) ?? "").padStart(5)} ${labelRows.has(r) ? "┤" : "│"}${cells.join("").trimEnd()}`);
  const axis = new Array<string>(logs.length).fill("─");
  const ticks = new Array<string>(logs.length + 8).fill(" ");
  for (let e = -1; e <= 6; e++) {
    const c = (e + 1) * 8;
    axis[c] = "┬";
    const label = `1e${e}`;
    for (let k = 0; k < label.length; k++) ticks[c + k] = label[k];
  }
  return [
    "standardised weights (grams per standard deviation of the feature) against λ, log scale",
    ...lines,
    `      └${axis.join("")}`,
    `       ${ticks.join("").trimEnd()}   λ`,
    "",
    ...feats.map(([letter, name], j) => `  ${letter} = ${name.padEnd(15)} ${fmt(paths[j][0]).padStart(6)} at λ = 0.1   ${fmt(paths[j][24]).padStart(6)} at λ = 100   ${fmt(paths[j][logs.length - 1]).padStart(7)} at λ = 1e6`),
    "  (* where two paths share a cell; · the zero line)",
  ].join("\n");
}

export default {
  "four-points": fourPoints,
  "penguin-fit": penguinFit,
  "condition-squared": conditionSquared,
  "ridge-path": ridgePath,
} satisfies Record<string, () => string>;
