/**
 * Numeric assertions. Each one throws a Mismatch that says, in one sentence a learner can act
 * on, which property broke and by how much. They run in the grader's realm, on plain data that
 * came back from the learner's isolated worker.
 */
import { describeShape, formatNumber, formatValue } from "../render/format";
import {
  dot,
  identity,
  matMul,
  matSub,
  matVec,
  maxAbs,
  norm2,
  normInf,
  orthonormalBasis,
  sub,
  transpose,
  type Matrix,
  type Vector,
} from "./linalg";

export interface MismatchDetails {
  expected?: unknown;
  got?: unknown;
  /** The property that broke, e.g. "‖QᵀQ − I‖", and its measured value and limit. */
  property?: string;
  measured?: number;
  limit?: number;
}

export class Mismatch extends Error {
  constructor(
    message: string,
    readonly details: MismatchDetails = {},
  ) {
    super(message);
    this.name = "Mismatch";
  }
}

export const EPS = Number.EPSILON;

/**
 * A tolerance derived from the problem: rounding errors of a stable algorithm grow about
 * linearly with the size n and with the condition number κ.
 */
export function tolerance({ n = 1, cond = 1, factor = 64 }: { n?: number; cond?: number; factor?: number } = {}): number {
  return factor * Math.max(1, n) * EPS * Math.max(1, cond);
}

export interface Tol {
  /** Relative to the size of the expected value. */
  rel?: number;
  /** Absolute floor, for results near zero. */
  abs?: number;
}

const DEFAULT_TOL: Required<Tol> = { rel: 1e-9, abs: 1e-12 };

function tolOf(tol: Tol | number | undefined): Required<Tol> {
  if (typeof tol === "number") return { rel: tol, abs: tol };
  return { ...DEFAULT_TOL, ...tol };
}

const what = (label: string) => label;

/** The value must be a finite number. */
export function expectNumber(got: unknown, label = "the result"): asserts got is number {
  if (typeof got !== "number") {
    throw new Mismatch(`${what(label)} is ${describeShape(got)}, expected a number`, { got });
  }
  if (!Number.isFinite(got)) {
    throw new Mismatch(`${what(label)} is ${formatNumber(got)}, expected a finite number`, { got });
  }
}

/** The value must be an array of finite numbers (of length n when given). */
export function expectVector(got: unknown, n?: number, label = "the result"): asserts got is Vector {
  if (!Array.isArray(got)) throw new Mismatch(`${label} is ${describeShape(got)}, expected a vector (an array of numbers)`, { got });
  if (n !== undefined && got.length !== n) {
    throw new Mismatch(`${label} has length ${got.length}, expected length ${n}`, { got });
  }
  for (let i = 0; i < got.length; i++) {
    const x = got[i];
    if (typeof x !== "number") throw new Mismatch(`${label}[${i}] is ${describeShape(x)}, expected a number`, { got });
    if (!Number.isFinite(x)) throw new Mismatch(`${label}[${i}] is ${formatNumber(x)}, expected a finite number`, { got });
  }
}

/** The value must be an m×n array of arrays of finite numbers. */
export function expectMatrix(got: unknown, m?: number, n?: number, label = "the result"): asserts got is Matrix {
  const expectedShape = m !== undefined && n !== undefined ? `${m}×${n}` : undefined;
  if (!Array.isArray(got) || !got.every((r) => Array.isArray(r))) {
    throw new Mismatch(`${label} is ${describeShape(got)}, expected ${expectedShape ? `a ${expectedShape} matrix` : "a matrix (an array of rows)"}`, { got });
  }
  const widths = new Set(got.map((r) => (r as unknown[]).length));
  if (widths.size > 1) throw new Mismatch(`${label} is ${describeShape(got)}; every row must have the same length`, { got });
  const cols = got.length ? (got[0] as unknown[]).length : 0;
  if ((m !== undefined && got.length !== m) || (n !== undefined && got.length > 0 && cols !== n)) {
    throw new Mismatch(`${label} is ${describeShape(got)}, expected ${expectedShape ? `a ${expectedShape} matrix` : `${m} rows`}`, { got });
  }
  got.forEach((row, i) => expectVector(row, undefined, `${label}[${i}]`));
}

