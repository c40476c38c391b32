// Figures of lesson 09-orthogonality, drawn by running code: Gram–Schmidt step by step, the loss of
// orthogonality of classical and modified Gram–Schmidt against κ, and the digits the normal
// equations lose next to least squares through QR.
import { gramSchmidt } from "../solutions/09-orthogonality/gram-schmidt";
import { qr } from "../solutions/09-orthogonality/qr-decomposition";
import { leastSquaresQR } from "../solutions/09-orthogonality/qr-least-squares";

type Vector = number[];
type Matrix = number[][];

const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);
const norm = (v: Vector) => Math.sqrt(dot(v, v));
const transpose = (A: Matrix): Matrix => A[0].map((_, j) => A.map((row) => row[j]));
const matMul = (A: Matrix, B: Matrix): Matrix => A.map((row) => B[0].map((_, j) => row.reduce((s, x, k) => s + x * B[k][j], 0)));
const fmt = (x: number) => String(Number(x.toFixed(4)));
const vec = (v: Vector) => `[${v.map(fmt).join(", ")}]`;

/** Gram–Schmidt as it is usually first written: classical projects the ORIGINAL v, modified the remainder w. */
function gramSchmidtOnce(vectors: Vector[], variant: "classical" | "modified"): Vector[] {
  const basis: Vector[] = [];
  for (const v of vectors) {
    let w = v.slice();
    for (const q of basis) {
      const c = dot(q, variant === "classical" ? v : w);
      w = w.map((x, i) => x - c * q[i]);
    }
    const left = norm(w);
    basis.push(w.map((x) => x / left));
  }
  return basis;
}

/** The largest entry of G − I, G = [qᵢ·qⱼ] the Gram matrix of vectors given as rows (= QᵀQ for Q with them as columns). */
const lossOf = (Q: Vector[]) => Math.max(...Q.flatMap((a, i) => Q.map((b, j) => Math.abs(dot(a, b) - (i === j ? 1 : 0)))));

/** A deterministic m×n matrix with orthonormal columns (the Q of a fixed, well-conditioned matrix). */
const orthonormalColumns = (m: number, n: number, seed: number): Matrix =>
  qr(Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => Math.sin(seed * (i + 1) * (j + 2) + i - j) + (i === j ? 2 : 0)))).Q;

/** An m×n matrix U·diag(s)·Vᵀ with singular values from 1 down to 1/κ, spaced geometrically. */
function withCondition(m: number, n: number, kappa: number): Matrix {
  const U = orthonormalColumns(m, n, 1.3);
  const V = orthonormalColumns(n, n, 2.7);
  const s = Array.from({ length: n }, (_, k) => kappa ** (-k / (n - 1)));
  return U.map((row) => V.map((vrow) => row.reduce((t, u, k) => t + u * s[k] * vrow[k], 0)));
}

/** The lesson's example, one subtraction at a time. */
function steps(): string {
  const vs = [
    [1, 1, 0],
    [1, 0, 1],
    [0, 1, 1],
  ];
  const basis: Vector[] = [];
  const out: string[] = [];
  vs.forEach((v, k) => {
    out.push(`v${k + 1} = ${vec(v)}`);
    let w = v.slice();
    basis.forEach((q, j) => {
      const c = dot(q, w);
      out.push(`  remove its q${j + 1} part:  c = q${j + 1}·w = ${fmt(c)},  w = w − c·q${j + 1} = ${vec(w.map((x, i) => x - c * q[i]))}`);
      w = w.map((x, i) => x - c * q[i]);
    });
    const left = norm(w);
    const q = w.map((x) => x / left);
    out.push(`  ‖w‖ = ${fmt(left)},  q${k + 1} = w / ‖w‖ = ${vec(q)}`, "");
    basis.push(q);
  });
  const Q = gramSchmidt(vs);
  out.push(`gramSchmidt(v1, v2, v3) → ${Q.map(vec).join(", ")}`);
  out.push(`QᵀQ = ${matMul(Q, transpose(Q)).map((r) => vec(r.map((x) => (Math.abs(x) < 1e-12 ? 0 : x)))).join(" ")}`);
  return out.join("\n");
}

