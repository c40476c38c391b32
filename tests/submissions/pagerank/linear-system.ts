// expect: pass
// Builds the surfer's matrix G and solves r·G = r with Σr = 1 as a linear system (solve from topic 06); ignores the tolerance.
import { solve } from "../06-elimination/gaussian-elimination";
import type { Vector } from "../helpers";

export function pagerank(links: number[][], damping = 0.85, tolerance = 1e-10): Vector {
  const n = links.length;
  if (n === 0 || links.some((row) => row.length !== n)) throw new Error("links must be n×n");
  if (links.flat().some((x) => x !== 0 && x !== 1)) throw new Error("links must hold 0s and 1s");
  if (damping < 0 || damping >= 1) throw new Error("damping must be in [0, 1)");
  if (tolerance <= 0) throw new Error("tolerance must be positive");
  const G = links.map((row) => {
    const out = row.reduce((s, x) => s + x, 0);
    return row.map((x) => (out === 0 ? 1 / n : (damping * x) / out + (1 - damping) / n));
  });
  // (Gᵀ − I)·r = 0, last equation replaced by Σr = 1.
  const M = G.map((_, i) => G.map((row, j) => row[i] - (i === j ? 1 : 0)));
  M[n - 1] = new Array(n).fill(1);
  const b = new Array(n).fill(0);
  b[n - 1] = 1;
  return solve(M, b);
}
