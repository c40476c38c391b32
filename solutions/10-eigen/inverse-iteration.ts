// Reference implementation: inverse iteration with a shift, for the eigenpair nearest the shift.
import { solve } from "../06-elimination/gaussian-elimination";

export type Vector = number[];
export type Matrix = number[][];

export interface EigenOptions {
  /** At most this many iterations (default 1000). */
  maxIterations?: number;
  /** Stop once ‖A·v − λ·v‖ ≤ tolerance · max(1, |λ|) (default 1e-10). */
  tolerance?: number;
  /** The starting vector (default: all ones). */
  x0?: Vector;
}

export interface EigenResult {
  value: number;
  vector: Vector;
  iterations: number;
  history: number[];
}

const dot = (a: Vector, b: Vector): number => a.reduce((s, x, i) => s + x * b[i], 0);
const norm2 = (v: Vector): number => Math.sqrt(dot(v, v));
const matVec = (A: Matrix, x: Vector): Vector => A.map((row) => dot(row, x));

/** solve, with a message that names the real cause when A − σI is singular. */
function solveShifted(shifted: Matrix, v: Vector, shift: number): Vector {
  try {
    return solve(shifted, v);
  } catch {
    throw new Error(`inverseIteration: A − ${shift}·I is singular, so the shift ${shift} is an eigenvalue of A (move the shift a little to find its eigenvector)`);
  }
}

/**
 * The power method applied to (A − σI)⁻¹: its eigenvalues are 1/(λ − σ), and the largest of them
 * belongs to the λ nearest σ. Nobody forms the inverse: each step solves (A − σI)·y = v instead.
 * The eigenvalue reported is the Rayleigh quotient vᵀAv of A itself, so it is λ, not 1/(λ − σ).
 */
export function inverseIteration(A: Matrix, shift: number, options: EigenOptions = {}): EigenResult {
  const n = A.length;
  if (n === 0) throw new Error("inverseIteration: A is empty");
  A.forEach((row, i) => {
    if (row.length !== n) throw new Error(`inverseIteration: A must be square, but row ${i} has ${row.length} entries and A has ${n} rows`);
    if (!row.every(Number.isFinite)) throw new Error(`inverseIteration: row ${i} of A holds a number that is not finite`);
  });
  if (!Number.isFinite(shift)) throw new Error(`inverseIteration: the shift must be a finite number, got ${shift}`);
  const { maxIterations = 1000, tolerance = 1e-10, x0 = new Array<number>(n).fill(1) } = options;
  if (!Number.isInteger(maxIterations) || maxIterations < 1) throw new Error(`inverseIteration: maxIterations must be a whole number ≥ 1, got ${maxIterations}`);
  if (!(tolerance > 0)) throw new Error(`inverseIteration: tolerance must be positive, got ${tolerance}`);
  if (x0.length !== n) throw new Error(`inverseIteration: x0 has ${x0.length} entries, but A is ${n}×${n}`);
  if (norm2(x0) === 0) throw new Error("inverseIteration: x0 is the zero vector, which has no direction to improve");

  // A − σI, built once. solve throws when it is singular: the shift is exactly an eigenvalue.
  const shifted = A.map((row, i) => row.map((x, j) => (i === j ? x - shift : x)));
  const history: number[] = [];
  let v = x0.map((x) => x / norm2(x0));
  for (let k = 1; k <= maxIterations; k++) {
    const y = solveShifted(shifted, v, shift); // y = (A − σI)⁻¹ v, without forming the inverse
    const size = norm2(y);
    v = y.map((x) => x / size);
    const Av = matVec(A, v);
    const value = dot(v, Av); // λ, the eigenvalue of A (not 1/(λ − σ))
    history.push(value);
    const residual = norm2(Av.map((x, i) => x - value * v[i]));
    if (residual <= tolerance * Math.max(1, Math.abs(value))) return { value, vector: v, iterations: k, history };
  }
  throw new Error(
    `inverseIteration: no convergence in ${maxIterations} iterations (last estimate ${history[history.length - 1]}): ` +
      "the shift may be exactly halfway between two eigenvalues",
  );
}
