// Exercise: inverse-iteration (topic 10-eigen)
//
// inverseIteration(A, shift, options?): the eigenpair of A whose eigenvalue is nearest `shift`,
// by inverse iteration: the power method on (A − shift·I)⁻¹, without ever forming that inverse.
// Each step SOLVES (A − shift·I)·y = v, then rescales y to length 1.
//   inverseIteration([[2, 1], [2, 3]], 0)    → value ≈ 1, vector ≈ [0.7071, -0.7071] (or its negative)
//   inverseIteration([[2, 1], [2, 3]], 3)    → value ≈ 4, vector ≈ [0.4472, 0.8944] (or its negative)
//
// The result has the same shape as powerMethod's: { value, vector, iterations, history }.
// - value is λ, the eigenvalue of A itself: the Rayleigh quotient vᵀ·A·v. (The power method on
//   (A − shift·I)⁻¹ finds its eigenvalue 1/(λ − shift); that number is not the answer.)
// - vector has 2-norm 1 (either sign); history holds λ after each step, history.length === iterations.
// - Options as in powerMethod: tolerance (default 1e-10) bounds ‖A·v − λ·v‖ ≤ tolerance · max(1, |λ|);
//   maxIterations (default 1000), after which an unconverged iteration throws an Error;
//   x0 (default: all ones).
//
// Rules:
// - Never change A or x0.
// - A must be square (n×n, n ≥ 1); x0 (when given) must have n entries and not be all zeros;
//   anything else throws an Error.
// - A shift that is exactly an eigenvalue makes A − shift·I singular: throw an Error. (Your solve
//   from topic 06 already throws there.) A shift merely NEAR an eigenvalue is the good case: it
//   converges in a step or two.
// - You may use your own solve:  import { solve } from "../06-elimination/gaussian-elimination";
//
// Check your work:  latutor check inverse-iteration     Stuck?  latutor hint inverse-iteration
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

export function inverseIteration(A: Matrix, shift: number, options: EigenOptions = {}): EigenResult {
  // TODO: M = A − shift·I; v = x0 / ‖x0‖; repeat: solve M·y = v, v = y / ‖y‖, λ = vᵀ·A·v, stop when ‖A·v − λ·v‖ is small
  throw new Error("TODO: implement inverseIteration(A, shift, options)");
}
