// Exercise: markov-chain (topic 10-eigen)
//
// steadyState(P): the steady state of a Markov chain, the probability row vector π with
// π·P = π and π[0] + … + π[n−1] = 1. P is row-stochastic: P[i][j] is the probability of moving
// from state i to state j, so every row holds non-negative numbers that sum to 1.
//   steadyState([[0.9, 0.1], [0.5, 0.5]])                  → [0.8333, 0.1667]   (5/6 and 1/6)
//   steadyState([[0, 0.5, 0.5], [1, 0, 0], [1, 0, 0]])     → [0.5, 0.25, 0.25]
//
// Rules:
// - Never change P.
// - P must be square (n×n, n ≥ 1), with no negative entry and every row summing to 1 (within
//   1e-9); anything else throws an Error.
// - The hidden chains are irreducible (every state can reach every other), so π is unique. Some
//   are PERIODIC, like the second example: the chain bounces between state 0 and the others, and
//   iterating π ← π·P swings back and forth forever. Solve the linear system (Pᵀ − I)·π = 0
//   with one equation replaced by Σπ = 1 (your solve from topic 06 may do it:
//   import { solve } from "../06-elimination/gaussian-elimination"), or iterate the lazy chain
//   (I + P)/2, which has the same steady state and never swings.
// - The result has n non-negative entries summing to 1, judged by ‖π·P − π‖ (at most 1e-9).
//
// Check your work:  latutor check markov-chain     Stuck?  latutor hint markov-chain
import type { Matrix, Vector } from "../helpers";

export function steadyState(P: Matrix): Vector {
  // TODO: check P; then solve π·P = π with Σπ = 1
  throw new Error("TODO: implement steadyState(P)");
}
