// Pictures for lesson 04-transformations, drawn from the reference solutions (npm run figures 04).
import { applyHomogeneous, applyToPoints, compose, rotation, scaling, shear, translation } from "../solutions/04-transformations/transform-2d";
import { applyColorMatrix, convolve } from "../solutions/04-transformations/image-filters";

type V = number[];
type M = number[][];

/** A number with at most `d` decimals, trailing zeros dropped, and no "-0". */
function fmt(x: number, d = 2): string {
  const s = x.toFixed(d).replace(/\.?0+$/, "");
  return s === "-0" ? "0" : s;
}

/** A small matrix as bracketed rows, one string per row, columns right-aligned. */
function matrixLines(A: M, d = 2): string[] {
  const cells = A.map((r) => r.map((x) => fmt(x, d)));
  const w = Math.max(...cells.flat().map((s) => s.length));
  return cells.map((r) => `[ ${r.map((s) => s.padStart(w)).join("  ")} ]`);
}

/** Blocks of lines placed next to each other, with `gap` spaces between them. */
function sideBySide(blocks: string[][], gap = 4): string {
  const widths = blocks.map((b) => Math.max(...b.map((l) => [...l].length)));
  const height = Math.max(...blocks.map((b) => b.length));
  const lines: string[] = [];
  for (let i = 0; i < height; i++) {
    lines.push(blocks.map((b, k) => (b[i] ?? "") + " ".repeat(widths[k] - [...(b[i] ?? "")].length)).join(" ".repeat(gap)).trimEnd());
  }
  return lines.join("\n");
}

interface Layer {
  points: V[];
  mark: string;
}

/**
 * A character grid with the axes drawn through the origin. Layers are drawn in order (later ones
 * on top); each point is rounded to the nearest grid position. Columns are half as wide as rows
 * are tall, so x is stretched by `xs` columns per unit to keep shapes in proportion.
 */
function grid(layers: Layer[], [x0, x1]: [number, number], [y0, y1]: [number, number], xs = 2, axes = true): string[] {
  const w = (x1 - x0) * xs + 1;
  const h = y1 - y0 + 1;
  const cells = Array.from({ length: h }, () => new Array<string>(w).fill(" "));
  const put = (x: number, y: number, ch: string) => {
    const c = Math.round((x - x0) * xs);
    const r = Math.round(y1 - y);
    if (r >= 0 && r < h && c >= 0 && c < w) cells[r][c] = ch;
  };
  if (axes) {
    for (let x = x0; x <= x1; x += 1 / xs) put(x, 0, "-");
    for (let y = y0; y <= y1; y++) put(0, y, "|");
    put(0, 0, "+");
  }
  for (const layer of layers) for (const [x, y] of layer.points) put(x, y, layer.mark);
  return cells.map((r) => r.join(""));
}

/** The points along a closed polygon's edges, `steps` per edge, so that the outline shows. */
function outline(poly: V[], steps = 6): V[] {
  const out: V[] = [];
  poly.forEach((p, i) => {
    const q = poly[(i + 1) % poly.length];
    for (let s = 0; s < steps; s++) out.push([p[0] + ((q[0] - p[0]) * s) / steps, p[1] + ((q[1] - p[1]) * s) / steps]);
  });
  return out;
}

// An "F": no symmetry, so every turn, flip and slant is visible.
const F: V[] = [
  [0, 0],
  [0, 1],
  [0, 2],
  [0, 3],
  [0, 4],
  [1, 4],
  [2, 4],
  [1, 2],
];

const panel = (title: string, A: M | null, range = 5): string[] => {
  const layers: Layer[] = [{ points: F, mark: "·" }];
  if (A) layers.push({ points: applyToPoints(A, F), mark: "#" });
  else layers[0].mark = "#";
  const lines = grid(layers, [-range, range], [-1, range]);
  return [title, ...(A ? matrixLines(A).map((l) => `  ${l}`) : ["", ""]), ...lines];
};

function shapes(): string {
  const row1 = [panel("the shape (#)", null), panel("rotation(π/2)", rotation(Math.PI / 2)), panel("shear(1, 0)", shear(1, 0))];
  const row2 = [panel("reflection: scaling(-1, 1)", scaling(-1, 1)), panel("scaling(1.5, 0.5)", scaling(1.5, 0.5)), panel("rotation(-π/4) (clockwise)", rotation(-Math.PI / 4))];
  return [sideBySide(row1, 3), "", sideBySide(row2, 3), "", "· where each point was     # where the matrix sends it"].join("\n");
}

