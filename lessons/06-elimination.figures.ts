// Figures of lesson 06-elimination, drawn by running code: elimination step by step, the 1e-20
// pivot with and without a row swap, and the error of solving Hilbert systems against κ.
import asciichart from "asciichart";
import { solve } from "../solutions/06-elimination/gaussian-elimination";
import { inverse } from "../solutions/06-elimination/inverse";

type Matrix = number[][];

/** A number as a person would write it: at most 4 significant digits, no trailing zeros. */
const fmt = (x: number): string => {
  if (x === 0) return "0";
  const a = Math.abs(x);
  if (a >= 1e5 || a < 1e-3) return x.toExponential(0).replace("e+", "e");
  return String(Number(x.toPrecision(4)));
};

/** An augmented matrix [A | b] with bracket edges, columns right-aligned. */
function augmented(M: Matrix, indent = "    "): string[] {
  const cells = M.map((row) => row.map(fmt));
  const widths = cells[0].map((_, j) => Math.max(...cells.map((r) => r[j].length)));
  const n = M.length;
  return cells.map((r, i) => {
    const left = r.slice(0, -1).map((c, j) => c.padStart(widths[j])).join("  ");
    const right = r[r.length - 1].padStart(widths[widths.length - 1]);
    const [l, e] = n === 1 ? ["[", "]"] : i === 0 ? ["⎡", "⎤"] : i === n - 1 ? ["⎣", "⎦"] : ["⎢", "⎥"];
    return `${indent}${l} ${left} │ ${right} ${e}`;
  });
}

/** Forward elimination with partial pivoting on [A | b], narrated, then back substitution. */
function eliminationSteps(): string {
  const A = [
    [2, 1, -1],
    [-3, -1, 2],
    [-2, 1, 2],
  ];
  const b = [8, -11, -3];
  const n = A.length;
  const M = A.map((row, i) => [...row, b[i]]);
  const out = ["start: [A | b]", ...augmented(M)];
  for (let k = 0; k < n - 1; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i][k]) > Math.abs(M[p][k])) p = i;
    const col = `column ${k + 1}: the largest |entry| on or below the diagonal is ${fmt(M[p][k])}, in row ${p + 1}`;
    if (p !== k) {
      [M[p], M[k]] = [M[k], M[p]];
      out.push("", `${col}: swap rows ${k + 1} and ${p + 1}`);
    } else out.push("", `${col}: no swap`);
    const ops: string[] = [];
    for (let i = k + 1; i < n; i++) {
      const m = M[i][k] / M[k][k];
      ops.push(`row ${i + 1} −= (${fmt(m)}) × row ${k + 1}`);
      for (let j = k; j <= n; j++) M[i][j] -= m * M[k][j];
      M[i][k] = 0; // exactly what the subtraction aims at; rounding may leave 1e-17 otherwise
    }
    out.push(`  ${ops.join(",   ")}`, ...augmented(M));
  }
  out.push("", "back substitution, bottom row first:");
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i][n];
    const terms = [fmt(M[i][n])];
    for (let j = i + 1; j < n; j++) {
      s -= M[i][j] * x[j];
      terms.push(`(${fmt(M[i][j])})(${fmt(x[j])})`);
    }
    x[i] = s / M[i][i];
    out.push(`  x${i + 1} = (${terms.join(" − ")}) / (${fmt(M[i][i])}) = ${fmt(x[i])}`);
  }
  out.push("", `solve(A, b) → [${solve(A, b).map(fmt).join(", ")}]`);
  return out.join("\n");
}

