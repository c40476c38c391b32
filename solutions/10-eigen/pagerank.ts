// Reference implementation: PageRank by power iteration on the "random surfer" chain.
export type Vector = number[];
export type Matrix = number[][];

/**
 * The rank of each page: the share of time a random surfer spends there. With probability
 * `damping` the surfer follows one of the page's links (each equally likely); otherwise, and
 * always on a page without links (a dangling page), they jump to a page chosen uniformly at random.
 * That is the steady state of a Markov chain whose matrix G = damping·S + (1 − damping)/n · 11ᵀ
 * has no zero entry, so the iteration r ← r·G converges, at least as fast as dampingᵏ.
 */
export function pagerank(links: number[][], damping = 0.85, tolerance = 1e-10): Vector {
  const n = links.length;
  if (n === 0) throw new Error("pagerank: there are no pages");
  links.forEach((row, i) => {
    if (row.length !== n) throw new Error(`pagerank: links must be n×n, but row ${i} has ${row.length} entries and there are ${n} pages`);
    row.forEach((x, j) => {
      if (x !== 0 && x !== 1) throw new Error(`pagerank: links[${i}][${j}] = ${x}; links hold only 0 (no link) and 1 (a link)`);
    });
  });
  if (!(damping >= 0 && damping < 1)) throw new Error(`pagerank: damping must be in [0, 1), got ${damping}`);
  if (!(tolerance > 0)) throw new Error(`pagerank: tolerance must be positive, got ${tolerance}`);

  const outDegree = links.map((row) => row.reduce((s, x) => s + x, 0));
  let rank = new Array<number>(n).fill(1 / n);
  // ‖r·G − r‖ shrinks by a factor `damping` each step; 10 000 steps is far more than needed.
  for (let step = 0; step < 10_000; step++) {
    // Rank that cannot follow a link: the teleporting share of every page, and all of a dangling page's.
    let spread = 0;
    for (let i = 0; i < n; i++) spread += outDegree[i] === 0 ? rank[i] : (1 - damping) * rank[i];
    const next = new Array<number>(n).fill(spread / n);
    for (let i = 0; i < n; i++) {
      if (outDegree[i] === 0) continue;
      const share = (damping * rank[i]) / outDegree[i];
      for (let j = 0; j < n; j++) if (links[i][j] === 1) next[j] += share; // page i passes rank to page j
    }
    const change = next.reduce((s, x, j) => s + Math.abs(x - rank[j]), 0);
    rank = next;
    if (change < tolerance) break;
  }
  const total = rank.reduce((s, x) => s + x, 0);
  return rank.map((x) => x / total); // rounding drifts the sum by ~1e-16: make it exactly 1
}