/** max |G − I| against κ for classical GS, modified GS and the reference (modified, twice). */
function loss(): string {
  const ks = Array.from({ length: 13 }, (_, k) => k);
  const rows = ks.map((k) => {
    const V = transpose(withCondition(10, 6, 10 ** k)); // 6 vectors in ℝ¹⁰, as rows
    const reference = gramSchmidt(V);
    return { k, classical: lossOf(gramSchmidtOnce(V, "classical")), modified: lossOf(gramSchmidtOnce(V, "modified")), twice: lossOf(reference), kept: reference.length };
  });
  // One column per κ, one row per decade: C classical, M modified, R reference (modified twice).
  const top = 0;
  const bottom = -16;
  const decade = (x: number) => Math.min(top, Math.max(bottom, Math.round(Math.log10(Math.max(x, 1e-300)))));
  const width = 5;
  const grid: string[][] = [];
  for (let d = top; d >= bottom; d--) grid.push(ks.map(() => " "));
  const put = (col: number, value: number, mark: string) => {
    const cell = grid[top - decade(value)];
    cell[col] = cell[col] === " " ? mark : cell[col] + mark;
  };
  rows.forEach((r, col) => {
    put(col, r.classical, "C");
    put(col, r.modified, "M");
    put(col, r.twice, "R");
  });
  const chart = grid.map((cells, i) => `${`1e${top - i}`.padStart(6)} ┤ ${cells.map((c) => c.padEnd(width)).join("")}`.trimEnd());
  const labels = `${" ".repeat(9)}${rows.map((r) => String(r.k).padEnd(width)).join("").trimEnd()}`;
  const table = [
    "  κ       classical GS   modified GS   modified GS twice (reference)",
    ...rows.map((r) => `  1e${String(r.k).padEnd(5)} ${r.classical.toExponential(1).padEnd(14)} ${r.modified.toExponential(1).padEnd(13)} ${r.twice.toExponential(1)}${r.kept < 6 ? `  (kept ${r.kept} of 6)` : ""}`),
  ];
  return [
    "largest entry of G − I, G = [qᵢ·qⱼ], for 6 vectors in ℝ¹⁰ with condition number κ, log scale",
    "C classical GS, M modified GS, R modified GS twice (the reference); letters side by side share a decade",
    ...chart,
    `${" ".repeat(7)}└${"─".repeat(width * ks.length + 1)}`,
    `${labels}   ← log10 κ`,
    "",
    ...table,
  ].join("\n");
}

/** The normal equations XᵀX·w = Xᵀy, solved by elimination with partial pivoting. */
function normalEquations(X: Matrix, y: Vector): Vector {
  const Xt = transpose(X);
  const A = matMul(Xt, X);
  const n = A.length;
  const M = A.map((row, i) => [...row, dot(Xt[i], y)]);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i][k]) > Math.abs(M[p][k])) p = i;
    [M[p], M[k]] = [M[k], M[p]];
    for (let i = k + 1; i < n; i++) {
      const f = M[i][k] / M[k][k];
      for (let j = k; j <= n; j++) M[i][j] -= f * M[k][j];
    }
  }
  const w = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i][n];
    for (let j = i + 1; j < n; j++) s -= M[i][j] * w[j];
    w[i] = s / M[i][i];
  }
  return w;
}

/** Relative error of both methods on X (20×4, κ from 1e1 to 1e9) with y = X·[1, −2, 3, 0.5]. */
function normalVersusQR(): string {
  const truth = [1, -2, 3, 0.5];
  const relative = (w: Vector) => norm(w.map((x, i) => x - truth[i])) / norm(truth);
  const lines = ["  κ(X)    κ(XᵀX)   error, normal equations   error, QR (R·w = Qᵀy)"];
  for (let k = 1; k <= 9; k++) {
    const X = withCondition(20, 4, 10 ** k);
    const y = X.map((row) => dot(row, truth));
    const ne = relative(normalEquations(X, y));
    const viaQR = relative(leastSquaresQR(X, y));
    const mark = k === 7 ? "   ← κ ≈ 1e7" : "";
    lines.push(`  1e${k}     1e${String(2 * k).padEnd(6)} ${ne.toExponential(1).padEnd(25)} ${viaQR.toExponential(1)}${mark}`);
  }
  lines.push("", "  (X is 20×4 with singular values from 1 to 1/κ; y = X·[1, −2, 3, 0.5]; error = ‖w − w_true‖ / ‖w_true‖)");
  return lines.join("\n");
}

export default {
  "gram-schmidt-steps": steps,
  "loss-of-orthogonality": loss,
  "normal-vs-qr": normalVersusQR,
} satisfies Record<string, () => string>;
