// Reference implementation: the power method for the dominant eigenpair of a square matrix.
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

/** Throws unless A is a non-empty square matrix of finite numbers; returns n. */
function checkSquare(A: Matrix): number {
  const n = A.length;
  if (n === 0) throw new Error("powerMethod: A is empty");
  A.forEach((row, i) => {
    if (row.length !== n) throw new Error(`powerMethod: A must be square, but row ${i} has ${row.length} entries and A has ${n} rows`);
    if (!row.every(Number.isFinite)) throw new Error(`powerMethod: row ${i} of A holds a number that is not finite`);
  });
  return n;
}

/** The options with their defaults filled in, checked. */
function readOptions(n: number, options: EigenOptions): { maxIterations: number; tolerance: number; x0: Vector } {
  const { maxIterations = 1000, tolerance = 1e-10, x0 = new Array<number>(n).fill(1) } = options;
  if (!Number.isInteger(maxIterations) || maxIterations < 1) throw new Error(`powerMethod: maxIterations must be a whole number ≥ 1, got ${maxIterations}`);
  if (!(tolerance > 0)) throw new Error(`powerMethod: tolerance must be positive, got ${tolerance}`);
  if (x0.length !== n) throw new Error(`powerMethod: x0 has ${x0.length} entries, but A is ${n}×${n}`);
  if (norm2(x0) === 0) throw new Error("powerMethod: x0 is the zero vector, which has no direction to improve");
  return { maxIterations, tolerance, x0 };
}

/**
 * Repeatedly multiplies by A and rescales to length 1: the component along the dominant
 * eigenvector grows fastest, so the direction turns towards it, at the rate |λ₂/λ₁| per step.
 * The eigenvalue estimate is the Rayleigh quotient vᵀAv (v of unit length), which keeps its sign:
 * ‖Av‖ would be positive even when λ₁ is negative.
 */
export function powerMethod(A: Matrix, options: EigenOptions = {}): EigenResult {
  const n = checkSquare(A);
  const { maxIterations, tolerance, x0 } = readOptions(n, options);
  const history: number[] = [];
  let v = x0.map((x) => x / norm2(x0));
  let Av = matVec(A, v);
  for (let k = 1; k <= maxIterations; k++) {
    const size = norm2(Av);
    if (size === 0) {
      // A·v = 0: v itself is an eigenvector, for the eigenvalue 0 (A sends it to nothing).
      history.push(0);
      return { value: 0, vector: v, iterations: k, history };
    }
    v = Av.map((x) => x / size); // the next direction, of length 1
    Av = matVec(A, v);
    const value = dot(v, Av); // Rayleigh quotient: the best λ for this v
    history.push(value);
    const residual = norm2(Av.map((x, i) => x - value * v[i]));
    if (residual <= tolerance * Math.max(1, Math.abs(value))) return { value, vector: v, iterations: k, history };
  }
  throw new Error(
    `powerMethod: no convergence in ${maxIterations} iterations (last estimate ${history[history.length - 1]}): ` +
      "the two largest eigenvalues may be equal in size (λ and −λ), or complex",
  );
}
