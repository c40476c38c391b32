// Exercise: power-method (topic 10-eigen)
//
// powerMethod(A, options?): the dominant eigenpair of a square matrix A (the eigenvalue of largest
// absolute value, and a unit eigenvector for it), by the power method: multiply by A, rescale to
// length 1, repeat.
//   powerMethod([[2, 1], [2, 3]])      → value ≈ 4,  vector ≈ [0.4472, 0.8944] (or its negative)
//   powerMethod([[1, 2], [3, -4]])     → value ≈ -5, vector ≈ [0.3162, -0.9487] (or its negative)
//   powerMethod([[2, 1], [1, 2]])      → { value: 3, vector: [0.7071, 0.7071], iterations: 1, history: [3] }
//
// The result is { value, vector, iterations, history }:
// - value: the eigenvalue estimate λ, WITH its sign (a dominant eigenvalue can be negative, so
//   ‖A·v‖ will not do: use the Rayleigh quotient vᵀ·A·v of the unit vector v);
// - vector: v, of 2-norm 1 (either sign is fine);
// - iterations: how many steps you made, one step being v ← A·v / ‖A·v‖ followed by one new
//   estimate λ (however many products by A your step computes); history: the estimate λ after
//   each step, so history.length === iterations and the last entry is value.
//
// Options (all optional):
// - tolerance (default 1e-10): stop as soon as the residual ‖A·v − λ·v‖ ≤ tolerance · max(1, |λ|).
//   The hidden tests recompute that residual for the pair you return. (Stopping when λ stops
//   changing is not enough: λ settles long before v does.)
// - maxIterations (default 1000): never take more steps than that. If the residual is still
//   too large after maxIterations steps, throw an Error (no convergence) rather than return a poor pair.
// - x0: the starting vector (default: all ones, so the same call always gives the same answer).
//
// Rules:
// - Never change A or x0.
// - A must be square (n×n, n ≥ 1), and x0 (when given) must have n entries and not be all zeros;
//   anything else throws an Error.
// - The hidden matrices have real eigenvalues and a clear gap, |λ₂/λ₁| ≤ 0.9, so a correct method
//   meets the default tolerance in a few hundred iterations at most. A matrix whose two largest
//   eigenvalues are equal in size (like 1 and −1) never converges: that is the "throw" case.
//
// Check your work:  latutor check power-method     Stuck?  latutor hint power-method
import type { Matrix, Vector } from "../helpers";

export interface EigenOptions {
  maxIterations?: number;
  tolerance?: number;
  x0?: Vector;
}

export interface EigenResult {
  value: number;
  vector: Vector;
  iterations: number;
  history: number[];
}

export function powerMethod(A: Matrix, options: EigenOptions = {}): EigenResult {
  // TODO: v = x0 / ‖x0‖; then repeat: w = A·v, v = w / ‖w‖, λ = vᵀ·A·v, record λ, stop when ‖A·v − λ·v‖ is small
  throw new Error("TODO: implement powerMethod(A, options)");
}
