// Pictures for lesson 12-svd, drawn from the reference solutions (npm run figures 12-svd).
import { lowRank } from "../solutions/12-svd/low-rank";
import { svd } from "../solutions/12-svd/svd";

type V = number[];
type M = number[][];

/** A number with at most `d` decimals, trailing zeros dropped, and no "-0". */
function fmt(x: number, d = 2): string {
  const s = x.toFixed(d).replace(/\.?0+$/, "");
  return s === "-0" ? "0" : s;
}

/** Blocks of lines placed next to each other, with `gap` spaces between them. */
function sideBySide(blocks: string[][], gap = 3): string[] {
  const widths = blocks.map((b) => Math.max(...b.map((l) => [...l].length)));
  const height = Math.max(...blocks.map((b) => b.length));
  const lines: string[] = [];
  for (let i = 0; i < height; i++) {
    lines.push(blocks.map((b, k) => (b[i] ?? "") + " ".repeat(widths[k] - [...(b[i] ?? "")].length)).join(" ".repeat(gap)).trimEnd());
  }
  return lines;
}

// ---------- the picture: a small greyscale image ----------

/** 16×30 greyscale image (0 = black, 255 = white): a sky, a sun, a dark tower, a roof and a hill. */
export function picture(): M {
  const m = 16;
  const n = 30;
  return Array.from({ length: m }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      let v = 70 + 6 * i; // sky: brighter towards the bottom
      if ((i - 4) ** 2 + ((j - 23) / 2) ** 2 < 9) v = 250; // the sun
      if (i >= 7 && Math.abs(j - 16) <= i - 7) v = 150; // a roof (a triangle)
      if (j >= 4 && j <= 6 && i >= 3) v = 20; // a tower
      if (i > 12 + 1.5 * Math.sin(j / 3)) v = 110; // a hill along the bottom
      return v;
    }),
  );
}

const SHADES = " .:-=+*#%@";
/** Each value (0 to 255, clipped) as one of 10 shade characters. */
function shade(image: M): string[] {
  return image.map((row) =>
    row
      .map((v) => {
        const k = Math.floor((Math.max(0, Math.min(255, v)) / 256) * SHADES.length);
        return SHADES[Math.max(0, Math.min(SHADES.length - 1, k))];
      })
      .join(""),
  );
}

function frame(title: string, sub: string, image: M): string[] {
  const w = image[0].length;
  return [title, sub, "+" + "-".repeat(w) + "+", ...shade(image).map((l) => `|${l}|`), "+" + "-".repeat(w) + "+"];
}

function compression(): string {
  const A = picture();
  const m = A.length;
  const n = A[0].length;
  const full = m * n;
  const panel = (k: number) => {
    const stored = k * (m + n + 1);
    return frame(`k = ${k}`, `${stored} numbers (${Math.round((100 * stored) / full)} %)`, lowRank(A, k));
  };
  return [
    ...sideBySide([frame("original", `${m}×${n} = ${full} numbers`, A), panel(1), panel(2)]),
    "",
    ...sideBySide([panel(3), panel(5), panel(8)]),
    "",
    `rank k stores k·(m + n + 1) numbers: k columns of U (${m} each), k of V (${n} each), k values σ.`,
    `shades from dark to bright: "${SHADES}"`,
  ].join("\n");
}

function spectrum(): string {
  const A = picture();
  const { S } = svd(A);
  const total = S.reduce((s, x) => s + x * x, 0);
  const width = 50;
  let running = 0;
  const lines = ["   i      σᵢ   " + " ".repeat(width - 4) + "kept energy (Σ σ² up to i)"];
  S.slice(0, 12).forEach((s, i) => {
    running += s * s;
    const bar = "█".repeat(Math.round((width * s) / S[0]));
    lines.push(`  ${String(i + 1).padStart(2)}  ${fmt(s, 1).padStart(7)}  ${bar.padEnd(width)}  ${fmt((100 * running) / total, 2)} %`);
  });
  lines.push(`  … ${S.length - 12} more, down to σ${S.length} = ${fmt(S[S.length - 1], 2)}`);
  return lines.join("\n");
}

