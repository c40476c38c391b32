// Figures of lesson 11-spectral, drawn by running code: a small A = Q·Λ·Qᵀ, and the QR algorithm's
// largest below-diagonal entry per step, unshifted against shifted, on the same symmetric matrix.
import asciichart from "asciichart";
import { eigSymmetric } from "../solutions/11-spectral/qr-algorithm";

type Matrix = number[][];

const fmt = (x: number, digits = 4): string => {
  const r = Number(x.toFixed(digits));
  return String(r === 0 ? 0 : r);
};

/** Matrices side by side with bracket edges, a label under each. */
function sideBySide(parts: (Matrix | string)[]): string[] {
  const height = Math.max(...parts.map((p) => (typeof p === "string" ? 1 : p.length)));
  const blocks = parts.map((p) => {
    if (typeof p === "string") {
      const mid = Math.floor(height / 2);
      return Array.from({ length: height }, (_, i) => (i === mid ? p : " ".repeat(p.length)));
    }
    const cells = p.map((row) => row.map((x) => fmt(x)));
    const widths = cells[0].map((_, j) => Math.max(...cells.map((r) => r[j].length)));
    return cells.map((r, i) => {
      const [l, e] = p.length === 1 ? ["[", "]"] : i === 0 ? ["⎡", "⎤"] : i === p.length - 1 ? ["⎣", "⎦"] : ["⎢", "⎥"];
      return `${l} ${r.map((c, j) => c.padStart(widths[j])).join("  ")} ${e}`;
    });
  });
  return Array.from({ length: height }, (_, i) => blocks.map((b) => b[i]).join(" ").trimEnd());
}

function spectralExample(): string {
  const A = [
    [4, 2],
    [2, 3],
  ];
  const { values, vectors: Q } = eigSymmetric(A);
  const Lambda = values.map((v, i) => values.map((_, j) => (i === j ? v : 0)));
  const Qt = Q[0].map((_, j) => Q.map((row) => row[j]));
  const out = [
    "      A         =          Q          ·        Λ         ·         Qᵀ",
    ...sideBySide(["", A, "=", Q, "·", Lambda, "·", Qt]).map((l) => `  ${l}`),
    "",
    "  the columns of Q are unit eigenvectors, perpendicular to each other;",
    "  Λ holds the eigenvalues, in the same order (largest first).",
    "",
    "  the same thing as a sum of rank-one pieces, A = λ₁·q₁q₁ᵀ + λ₂·q₂q₂ᵀ:",
  ];
  const pieces = values.map((v, k) => A.map((_, i) => A.map((__, j) => v * Q[i][k] * Q[j][k])));
  out.push(...sideBySide(["", A, "=", pieces[0], "+", pieces[1]]).map((l) => `  ${l}`));
  return out.join("\n");
}

// ---- the QR algorithm, unshifted and shifted, step by step (its own small copy, to record the trace) ----

/** One QR step T − μI = QR, T ← RQ + μI on the leading m×m block, by Givens rotations. */
function qrStep(T: Matrix, m: number, mu: number): void {
  for (let i = 0; i < m; i++) T[i][i] -= mu;
  const rotations: [number, number, number, number][] = [];
  for (let j = 0; j < m - 1; j++) {
    for (let i = j + 1; i < m; i++) {
      const r = Math.hypot(T[j][j], T[i][j]);
      if (r === 0 || T[i][j] === 0) continue;
      const c = T[j][j] / r;
      const s = T[i][j] / r;
      for (let k = 0; k < m; k++) [T[j][k], T[i][k]] = [c * T[j][k] + s * T[i][k], -s * T[j][k] + c * T[i][k]];
      rotations.push([j, i, c, s]);
    }
  }
  for (const [j, i, c, s] of rotations) for (let k = 0; k < m; k++) [T[k][j], T[k][i]] = [c * T[k][j] + s * T[k][i], -s * T[k][j] + c * T[k][i]];
  for (let i = 0; i < m; i++) T[i][i] += mu;
}

const belowDiagonal = (T: Matrix) => Math.max(...T.flatMap((row, i) => row.slice(0, i).map(Math.abs)));

