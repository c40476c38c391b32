// expect: fail damping-swapped
// Follows links with probability 1 − d and jumps with probability d: the two roles of the damping swapped.
import type { Vector } from "../helpers";

export function pagerank(links: number[][], damping = 0.85, tolerance = 1e-10): Vector {
  const n = links.length;
  if (n === 0 || links.some((row) => row.length !== n)) throw new Error("links must be n×n");
  if (links.some((row) => row.some((x) => x !== 0 && x !== 1))) throw new Error("links holds only 0 and 1");
  if (!(damping >= 0 && damping < 1)) throw new Error("damping must be in [0, 1)");
  if (!(tolerance > 0)) throw new Error("tolerance must be positive");
  const out = links.map((row) => row.reduce((s, x) => s + x, 0));
  let r: Vector = new Array(n).fill(1 / n);
  for (let step = 0; step < 10000; step++) {
    let spread = 0;
    for (let i = 0; i < n; i++) spread += out[i] === 0 ? r[i] : damping * r[i];
    const next: Vector = new Array(n).fill(spread / n);
    for (let i = 0; i < n; i++) {
      if (out[i] === 0) continue;
      for (let j = 0; j < n; j++) if (links[i][j] === 1) next[j] += ((1 - damping) * r[i]) / out[i];
    }
    const change = next.reduce((s, x, j) => s + Math.abs(x - r[j]), 0);
    r = next;
    if (change < tolerance) break;
  }
  return r;
}
