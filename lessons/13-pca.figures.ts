// Pictures for lesson 13-pca, drawn from the reference code (npm run figures 13-pca).
import iris from "../data/iris.json";
import { pca } from "../solutions/13-pca/pca";

type Matrix = number[][];

/** The lesson's table: six people, [hours of sleep, hours on the phone after 10 pm]. */
const SLEEP: Matrix = [
  [8, 1],
  [6, 2],
  [7.5, 1],
  [5, 3],
  [7, 2],
  [6.5, 2],
];
const FEATURES = ["sepal length", "sepal width", "petal length", "petal width"];
const ROWS = iris as unknown as [number, number, number, number, string][];
const IRIS: Matrix = ROWS.map((r) => r.slice(0, 4) as number[]);
const SPECIES = ["setosa", "versicolor", "virginica"];
const SYMBOL: Record<string, string> = { setosa: "s", versicolor: "c", virginica: "v" };

const pct = (x: number, digits = 1) => `${(100 * x).toFixed(digits)} %`;

/** A character grid with (x, y) in data units mapped onto width × height cells. */
function grid(width: number, height: number, [x0, x1]: [number, number], [y0, y1]: [number, number]) {
  const cells = Array.from({ length: height }, () => new Array<string>(width).fill(" "));
  const col = (x: number) => Math.round(((x - x0) / (x1 - x0)) * (width - 1));
  const row = (y: number) => Math.round(((y1 - y) / (y1 - y0)) * (height - 1));
  const put = (x: number, y: number, ch: string, over = true) => {
    const c = col(x);
    const r = row(y);
    if (r < 0 || r >= height || c < 0 || c >= width) return;
    if (over || cells[r][c] === " ") cells[r][c] = cells[r][c] !== " " && cells[r][c] !== ch && over && cells[r][c] !== "·" ? "#" : ch;
  };
  return { cells, put, col, row };
}

/** The six people as points, the mean as +, and the first principal direction through it. */
function sleepCloud(): string {
  const { mean, components, explainedVarianceRatio } = pca(SLEEP, 2);
  const [c1] = components;
  const width = 41;
  const height = 13;
  const g = grid(width, height, [4.5, 8.5], [0, 4]);
  for (let t = -3; t <= 3; t += 0.01) g.put(mean[0] + t * c1[0], mean[1] + t * c1[1], "·", false);
  g.put(mean[0], mean[1], "+");
  SLEEP.forEach(([x, y]) => g.put(x, y, "o"));
  const lines = g.cells.map((r, i) => {
    const y = 4 - (4 * i) / (height - 1);
    const label = Number.isInteger(y) ? `${y}`.padStart(3) : "   ";
    return `  ${label} |${r.join("")}`;
  });
  lines.push(`      +${"-".repeat(width)}`);
  lines.push(`      4.5${" ".repeat(width - 7)}8.5`);
  lines.push("        hours of sleep →      (up: hours on the phone)");
  lines.push("");
  lines.push(`  o a person   + the mean (${mean.map((m) => m.toFixed(2)).join(", ")})   · the first principal direction`);
  lines.push(`  PC 1 = (${c1.map((x) => x.toFixed(3)).join(", ")}) keeps ${pct(explainedVarianceRatio[0])} of the variance`);
  return lines.join("\n");
}

/** Explained variance of iris per component, as bars, with the running total. */
function irisScree(): string {
  const { explainedVarianceRatio: r } = pca(IRIS, 4);
  const width = 46;
  const lines = ["  component  share of the variance                           cumulative"];
  let cum = 0;
  r.forEach((x, i) => {
    cum += x;
    const bar = "█".repeat(Math.max(1, Math.round(x * width)));
    lines.push(`  PC ${i + 1}       ${bar.padEnd(width)} ${pct(x).padStart(7)}   ${pct(cum).padStart(7)}`);
  });
  return lines.join("\n");
}

/** The components of iris: how each one mixes the four measurements. */
function irisComponents(): string {
  const { components, explainedVarianceRatio } = pca(IRIS, 4);
  const head = "               " + FEATURES.map((f) => f.padStart(13)).join("") + "     variance";
  const lines = [head];
  components.forEach((c, i) => lines.push(`  PC ${i + 1}        ${c.map((x) => x.toFixed(3).padStart(13)).join("")}   ${pct(explainedVarianceRatio[i]).padStart(8)}`));
  return lines.join("\n");
}

/** The 150 flowers on their first two principal components, one letter per species. */
function irisScatter(): string {
  const { projected, explainedVarianceRatio } = pca(IRIS, 2);
  const xs = projected.map((p) => p[0]);
  const ys = projected.map((p) => p[1]);
  const xr: [number, number] = [Math.floor(Math.min(...xs)), Math.ceil(Math.max(...xs))];
  const yr: [number, number] = [Math.floor(Math.min(...ys) * 2) / 2, Math.ceil(Math.max(...ys) * 2) / 2];
  const width = 61;
  const height = 17;
  const g = grid(width, height, xr, yr);
  projected.forEach(([x, y], i) => g.put(x, y, SYMBOL[ROWS[i][4]]));
  const lines = g.cells.map((r, i) => {
    const y = yr[1] - ((yr[1] - yr[0]) * i) / (height - 1);
    const label = i === 0 || i === height - 1 || Math.abs(y) < 1e-9 ? y.toFixed(1).padStart(5) : "     ";
    return `  ${label} |${r.join("")}`;
  });
  lines.push(`        +${"-".repeat(width)}`);
  lines.push(`        ${String(xr[0]).padEnd(width - 1)}${xr[1]}`);
  lines.push(`         PC 1 (${pct(explainedVarianceRatio[0])} of the variance) →      up: PC 2 (${pct(explainedVarianceRatio[1])})`);
  lines.push("");
  lines.push(`  ${SPECIES.map((s) => `${SYMBOL[s]} = ${s}`).join("   ")}   # = two species in one cell`);
  return lines.join("\n");
}

export default {
  "sleep-cloud": sleepCloud,
  "iris-scree": irisScree,
  "iris-components": irisComponents,
  "iris-scatter": irisScatter,
} satisfies Record<string, () => string>;