/** |got − expected| ≤ abs + rel·|expected|. */
export function closeScalar(got: unknown, expected: number, tol?: Tol | number, label = "the result"): void {
  expectNumber(got, label);
  const t = tolOf(tol);
  const err = Math.abs(got - expected);
  const limit = t.abs + t.rel * Math.abs(expected);
  if (!(err <= limit)) {
    throw new Mismatch(`${label} is ${formatNumber(got, 12)}, expected ${formatNumber(expected, 12)} (off by ${formatNumber(err, 3)}; allowed ${formatNumber(limit, 3)})`, {
      expected,
      got,
      measured: err,
      limit,
    });
  }
}

/** Entry-wise closeness, with the tolerance scaled by the largest entry of `expected`. */
export function closeVector(got: unknown, expected: Vector, tol?: Tol | number, label = "the result"): void {
  expectVector(got, expected.length, label);
  const t = tolOf(tol);
  const limit = t.abs + t.rel * normInf(expected);
  for (let i = 0; i < expected.length; i++) {
    const err = Math.abs(got[i] - expected[i]);
    if (!(err <= limit)) {
      throw new Mismatch(`${label}[${i}] is ${formatNumber(got[i], 12)}, expected ${formatNumber(expected[i], 12)} (off by ${formatNumber(err, 3)}; allowed ${formatNumber(limit, 3)})`, {
        expected,
        got,
        measured: err,
        limit,
      });
    }
  }
}

/** Entry-wise closeness of matrices, with the tolerance scaled by the largest entry of `expected`. */
export function closeMatrix(got: unknown, expected: Matrix, tol?: Tol | number, label = "the result"): void {
  const m = expected.length;
  const n = m ? expected[0].length : 0;
  expectMatrix(got, m, n, label);
  const t = tolOf(tol);
  const limit = t.abs + t.rel * maxAbs(expected);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const err = Math.abs(got[i][j] - expected[i][j]);
      if (!(err <= limit)) {
        throw new Mismatch(`${label}[${i}][${j}] is ${formatNumber(got[i][j], 12)}, expected ${formatNumber(expected[i][j], 12)} (off by ${formatNumber(err, 3)}; allowed ${formatNumber(limit, 3)})`, {
          expected,
          got,
          measured: err,
          limit,
        });
      }
    }
  }
}

/** Same vector up to an overall sign (eigenvectors, singular vectors). */
export function closeUpToSign(got: unknown, expected: Vector, tol?: Tol | number, label = "the result"): void {
  expectVector(got, expected.length, label);
  const flipped = dot(got, expected) < 0 ? got.map((x) => -x) : got;
  closeVector(flipped, expected, tol, `${label} (up to sign)`);
}

/** ‖v‖₂ = 1 within `tol`. */
export function unitVector(got: unknown, tol = 1e-10, label = "the result"): void {
  expectVector(got, undefined, label);
  const n = norm2(got);
  if (!(Math.abs(n - 1) <= tol)) {
    throw new Mismatch(`${label} has length ‖v‖ = ${formatNumber(n, 12)}, expected a unit vector (length 1)`, {
      property: "‖v‖₂",
      measured: n,
      limit: tol,
    });
  }
}

/** The vectors are orthonormal: ‖VVᵀ − I‖max ≤ tol (V has the vectors as rows). */
export function orthonormalVectors(vectors: Vector[], tol = 1e-10, label = "the vectors"): void {
  const gram = matMul(vectors, transpose(vectors));
  const err = maxAbs(matSub(gram, identity(vectors.length)));
  if (!(err <= tol)) {
    throw new Mismatch(`${label} are not orthonormal: the largest entry of (Gram matrix − I) is ${formatNumber(err, 3)}, allowed ${formatNumber(tol, 3)}`, {
      property: "‖QᵀQ − I‖max",
      measured: err,
      limit: tol,
    });
  }
}

/** The columns of Q are orthonormal: ‖QᵀQ − I‖max ≤ tol. */
export function orthonormalColumns(Q: Matrix, tol = 1e-10, label = "the columns of Q"): void {
  orthonormalVectors(transpose(Q), tol, label);
}

export function upperTriangular(M: Matrix, tol = 0, label = "the matrix"): void {
  for (let i = 0; i < M.length; i++) {
    for (let j = 0; j < Math.min(i, M[i].length); j++) {
      if (Math.abs(M[i][j]) > tol) {
        throw new Mismatch(`${label} is not upper triangular: entry [${i}][${j}] below the diagonal is ${formatNumber(M[i][j])}`, { got: M });
      }
    }
  }
}