function order(): string {
  const R = rotation(Math.PI / 2);
  const S = shear(1, 0);
  const a = compose(R, S);
  const b = compose(S, R);
  const left = [
    "compose(R, S) = R·S: shear first, then turn",
    ...matrixLines(a).map((l) => `  ${l}`),
    ...grid([{ points: F, mark: "·" }, { points: applyToPoints(a, F), mark: "#" }], [-6, 6], [-1, 5]),
  ];
  const right = [
    "compose(S, R) = S·R: turn first, then shear",
    ...matrixLines(b).map((l) => `  ${l}`),
    ...grid([{ points: F, mark: "·" }, { points: applyToPoints(b, F), mark: "#" }], [-6, 6], [-1, 5]),
  ];
  return [sideBySide([left, right], 3), "", "R = rotation(π/2), S = shear(1, 0). Same two matrices, different order, different picture."].join("\n");
}

/** Signed area of a polygon (shoelace formula): positive when its corners run counter-clockwise. */
function signedArea(poly: V[]): number {
  let s = 0;
  poly.forEach((p, i) => {
    const q = poly[(i + 1) % poly.length];
    s += p[0] * q[1] - q[0] * p[1];
  });
  return s / 2;
}

function areas(): string {
  const square: V[] = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
  ];
  const cases: [string, M][] = [
    ["rotation(π/6)", rotation(Math.PI / 6)],
    ["scaling(2, 3)", scaling(2, 3)],
    ["shear(1.5, 0)", shear(1.5, 0)],
    ["scaling(-1, 1)", scaling(-1, 1)],
    ["scaling(2, 1)·rotation(π/4)", compose(scaling(2, 1), rotation(Math.PI / 4))],
    ["shear(1, 1)", shear(1, 1)],
    ["[[1, 2], [2, 4]]", [[1, 2], [2, 4]]],
  ];
  const head = ["transform", "M·[1, 0]", "M·[0, 1]", "area of the image", "ad − bc", "trace"];
  const rows = cases.map(([name, A]) => {
    const img = applyToPoints(A, square);
    const det = A[0][0] * A[1][1] - A[0][1] * A[1][0];
    const pt = (p: V) => `(${fmt(p[0])}, ${fmt(p[1])})`;
    return [name, pt(img[1]), pt(img[3]), fmt(signedArea(img), 3), fmt(det, 3), fmt(A[0][0] + A[1][1], 3)];
  });
  const widths = head.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (r: string[]) => r.map((s, j) => (j < 3 ? s.padEnd(widths[j]) : s.padStart(widths[j]))).join("  ").trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line), "", "area of the image: the signed area of the unit square's image (shoelace formula)"].join("\n");
}

// The ship in world coordinates at the start: nose up, centre at (3, 2).
const SHIP: V[] = [
  [3, 4],
  [1.5, 0.5],
  [3, 1.5],
  [4.5, 0.5],
];
const SHIP_CENTRE: V = [3, 2];

/** Rotation by θ about the point c: move c to the origin, turn, move it back. */
const aboutCentre = (c: V, theta: number): M => compose(translation(c[0], c[1]), rotation3(theta), translation(-c[0], -c[1]));

function rotation3(theta: number): M {
  const R = rotation(theta);
  return [
    [R[0][0], R[0][1], 0],
    [R[1][0], R[1][1], 0],
    [0, 0, 1],
  ];
}

function gameEngine(): string {
  // Every frame: turn 45° to the left about the ship's own centre, then fly 2 units along the new heading.
  let ship = SHIP;
  let centre = SHIP_CENTRE;
  let heading = Math.PI / 2;
  const trail: V[] = [];
  const panels: string[][] = [];
  for (let frame = 0; frame < 6; frame++) {
    const layers: Layer[] = [
      { points: trail, mark: "." },
      { points: outline(ship, 8), mark: "#" },
      { points: [centre], mark: "o" },
    ];
    panels.push([`frame ${frame}: centre (${fmt(centre[0], 1)}, ${fmt(centre[1], 1)})`, ...grid(layers, [-4, 5], [-4, 6])]);
    trail.push(centre);
    const turn = Math.PI / 4;
    heading += turn;
    const step = translation(2 * Math.cos(heading), 2 * Math.sin(heading));
    const M = compose(step, aboutCentre(centre, turn));
    ship = applyHomogeneous(M, ship);
    centre = applyHomogeneous(M, [centre])[0];
  }
  return [
    sideBySide(panels.slice(0, 3), 3),
    "",
    sideBySide(panels.slice(3), 3),
    "",
    "# the ship   o its centre c   . where the centre was in earlier frames",
    "each frame: M = translation(2 units forward) · translation(c) · rotation(45°) · translation(−c)",
  ].join("\n");
}

function pivotMistake(): string {
  const turn = Math.PI / 2;
  const right = applyHomogeneous(aboutCentre(SHIP_CENTRE, turn), SHIP);
  const wrong = applyHomogeneous(rotation3(turn), SHIP);
  const left = [
    "translation(c)·rotation·translation(−c)",
    ...grid([{ points: outline(SHIP, 8), mark: "·" }, { points: outline(right, 8), mark: "#" }], [-6, 6], [-2, 6]),
  ];
  const bad = ["rotation alone: turns about the origin (+)", ...grid([{ points: outline(SHIP, 8), mark: "·" }, { points: outline(wrong, 8), mark: "#" }], [-6, 6], [-2, 6])];
  return [sideBySide([left, bad], 4), "", "· before the 90° turn     # after it; the ship's centre is (3, 2)"].join("\n");
}

