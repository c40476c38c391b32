// Pictures for lesson 05-matrix-types, drawn from the reference solution (npm run figures 05).
import { isDiagonal, isLowerTriangular, isOrthogonal, isSymmetric, isUpperTriangular, trace } from "../solutions/05-matrix-types/matrix-types";

type V = number[];
type M = number[][];

const apply = (A: M, p: V): V => A.map((row) => row[0] * p[0] + row[1] * p[1]);
const matMul = (A: M, B: M): M => A.map((row) => B[0].map((_, j) => row.reduce((s, x, k) => s + x * B[k][j], 0)));
const transpose = (A: M): M => A[0].map((_, j) => A.map((r) => r[j]));

/** A number with at most `d` decimals, trailing zeros dropped, and no "-0". */
function fmt(x: number, d = 2): string {
  const s = x.toFixed(d).replace(/\.?0+$/, "");
  return s === "-0" ? "0" : s;
}

/** Blocks of lines placed next to each other, with `gap` spaces between them. */
function sideBySide(blocks: string[][], gap = 3): string {
  const widths = blocks.map((b) => Math.max(...b.map((l) => [...l].length)));
  const height = Math.max(...blocks.map((b) => b.length));
  const lines: string[] = [];
  for (let i = 0; i < height; i++) {
    lines.push(blocks.map((b, k) => (b[i] ?? "") + " ".repeat(widths[k] - [...(b[i] ?? "")].length)).join(" ".repeat(gap)).trimEnd());
  }
  return lines.join("\n");
}

/**
 * A character grid over [−r, r]², axes through the origin; `layers` drawn in order (later on top).
 * A column is half as wide as a row is tall, so x gets two columns per unit of y.
 */
function grid(layers: { points: V[]; mark: string }[], r: number, cellsPerUnit: number): string[] {
  const w = 4 * r * cellsPerUnit + 1;
  const h = 2 * r * cellsPerUnit + 1;
  const cells = Array.from({ length: h }, () => new Array<string>(w).fill(" "));
  const put = (x: number, y: number, ch: string) => {
    const c = Math.round((x + r) * 2 * cellsPerUnit);
    const row = Math.round((r - y) * cellsPerUnit);
    if (row >= 0 && row < h && c >= 0 && c < w) cells[row][c] = ch;
  };
  for (let c = 0; c < w; c++) cells[Math.round(r * cellsPerUnit)][c] = "-";
  for (let row = 0; row < h; row++) cells[row][Math.round(2 * r * cellsPerUnit)] = "|";
  for (const layer of layers) for (const [x, y] of layer.points) put(x, y, layer.mark);
  return cells.map((line) => line.join(""));
}

const circle: V[] = Array.from({ length: 72 }, (_, k) => [Math.cos((k * Math.PI) / 36), Math.sin((k * Math.PI) / 36)]);
const arrowTip = (A: M): V => apply(A, [1, 0]);

function kinds(): string {
  const t = Math.PI / 6;
  const cases: [string, M][] = [
    ["orthogonal: rotation(π/6)", [[Math.cos(t), -Math.sin(t)], [Math.sin(t), Math.cos(t)]]],
    ["diagonal: diag(1.8, 0.6)", [[1.8, 0], [0, 0.6]]],
    ["symmetric", [[1.3, 0.7], [0.7, 1.3]]],
    ["lower triangular", [[1, 0], [0.9, 1]]],
  ];
  const panels = cases.map(([title, A]) => {
    const kinds = [
      isOrthogonal(A) && "orthogonal",
      isDiagonal(A) && "diagonal",
      isSymmetric(A) && "symmetric",
      isUpperTriangular(A) && "upper",
      isLowerTriangular(A) && "lower",
    ].filter(Boolean);
    const rows = A.map((r) => `[ ${r.map((x) => fmt(x).padStart(5)).join(" ")} ]`);
    return [
      title,
      ...rows.map((l) => `  ${l}`),
      ...grid(
        [
          { points: circle, mark: "·" },
          { points: circle.map((p) => apply(A, p)), mark: "o" },
          { points: [arrowTip(A)], mark: "@" },
        ],
        2,
        3,
      ),
      `  is: ${kinds.join(", ")}`,
      `  trace ${fmt(trace(A), 3)}`,
    ];
  });
  return [
    sideBySide(panels.slice(0, 2), 4),
    "",
    sideBySide(panels.slice(2), 4),
    "",
    "· the unit circle    o where the matrix sends it    @ where the point (1, 0) lands",
  ].join("\n");
}

/** A rotation of 3-D space: a turn of 0.7 rad about the z-axis, then 0.4 rad about the x-axis. */
function rotation3(): M {
  const [a, b] = [0.7, 0.4];
  const Rz = [
    [Math.cos(a), -Math.sin(a), 0],
    [Math.sin(a), Math.cos(a), 0],
    [0, 0, 1],
  ];
  const Rx = [
    [1, 0, 0],
    [0, Math.cos(b), -Math.sin(b)],
    [0, Math.sin(b), Math.cos(b)],
  ];
  return matMul(Rx, Rz);
}

function rounding(): string {
  const Q = rotation3();
  const G = matMul(transpose(Q), Q);
  const E = G.map((row, i) => row.map((x, j) => x - (i === j ? 1 : 0)));
  const cell = (x: number) => (x === 0 ? "0" : x.toExponential(1)).padStart(8);
  const exact = G.every((row, i) => row.every((x, j) => x === (i === j ? 1 : 0)));
  return [
    "Q = a rotation of 3-D space (0.7 rad about z, then 0.4 rad about x)",
    "",
    "QᵀQ − I, computed in floating point:",
    ...E.map((row) => `  [ ${row.map(cell).join(" ")} ]`),
    "",
    `every entry of QᵀQ === the identity's:  ${exact}`,
    `isOrthogonal(Q) with tol = 1e-10:       ${isOrthogonal(Q)}`,
  ].join("\n");
}

const figures: Record<string, () => string> = {
  "matrix-kinds": kinds,
  "qtq-rounding": rounding,
};

export default figures;
