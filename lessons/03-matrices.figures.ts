// Pictures for lesson 03-matrices, drawn from the reference solutions (npm run figures 03).
import { matMul, matVec } from "../solutions/03-matrices/matrix-multiply";
import { formatMatrix } from "../src/render/matrix";
import { formatNumber } from "../src/render/format";

const A = [
  [1, 2, 3],
  [4, 5, 6],
];
const B = [
  [1, 0, 2, -1],
  [0, 1, 1, 0],
  [1, 1, 0, 2],
];

/** A·B laid out with B above the answer and A to its left, so each entry sits at the crossing of its row and column. */
function rowColumn(): string {
  const C = matMul(A, B);
  const a = formatMatrix(A);
  const b = formatMatrix(B);
  const c = formatMatrix(C);
  const left = Math.max(...a.map((l) => l.length)) + 4;
  const pad = " ".repeat(left);
  const lines = [`${pad}B (3×4)`, ...b.map((l) => pad + l), "", `${"A (2×3)".padEnd(left)}C = A·B (2×4)`];
  a.forEach((l, i) => lines.push(l.padEnd(left) + c[i]));
  const [i, j] = [1, 2];
  const terms = A[i].map((x, t) => `${formatNumber(x)}·${formatNumber(B[t][j])}`).join(" + ");
  lines.push("", `C[${i}][${j}] = row ${i} of A · column ${j} of B = ${terms} = ${formatNumber(C[i][j])}`);
  return lines.join("\n");
}

const houses = [
  [1.2, 3, 2.5],
  [0.8, 2, 4],
  [2, 4, 0.5],
  [1.5, 3, 1],
];
const weights = [150, 20, -8];
const bias = 50;

/** A data table (rows = houses, columns = features) times a weight vector: every prediction at once. */
function linearModel(): string {
  const predictions = matVec(houses, weights).map((p) => p + bias);
  const cell = (s: string) => s.padStart(7);
  const formula = `${weights.map((w, k) => `${k === 0 ? "" : w < 0 ? " − " : " + "}${formatNumber(Math.abs(w))}·${["area", "rooms", "age"][k]}`).join("")} + ${bias}`;
  const lines = [`         ${["area", "rooms", "age"].map(cell).join("")}       prediction = ${formula}`];
  houses.forEach((row, i) => lines.push(`house ${i}  ${row.map((x) => cell(formatNumber(x))).join("")}   →   ${formatNumber(predictions[i], 4)}`));
  return lines.join("\n");
}

export default { "row-column": rowColumn, "linear-model": linearModel } satisfies Record<string, () => string>;