/** The test matrix: eigenvalues 4, 3, 2, 1 behind the orthogonal matrix I − 2uuᵀ with u = [1, 1, 1, 1]/2 mixed with a rotation. */
function testMatrix(): Matrix {
  const lambda = [4, 3, 2, 1];
  const c = Math.cos(0.5);
  const s = Math.sin(0.5);
  // Q = H·G: a Householder reflection after a rotation in the (0, 2) plane, so every entry of A is mixed.
  const G = [
    [c, 0, -s, 0],
    [0, 1, 0, 0],
    [s, 0, c, 0],
    [0, 0, 0, 1],
  ];
  const u = [0.5, 0.5, 0.5, 0.5];
  const H = u.map((ui, i) => u.map((uj, j) => (i === j ? 1 : 0) - 2 * ui * uj));
  const Q = H.map((row) => G[0].map((_, j) => row.reduce((t, x, k) => t + x * G[k][j], 0)));
  const A = Q.map((qi) => Q.map((qj) => qi.reduce((t, x, k) => t + x * lambda[k] * qj[k], 0)));
  return A.map((row, i) => row.map((x, j) => (x + A[j][i]) / 2));
}

function trace(shifted: boolean, steps: number): number[] {
  const A = testMatrix();
  const T = A.map((r) => r.slice());
  const normA = Math.hypot(...A.flat());
  const out = [belowDiagonal(T) / normA];
  let m = T.length;
  for (let k = 0; k < steps; k++) {
    if (shifted) {
      while (m > 1 && Math.max(...T[m - 1].slice(0, m - 1).map(Math.abs)) <= Number.EPSILON * normA) {
        for (let j = 0; j < m - 1; j++) T[m - 1][j] = T[j][m - 1] = 0; // deflate
        m--;
      }
      if (m > 1) {
        const [a, b, c] = [T[m - 2][m - 2], T[m - 1][m - 2], T[m - 1][m - 1]];
        const d = (a - c) / 2;
        const mu = b === 0 ? c : c - ((d >= 0 ? 1 : -1) * b * b) / (Math.abs(d) + Math.hypot(d, b));
        qrStep(T, m, mu);
      }
    } else qrStep(T, T.length, 0);
    out.push(belowDiagonal(T) / normA);
  }
  return out;
}

function qrConvergence(): string {
  const steps = 100;
  const log = (v: number) => Math.max(Math.log10(Math.max(v, 1e-17)), -17);
  const plain = trace(false, steps);
  const shifted = trace(true, steps);
  const every = 2; // one column per two steps keeps the chart 50 columns wide
  const pick = (s: number[]) => s.filter((_, i) => i % every === 0).map(log);
  const firstBelow = (s: number[]) => s.findIndex((v) => v <= 1e-12);
  const config = {
    min: -17,
    max: 0,
    height: 17,
    format: (v: number) => `1e${Math.round(v)}`.padStart(6),
    symbols: ["┤", "┤", "╶", "╴", "─", "╰", "╭", "╮", "╯", "│"],
  };
  const chart = asciichart.plot([pick(plain), pick(shifted)], config).split("\n").map((l) => l.trimEnd());
  const axisAt = chart[0].indexOf("┤");
  const ticks = [0, 20, 40, 60, 80, 100];
  let axis = " ".repeat(axisAt + 1);
  for (const t of ticks) axis = axis.padEnd(axisAt + 1 + t / every) + String(t);
  const A = testMatrix();
  const { values } = eigSymmetric(A);
  return [
    `largest |entry| below the diagonal of T, relative to ‖A‖ (log scale), for a 4×4 A with eigenvalues ${values.map((v) => fmt(v, 6)).join(", ")}`,
    ...chart,
    `${axis}   ← QR step`,
    "",
    `  the slow line: unshifted QR, below 1e-12 after ${firstBelow(plain)} steps (each step shrinks it by about 3/4, the worst ratio |λ₂/λ₁|)`,
    `  the steep line: Wilkinson shift + deflation, below 1e-12 after ${firstBelow(shifted)} steps, then exactly 0 (drawn at 1e-17)`,
  ].join("\n");
}

export default {
  "spectral-example": spectralExample,
  "qr-convergence": qrConvergence,
} satisfies Record<string, () => string>;
