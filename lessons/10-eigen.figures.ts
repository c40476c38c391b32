// Figures of lesson 10-eigen, drawn by running the reference code: the power method's estimate
// closing in on λ₁ at the rate |λ₂/λ₁|ᵏ, and a six-page web with its PageRank (and what dropping
// a dangling page's rank does to the total).
import asciichart from "asciichart";
import { pagerank } from "../solutions/10-eigen/pagerank";
import { powerMethod } from "../solutions/10-eigen/power-method";

type Matrix = number[][];

/** The lesson's slow example: eigenvalues 5 and 4, so the error shrinks by 4/5 per step. */
const SLOW: Matrix = [
  [3, 4],
  [-0.5, 6],
];

/** log₁₀ of the estimate's error per iteration, next to the rule |λ₂/λ₁|ᵏ (scaled to start at the same height). */
function powerConvergence(): string {
  const { history, iterations, value } = powerMethod(SLOW);
  const errors = history.map((h) => Math.abs(h - 5));
  const first = errors[0];
  const rule = history.map((_, k) => (first / 30) * 0.8 ** k); // drawn 1.5 decades lower, so the two lines stay apart
  const log = (v: number) => Math.max(Math.log10(Math.max(v, 1e-16)), -12);
  const every = 3; // one column per 3 iterations keeps the chart narrow
  const pick = (xs: number[]) => xs.filter((_, k) => k % every === 0).map(log);
  // No "┼" on the axis (asciichart puts one on the row it takes for zero): every row is a label.
  const config = { height: 13, min: -12, max: 1, format: (v: number) => `1e${Math.round(v)}`.padStart(6), symbols: ["┤", "┤", "╶", "╴", "─", "╰", "╭", "╮", "╯", "│"] };
  const chart = asciichart.plot([pick(errors), pick(rule)], config);
  const lines = chart.split("\n").map((l) => l.trimEnd());
  const axis = lines[0].indexOf("┤");
  const ticks = [0, 30, 60, 90].filter((k) => k / every < Math.ceil(history.length / every));
  let ruler = " ".repeat(axis + 1);
  for (const k of ticks) ruler = ruler.padEnd(axis + 1 + k / every) + String(k);
  return [
    `powerMethod([[3, 4], [-0.5, 6]]): eigenvalues 5 and 4, so |λ₂/λ₁| = 0.8`,
    `|estimate − 5| after each step (upper line) and the rule c·0.8ᵏ (lower line): the same slope, on a log scale`,
    ...lines,
    `${ruler}   ← iteration`,
    "",
    `step  1: estimate ${history[0].toFixed(6)}`,
    `step 10: estimate ${history[9].toFixed(6)}`,
    `step 50: estimate ${history[49].toFixed(10)}`,
    `stopped after ${iterations} steps at ${value.toFixed(12)} (the residual fell below 1e-10)`,
  ].join("\n");
}

/** The lesson's web: page F links nowhere. */
export const WEB: Matrix = [
  [0, 1, 1, 0, 0, 0], // A → B, C
  [0, 0, 1, 1, 0, 0], // B → C, D
  [1, 0, 0, 0, 1, 0], // C → A, E
  [0, 0, 1, 0, 0, 1], // D → C, F
  [0, 0, 0, 1, 0, 1], // E → D, F
  [0, 0, 0, 0, 0, 0], // F: dangling
];
const NAMES = ["A", "B", "C", "D", "E", "F"];

/**
 * The total of the ranks when a dangling page's rank is dropped instead of spread, after each of
 * `steps` steps. "lesson": the lesson's step, new[j] = (1 − d)/n · Σᵢ r[i] + Σ_{i → j} d·r[i]/outᵢ,
 * so a dangling page keeps its jump share but its d·r[i] flows nowhere. "constant": the common
 * variant with a constant jump term (1 − d)/n, which feeds the total (1 − d) back every step.
 */
function leakyTotals(links: Matrix, jump: "lesson" | "constant", steps: number, d = 0.85): number[] {
  const n = links.length;
  const out = links.map((row) => row.reduce((s, x) => s + x, 0));
  let r = new Array<number>(n).fill(1 / n);
  const totals: number[] = [];
  for (let k = 0; k < steps; k++) {
    const total = r.reduce((s, x) => s + x, 0);
    const next = new Array<number>(n).fill(jump === "lesson" ? ((1 - d) / n) * total : (1 - d) / n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (links[i][j] && out[i]) next[j] += (d * r[i]) / out[i];
    r = next;
    totals.push(r.reduce((s, x) => s + x, 0));
  }
  return totals;
}

function webGraph(): string {
  const rank = pagerank(WEB);
  const lesson = leakyTotals(WEB, "lesson", 100);
  const constant = leakyTotals(WEB, "constant", 500);
  const bar = (x: number) => "█".repeat(Math.round(x * 60));
  const table = NAMES.map((name, i) => {
    const targets = WEB[i].flatMap((x, j) => (x ? [NAMES[j]] : []));
    const links = targets.length ? `→ ${targets.join(", ")}` : "(no links)";
    return `   ${name}   ${links.padEnd(10)}  ${rank[i].toFixed(4)}  ${bar(rank[i])}`;
  });
  return [
    "   [A] ─────────────▶ [B]",
    "    ▲ │             ╱  │",
    "    │ │           ╱    │",
    "    │ ▼         ↙      ▼",
    "   [C] ◀───────────── [D]",
    "    │           ↗      │",
    "    │         ╱        │",
    "    ▼       ╱          ▼",
    "   [E] ─────────────▶ [F]      F links nowhere: a dangling page",
    "",
    "  page  links      rank    (damping 0.85)",
    ...table,
    `                   ${rank.reduce((s, x) => s + x, 0).toFixed(4)}  total`,
    "",
    "  Drop F's rank instead (the first step formula as it stands: F keeps its jump share, but",
    "  its d·r[F] flows nowhere), and the total of the ranks leaks away. After k steps:",
    `    k = 1: ${lesson[0].toFixed(4)}    k = 10: ${lesson[9].toFixed(4)}    k = 50: ${lesson[49].toFixed(6)}    k = 100: ${lesson[99].toExponential(1)}   (→ 0)`,
    `  With a constant jump term (1 − d)/n instead, it levels off at ${constant[constant.length - 1].toFixed(4)}: not 1 either.`,
  ].join("\n");
}

export default {
  "power-convergence": powerConvergence,
  "web-graph": webGraph,
} satisfies Record<string, () => string>;