/** A 12×16 test picture generated by code: a dark-to-light background, a bright disc and a dark bar. */
export function testImage(): M {
  const h = 12;
  const w = 16;
  return Array.from({ length: h }, (_, i) =>
    Array.from({ length: w }, (_, j) => {
      let v = 40 + 5 * j; // gentle gradient from left to right
      if ((i - 5.5) ** 2 + (j - 5) ** 2 < 10) v = 230; // a bright disc
      if (j >= 10 && j <= 12 && i >= 2 && i <= 9) v = 10; // a dark bar
      return v;
    }),
  );
}

const SHADES = " .:-=+*#%@";
/** Each value (0 to 255, clipped) as one of 10 shade characters, two columns per pixel. */
function shade(image: M): string[] {
  return image.map((row) =>
    row
      .map((v) => {
        const k = Math.max(0, Math.min(SHADES.length - 1, Math.floor((Math.max(0, Math.min(255, v)) / 256) * SHADES.length)));
        return SHADES[k].repeat(2);
      })
      .join(""),
  );
}

export const BLUR: M = [
  [1 / 16, 2 / 16, 1 / 16],
  [2 / 16, 4 / 16, 2 / 16],
  [1 / 16, 2 / 16, 1 / 16],
];
export const SHARPEN: M = [
  [0, -1, 0],
  [-1, 5, -1],
  [0, -1, 0],
];
const SOBEL_X: M = [
  [-1, 0, 1],
  [-2, 0, 2],
  [-1, 0, 1],
];
const SOBEL_Y: M = [
  [-1, -2, -1],
  [0, 0, 0],
  [1, 2, 1],
];

function photoFilters(): string {
  const img = testImage();
  const blurred = convolve(img, BLUR);
  const sharp = convolve(img, SHARPEN);
  const gx = convolve(img, SOBEL_X);
  const gy = convolve(img, SOBEL_Y);
  // Edge strength: the length of the gradient [gx, gy], scaled so that the strongest edge is 255.
  const mag = gx.map((r, i) => r.map((x, j) => Math.hypot(x, gy[i][j])));
  const top = Math.max(...mag.flat());
  const edges = mag.map((r) => r.map((x) => (255 * x) / top));
  const frame = (title: string, m: M) => [title, "+" + "-".repeat(32) + "+", ...shade(m).map((l) => `|${l}|`), "+" + "-".repeat(32) + "+"];
  return [
    sideBySide([frame("original", img), frame("blurred (3×3 Gaussian)", blurred)], 3),
    "",
    sideBySide([frame("sharpened", sharp), frame("edges: length of [Sobel x, Sobel y]", edges)], 3),
    "",
    `shades from dark to bright: "${SHADES}" (each pixel is 2 characters wide)`,
  ].join("\n");
}

export const SEPIA: M = [
  [0.393, 0.769, 0.189],
  [0.349, 0.686, 0.168],
  [0.272, 0.534, 0.131],
];
export const GREY: M = [
  [0.299, 0.587, 0.114],
  [0.299, 0.587, 0.114],
  [0.299, 0.587, 0.114],
];

function swatches(): string {
  const palette: [string, V][] = [
    ["tomato", [230, 60, 50]],
    ["orange", [245, 150, 30]],
    ["lemon", [250, 220, 80]],
    ["grass", [70, 170, 60]],
    ["sky", [90, 160, 235]],
    ["plum", [120, 50, 140]],
    ["white", [255, 255, 255]],
    ["black", [0, 0, 0]],
  ];
  const pixels = palette.map(([, p]) => p);
  const grey = applyColorMatrix(pixels, GREY);
  const sepia = applyColorMatrix(pixels, SEPIA);
  const raw = pixels.map((p) => SEPIA.map((row) => row[0] * p[0] + row[1] * p[1] + row[2] * p[2]));
  const t = (p: V) => `[${p.map((x) => fmt(x, 1).padStart(6)).join("")} ]`;
  const head = ["swatch", "[r, g, b]", "greyscale", "sepia, clamped", "sepia, raw"];
  const rows = palette.map(([name], i) => [name, t(pixels[i]), t(grey[i]), t(sepia[i]), t(raw[i])]);
  const widths = head.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (r: string[]) => r.map((s, j) => s.padEnd(widths[j])).join("  ").trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const figures: Record<string, () => string> = {
  "transform-gallery": shapes,
  "composition-order": order,
  "determinant-area": areas,
  "game-engine": gameEngine,
  "pivot-mistake": pivotMistake,
  "photo-filters": photoFilters,
  "colour-swatches": swatches,
};

export default figures;
