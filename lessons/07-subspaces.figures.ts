// Pictures for lesson 07-subspaces, drawn from the reference code (npm run figures 07-subspaces).
import { nullSpace, rank, rref } from "../solutions/07-subspaces/rank-nullspace";

type Matrix = number[][];

const PEOPLE = ["Ana", "Ben", "Caro", "Dev", "Eli"];
const FEATURES = ["weekday", "weekend", "total", "age"];
/** Hours of screen time per week (weekday, weekend, total) and age: total is weekday + weekend. */
const TABLE: Matrix = [
  [3, 1, 4, 25],
  [2, 2, 4, 31],
  [5, 0, 5, 47],
  [1, 3, 4, 19],
  [4, 2, 6, 38],
];
const TENTHS: Matrix = [
  [0.1, 0.2, 0.3],
  [0.4, 0.5, 0.9],
  [0.7, 0.8, 1.5],
];

/** Rounds away the 1e-16 dust so the picture shows what the numbers mean. */
const num = (x: number) => {
  const r = Math.round(x * 1e6) / 1e6;
  return String(r === 0 ? 0 : r);
};
const row = (cells: string[], width: number) => cells.map((c) => c.padStart(width)).join(" ");

function redundantFeature(): string {
  const R = rref(TABLE);
  const r = rank(TABLE);
  const N = nullSpace(TABLE);
  const pivots = R.slice(0, r).map((rw) => rw.findIndex((x) => x !== 0));
  const w = 8;
  const lines: string[] = [];
  lines.push(`  A (the data)  ${row(FEATURES, w)}`);
  TABLE.forEach((rw, i) => lines.push(`  ${PEOPLE[i].padEnd(14)}${row(rw.map(num), w)}`));
  lines.push("");
  lines.push(`  rref(A)       ${row(FEATURES, w)}`);
  R.forEach((rw) => lines.push(`                ${row(rw.map(num), w)}`));
  lines.push(`                ${row(FEATURES.map((_, j) => (pivots.includes(j) ? "pivot" : "free")), w)}`);
  lines.push("");
  lines.push(`  rank(A) = ${r}: ${FEATURES.length} columns, but only ${r} independent ones`);
  N.forEach((x) => {
    lines.push(`  nullSpace(A) = [[${x.map(num).join(", ")}]]`);
    const terms = x.map((c, j) => (c === 0 ? "" : `${c < 0 ? "− " : "+ "}${Math.abs(c) === 1 ? "" : `${num(Math.abs(c))}·`}${FEATURES[j]}`)).filter(Boolean);
    lines.push(`  reads: ${terms.join(" ").replace(/^\+ /, "").replace(/^− /, "−")} = 0 for every person`);
    const Ax = TABLE.map((rw) => rw.reduce((s, a, j) => s + a * x[j], 0));
    lines.push(`  check: A·x = [${Ax.map(num).join(", ")}]`);
  });
  return lines.join("\n");
}

function rankVersusScale(): string {
  const lines = ["  c        rank with === 0   rank with |x| ≤ 1e-10   rank with relative tol", "  -------  ---------------   ---------------------   ----------------------"];
  for (let k = -12; k <= 12; k += 4) {
    const A = TENTHS.map((rw) => rw.map((x) => x * 10 ** k));
    const cells = [rank(A, 0), rank(A, 1e-10), rank(A)].map(String);
    lines.push(`  1e${k}`.padEnd(11) + cells[0].padEnd(18) + cells[1].padEnd(24) + cells[2]);
  }
  return lines.join("\n");
}

export default {
  "redundant-feature": redundantFeature,
  "rank-vs-scale": rankVersusScale,
} satisfies Record<string, () => string>;
