// Exercise: pagerank (topic 10-eigen)
//
// pagerank(links, damping = 0.85, tolerance = 1e-10): the PageRank of n pages, a vector of n
// non-negative numbers summing to 1. links[i][j] = 1 when page i links to page j, else 0.
// The random surfer: on page i, with probability `damping` follow one of page i's links (each
// equally likely); otherwise jump to any of the n pages (each with probability 1/n). A page with
// no links at all (a dangling page) sends ALL its rank evenly to all n pages, itself included.
//   pagerank([[0, 1], [1, 0]])                         → [0.5, 0.5]
//   pagerank([[0, 1, 1], [0, 0, 1], [1, 0, 0]])         → [0.3878, 0.2148, 0.3974]
//   pagerank([[0, 1, 1], [0, 0, 1], [0, 0, 0]])         → [0.1976, 0.2816, 0.5209]   (page 2 is dangling)
//
// Rules:
// - Never change links.
// - links must be n×n (n ≥ 1) with entries 0 or 1; damping must be in [0, 1); tolerance must be
//   positive; anything else throws an Error. A self-link (links[i][i] = 1) is a link like any other.
// - tolerance: the result r must satisfy ‖r·G − r‖₂ ≤ tolerance, where r·G is one step of the
//   random surfer. With power iteration, stopping when Σ|r_new − r| < tolerance is enough;
//   solving the linear system directly is fine too.
// - The total must stay 1: rank that flows into a dangling page must flow out again.
//
// Check your work:  latutor check pagerank     Stuck?  latutor hint pagerank
import type { Vector } from "../helpers";

export function pagerank(links: number[][], damping = 0.85, tolerance = 1e-10): Vector {
  // TODO: start from r = [1/n, …]; repeat r ← one step of the random surfer, until it stops changing
  throw new Error("TODO: implement pagerank(links, damping, tolerance)");
}