export function lowerTriangular(M: Matrix, tol = 0, label = "the matrix"): void {
  upperTriangular(transpose(M), tol, `${label}ᵀ`);
}

/** Exactly one 1 in every row and column, zeros elsewhere. */
export function permutationMatrix(P: Matrix, label = "P"): void {
  const n = P.length;
  expectMatrix(P, n, n, label);
  const colOnes = new Array<number>(n).fill(0);
  P.forEach((row, i) => {
    let ones = 0;
    row.forEach((x, j) => {
      if (x === 1) {
        ones++;
        colOnes[j]++;
      } else if (x !== 0) throw new Mismatch(`${label}[${i}][${j}] is ${formatNumber(x)}; a permutation matrix holds only 0s and 1s`);
    });
    if (ones !== 1) throw new Mismatch(`row ${i} of ${label} has ${ones} ones; a permutation matrix has exactly one per row`);
  });
  const bad = colOnes.findIndex((c) => c !== 1);
  if (bad >= 0) throw new Mismatch(`column ${bad} of ${label} has ${colOnes[bad]} ones; a permutation matrix has exactly one per column`);
}

/**
 * Backward error of a solution x of Ax = b: ‖Ax − b‖∞ / (‖A‖∞·‖x‖∞ + ‖b‖∞). A stable solver
 * keeps it near machine precision whatever the conditioning.
 */
export function backwardError(A: Matrix, x: Vector, b: Vector): number {
  const r = sub(matVec(A, x), b);
  const normA = Math.max(...A.map((row) => row.reduce((s, v) => s + Math.abs(v), 0)), 0);
  const denom = normA * normInf(x) + normInf(b);
  return denom === 0 ? normInf(r) : normInf(r) / denom;
}

export function smallResidual(A: Matrix, x: unknown, b: Vector, tol: number, label = "x"): void {
  expectVector(x, A[0]?.length ?? 0, label);
  const err = backwardError(A, x, b);
  if (!(err <= tol)) {
    throw new Mismatch(`the residual of ${label} is too large: ‖Ax − b‖ / (‖A‖‖x‖ + ‖b‖) = ${formatNumber(err, 3)}, allowed ${formatNumber(tol, 3)}`, {
      property: "‖Ax − b‖ / (‖A‖‖x‖ + ‖b‖)",
      measured: err,
      limit: tol,
    });
  }
}

/** ‖lhs − rhs‖max / max(1, ‖lhs‖max) ≤ tol, e.g. lhs = PA, rhs = LU. */
export function factorizationResidual(lhs: Matrix, rhs: Matrix, tol: number, property: string): void {
  // Relative to the matrix's own size (a matrix scaled by 1e-12 is judged as strictly as one of order 1).
  const scale = maxAbs(lhs);
  const err = scale > 0 ? maxAbs(matSub(lhs, rhs)) / scale : maxAbs(rhs);
  if (!(err <= tol)) {
    throw new Mismatch(`${property} is too large: ${formatNumber(err, 3)} relative to the matrix, allowed ${formatNumber(tol, 3)}`, {
      property,
      measured: err,
      limit: tol,
    });
  }
}

/**
 * The two sets of vectors span the same subspace: same dimension, and every vector of each lies
 * in the span of the other (its component outside is at most tol relative to its length).
 */
export function sameSubspace(got: Vector[], expected: Vector[], tol = 1e-8, label = "the basis"): void {
  const bg = orthonormalBasis(got);
  const be = orthonormalBasis(expected);
  if (bg.length !== be.length) {
    throw new Mismatch(`${label} spans a subspace of dimension ${bg.length}, expected dimension ${be.length}`, { got, expected });
  }
  const outside = (v: Vector, basis: Vector[]) => {
    let w = v.slice();
    for (const q of basis) {
      const c = dot(q, w);
      w = w.map((x, i) => x - c * q[i]);
    }
    return norm2(w) / Math.max(norm2(v), 1e-300);
  };
  got.forEach((v, i) => {
    const o = outside(v, be);
    if (!(o <= tol)) {
      throw new Mismatch(`vector ${i} of ${label} is not in the expected subspace (${formatNumber(o, 3)} of its length lies outside)`, { got, expected, measured: o, limit: tol });
    }
  });
}

export { formatValue };