function errors(): string {
  const A = picture();
  const m = A.length;
  const n = A[0].length;
  const { S } = svd(A);
  const lines = ["   k   numbers stored   σₖ₊₁ (2-norm error)   √(σₖ₊₁² + …) (Frobenius error)   ‖A − A_k‖F measured"];
  for (const k of [0, 1, 2, 3, 5, 8]) {
    const Ak = lowRank(A, k);
    const measured = Math.sqrt(A.reduce((s, row, i) => s + row.reduce((t, x, j) => t + (x - Ak[i][j]) ** 2, 0), 0));
    const tail = Math.sqrt(S.slice(k).reduce((s, x) => s + x * x, 0));
    lines.push(`  ${String(k).padStart(2)}   ${String(k * (m + n + 1)).padStart(14)}   ${fmt(S[k], 1).padStart(19)}   ${fmt(tail, 1).padStart(30)}   ${fmt(measured, 1).padStart(19)}`);
  }
  return lines.join("\n");
}

// ---------- the unit circle becomes an ellipse ----------

const ELLIPSE_A: M = [
  [2, 1],
  [0, 1],
];

const apply = (A: M, p: V): V => [A[0][0] * p[0] + A[0][1] * p[1], A[1][0] * p[0] + A[1][1] * p[1]];
const transposeM = (A: M): M => A[0].map((_, j) => A.map((r) => r[j]));

interface Layer {
  points: V[];
  mark: string;
}

/** A character grid with axes over [−rx, rx] × [−ry, ry]; `sx` columns and `sy` rows per unit (columns are narrow, so sx ≈ 2·sy). */
function grid(layers: Layer[], rx: number, ry: number, sx = 8, sy = 4): string[] {
  const cx = Math.round(rx * sx);
  const cy = Math.round(ry * sy);
  const w = 2 * cx + 1;
  const h = 2 * cy + 1;
  const cells = Array.from({ length: h }, () => new Array<string>(w).fill(" "));
  const put = (x: number, y: number, ch: string) => {
    const c = cx + Math.round(x * sx);
    const row = cy - Math.round(y * sy);
    if (row >= 0 && row < h && c >= 0 && c < w) cells[row][c] = ch;
  };
  for (let c = 0; c < w; c++) cells[cy][c] = "-";
  for (let row = 0; row < h; row++) cells[row][cx] = "|";
  cells[cy][cx] = "+";
  for (const layer of layers) for (const p of layer.points) put(p[0], p[1], layer.mark);
  return cells.map((row) => row.join(""));
}

function circleToEllipse(): string {
  const { U, S, V } = svd(ELLIPSE_A);
  const circle: V[] = Array.from({ length: 120 }, (_, t) => [Math.cos((2 * Math.PI * t) / 120), Math.sin((2 * Math.PI * t) / 120)]);
  const Vt = transposeM(V);
  const Sg: M = [
    [S[0], 0],
    [0, S[1]],
  ];
  const v1: V = [V[0][0], V[1][0]];
  const v2: V = [V[0][1], V[1][1]];
  const stages: { title: string; map: (p: V) => V }[] = [
    { title: "x on the unit circle", map: (p) => p },
    { title: "Vᵀ·x: turned (still a circle)", map: (p) => apply(Vt, p) },
    { title: "Σ·Vᵀ·x: stretched along the axes", map: (p) => apply(Sg, apply(Vt, p)) },
    { title: "U·Σ·Vᵀ·x = A·x: turned again", map: (p) => apply(U, apply(Sg, apply(Vt, p))) },
  ];
  const panels = stages.map(({ title, map }) => [
    title,
    ...grid(
      [
        { points: circle.map(map), mark: "·" },
        { points: [map(v1)], mark: "1" },
        { points: [map(v2)], mark: "2" },
      ],
      2.5,
      1.25,
    ),
  ]);
  return [
    ...sideBySide([panels[0], panels[1]], 4),
    "",
    ...sideBySide([panels[2], panels[3]], 4),
    "",
    `A = [[2, 1], [0, 1]]:  σ₁ = ${fmt(S[0], 3)}, σ₂ = ${fmt(S[1], 3)}`,
    `1 marks v₁ = [${v1.map((x) => fmt(x, 3)).join(", ")}], which lands on σ₁·u₁ = [${[U[0][0] * S[0], U[1][0] * S[0]].map((x) => fmt(x, 3)).join(", ")}] (the long axis)`,
    `2 marks v₂ = [${v2.map((x) => fmt(x, 3)).join(", ")}], which lands on σ₂·u₂ = [${[U[0][1] * S[1], U[1][1] * S[1]].map((x) => fmt(x, 3)).join(", ")}] (the short axis)`,
  ].join("\n");
}

export default {
  "circle-to-ellipse": circleToEllipse,
  compression,
  spectrum,
  "rank-k-errors": errors,
} satisfies Record<string, () => string>;
