// Reference implementation: the steady state of a Markov chain, by solving π·P = π with Σπ = 1.
import { solve } from "../06-elimination/gaussian-elimination";

export type Vector = number[];
export type Matrix = number[][];

/** Throws unless P is a non-empty square matrix with non-negative entries and rows summing to 1. */
function checkStochastic(P: Matrix): number {
  const n = P.length;
  if (n === 0) throw new Error("steadyState: P is empty");
  P.forEach((row, i) => {
    if (row.length !== n) throw new Error(`steadyState: P must be square, but row ${i} has ${row.length} entries and P has ${n} rows`);
    row.forEach((p, j) => {
      if (!Number.isFinite(p) || p < 0) throw new Error(`steadyState: P[${i}][${j}] = ${p} is not a probability`);
    });
    const sum = row.reduce((s, p) => s + p, 0);
    if (Math.abs(sum - 1) > 1e-9) throw new Error(`steadyState: row ${i} of P sums to ${sum}, not 1`);
  });
  return n;
}

/**
 * The distribution π (a row vector) that one step of the chain leaves unchanged: π·P = π.
 * Transposed, that is (Pᵀ − I)·π = 0: n equations of which one is redundant (the columns of
 * P − I sum to zero). Replace the last of them by Σπ = 1 and solve. Unlike iterating π ← π·P,
 * this also works when the chain is periodic and the iteration would swing back and forth forever.
 */
export function steadyState(P: Matrix): Vector {
  const n = checkStochastic(P);
  // Row i of the system: Σ_j P[j][i]·π_j − π_i = 0, i.e. row i of Pᵀ − I.
  const M = P.map((_, i) => P.map((row, j) => row[i] - (i === j ? 1 : 0)));
  const b = new Array<number>(n).fill(0);
  M[n - 1] = new Array<number>(n).fill(1); // Σπ = 1 instead of the redundant last equation
  b[n - 1] = 1;
  let pi: Vector;
  try {
    pi = solve(M, b);
  } catch {
    throw new Error("steadyState: the chain has more than one steady state (some states cannot reach each other)");
  }
  // Rounding may leave −1e-17 for a state of probability 0: clamp, then make the sum exactly 1.
  const clamped = pi.map((x) => Math.max(0, x));
  const total = clamped.reduce((s, x) => s + x, 0);
  return clamped.map((x) => x / total);
}