/** The 2×2 system with a 1e-20 pivot, eliminated without and with a row swap. */
function tinyPivot(): string {
  const eps = 1e-20;
  const out = [`A = [[1e-20, 1], [1, 1]],  b = [1, 2]:  the true solution is x ≈ [1, 1] (both within 1e-20 of 1)`, ""];
  // Without pivoting: divide by the 1e-20 in the corner.
  const m = 1 / eps;
  const a22 = 1 - m * 1;
  const b2 = 2 - m * 1;
  const x2 = b2 / a22;
  const x1 = (1 - 1 * x2) / eps;
  out.push(
    "without pivoting",
    `  multiplier m = 1 / 1e-20 = ${fmt(m)}`,
    `  row 2 becomes [0, 1 − m | 2 − m] = [0, ${fmt(a22)} | ${fmt(b2)}]      (1 − 1e20 rounds to −1e20: the 1 is lost)`,
    `  x2 = ${fmt(b2)} / ${fmt(a22)} = ${fmt(x2)}`,
    `  x1 = (1 − 1 × x2) / 1e-20 = ${fmt(1 - x2)} / 1e-20 = ${fmt(x1)}      ← should be 1: completely wrong`,
    "",
  );
  // With partial pivoting: the 1 in row 2 is the bigger pivot, so swap first.
  const mp = eps / 1;
  const p22 = 1 - mp * 1;
  const pb2 = 1 - mp * 2;
  const y2 = pb2 / p22;
  const y1 = (2 - 1 * y2) / 1;
  out.push(
    "with partial pivoting (swap the rows first: |1| > |1e-20|)",
    `  multiplier m = 1e-20 / 1 = ${fmt(mp)}`,
    `  row 2 becomes [0, 1 − m | 1 − 2m] = [0, ${fmt(p22)} | ${fmt(pb2)}]      (the 1e-20 is lost instead: harmless)`,
    `  x2 = ${fmt(pb2)} / ${fmt(p22)} = ${fmt(y2)}`,
    `  x1 = (2 − 1 × x2) / 1 = ${fmt(y1)}`,
    "",
    `solve(A, b) → [${solve([[eps, 1], [1, 1]], [1, 2]).map(fmt).join(", ")}]`,
  );
  return out.join("\n");
}

const hilbert = (n: number): Matrix => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => 1 / (i + j + 1)));
const normInf = (A: Matrix) => Math.max(...A.map((row) => row.reduce((s, x) => s + Math.abs(x), 0)));

/** Hilbert systems with known solution x = [1, …, 1]: the error grows with κ, the residual does not. */
function hilbertError(): string {
  const ns = Array.from({ length: 11 }, (_, i) => i + 2);
  const rows = ns.map((n) => {
    const H = hilbert(n);
    const truth = new Array<number>(n).fill(1);
    const b = H.map((row) => row.reduce((s, h) => s + h, 0));
    const x = solve(H, b);
    const error = Math.max(...x.map((xi, i) => Math.abs(xi - truth[i]))); // ‖x − x_true‖∞ / ‖x_true‖∞, with ‖x_true‖∞ = 1
    const kappa = normInf(H) * normInf(inverse(H));
    const r = H.map((row, i) => row.reduce((s, h, j) => s + h * x[j], 0) - b[i]);
    const backward = Math.max(...r.map(Math.abs)) / (normInf(H) * Math.max(...x.map(Math.abs)));
    return { n, error, kappa, backward };
  });
  // One row per decade, six columns per n: the line is the measured error, each ● the estimate κ·ε.
  const log = (v: number) => Math.max(Math.log10(Math.max(v, 1e-17)), -17);
  const width = 6;
  const spread = (values: number[]) => values.flatMap((v) => new Array<number>(width).fill(v));
  const top = 1;
  // No "┼" on the axis (asciichart puts one on the row it takes for zero): every row is a label.
  const config = { min: -17, max: top, height: 18, format: (v: number) => `1e${Math.round(v)}`.padStart(6), symbols: ["┤", "┤", "╶", "╴", "─", "╰", "╭", "╮", "╯", "│"] };
  const lines = asciichart.plot(spread(rows.map((r) => log(r.error))), config).split("\n");
  rows.forEach((r, i) => {
    const line = top - Math.round(log(r.kappa * Number.EPSILON));
    if (line < 0 || line >= lines.length) return;
    const axis = lines[line].indexOf("┤");
    const col = axis + i * width + width / 2; // the middle of n's flat stretch of the line
    lines[line] = lines[line].padEnd(col + 1).slice(0, col) + "●" + lines[line].slice(col + 1);
  });
  const axis = `${" ".repeat(lines[0].indexOf("┤") + width / 2)}${rows.map((r) => String(r.n).padEnd(width)).join("").trimEnd()}`;
  const table = [
    "   n   κ(H)      relative error of x   backward error",
    ...rows.map((r) => `  ${String(r.n).padStart(2)}   ${r.kappa.toExponential(1).padEnd(8)}  ${r.error.toExponential(1).padEnd(20)}  ${r.backward.toExponential(1)}`),
  ];
  return [
    "relative error of x (the line) and the rule of thumb κ·ε (●), on a log scale",
    ...lines.map((l) => l.trimEnd()),
    `${axis}   ← n (Hilbert matrix size)`,
    "",
    ...table,
  ].join("\n");
}

export default {
  "elimination-steps": eliminationSteps,
  "tiny-pivot": tinyPivot,
  "hilbert-error": hilbertError,
} satisfies Record<string, () => string>;
