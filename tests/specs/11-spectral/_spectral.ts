/**
 * Shared by the spec of topic 11-spectral: the grader's own symmetric eigensolver (cyclic Jacobi, so
 * it never leans on the reference), reading a learner's {values, vectors}, residuals, and the
 * inputs the cases use.
 */
import { arb, expect, fc, linalg } from "latutor/kit";

export type Vector = number[];
export type Matrix = number[][];
export interface Eig {
  values: Vector;
  vectors: Matrix;
}

export const { matMul, transpose, identity, maxAbs, dot, norm2 } = linalg;

/** ‖A‖_F, scaled so that squaring cannot overflow. */
export function frobenius(A: Matrix): number {
  const big = maxAbs(A);
  if (big === 0 || !Number.isFinite(big)) return big;
  let s = 0;
  for (const row of A) for (const x of row) s += (x / big) ** 2;
  return big * Math.sqrt(s);
}

export const scaled = (c: number, A: Matrix): Matrix => A.map((row) => row.map((x) => c * x));
/** (M + Mᵀ)/2: exactly symmetric, because floating-point addition commutes. */
export const symmetrize = (M: Matrix): Matrix => M.map((row, i) => row.map((x, j) => (x + M[j][i]) / 2));
export const column = (M: Matrix, j: number): Vector => M.map((row) => row[j]);
export const diagonal = (A: Matrix): Vector => A.map((row, i) => row[i]);

/** Q·diag(λ)·Qᵀ, as computed (symmetric only up to rounding). */
export const fromSpectrum = (Q: Matrix, lambda: Vector): Matrix => matMul(Q.map((row) => row.map((x, j) => x * lambda[j])), transpose(Q));

/** The grader's own eigendecomposition of a symmetric matrix (the kit's cyclic Jacobi; values descending, vectors as columns). */
export const jacobiEigen = (A: Matrix): Eig => linalg.jacobiEigen(A);

export const eigenvalues = (A: Matrix): Vector => jacobiEigen(A).values;

/**
 * Unshifted QR converges when the eigenvalues' sizes |λ| differ: entry (i, j) shrinks like
 * (|λⱼ| / |λᵢ|)ᵏ. True when every ratio of neighbouring distinct sizes is at most `ratio` (equal
 * eigenvalues are fine; λ and −λ are not, nor a near tie).
 */
export function unshiftedFriendly(A: Matrix, ratio = 0.95): boolean {
  const values = eigenvalues(A);
  const scale = Math.max(frobenius(A), 1e-300);
  const sizes = values.map(Math.abs).sort((a, b) => b - a);
  for (let i = 0; i + 1 < sizes.length; i++) {
    const [big, small] = [sizes[i], sizes[i + 1]];
    if (big - small <= 1e-9 * scale) {
      // Same size: fine only when it is the same eigenvalue (not λ and −λ).
      const signs = values.filter((v) => Math.abs(Math.abs(v) - big) <= 1e-9 * scale);
      if (Math.max(...signs) - Math.min(...signs) > 1e-9 * scale) return false;
      continue;
    }
    if (small / big > ratio) return false;
  }
  return true;
}

/** ‖A·v − λ·v‖₂ / (‖A‖_F · ‖v‖₂): how far v is from being an eigenvector for λ, free of v's length. */
export function relResidual(A: Matrix, v: Vector, lambda: number): number {
  const r = A.map((row, i) => dot(row, v) - lambda * v[i]);
  const scale = Math.max(frobenius(A), 1e-300) * Math.max(norm2(v), 1e-300);
  return norm2(r) / scale;
}

export const rayleigh = (A: Matrix, v: Vector): number => dot(v, A.map((row) => dot(row, v))) / Math.max(dot(v, v), 1e-300);

/** The learner's {values, vectors}, shape-checked (Mismatch otherwise). */
export function readEig(got: unknown, n: number): Eig {
  if (got === null || typeof got !== "object" || Array.isArray(got)) {
    throw new expect.Mismatch("eigSymmetric should return an object { values, vectors }: values a vector of n numbers, vectors an n×n matrix whose columns are the eigenvectors");
  }
  const { values, vectors } = got as Record<string, unknown>;
  expect.expectVector(values, n, "values");
  expect.expectMatrix(vectors, n, n, "vectors");
  return { values, vectors };
}

/** readEig, or undefined when the result is not of that shape. */
export function tryEig(got: unknown, n: number): Eig | undefined {
  try {
    return readEig(got, n);
  } catch {
    return undefined;
  }
}

// ---- inputs ----

/** Three eigenvalues per the lesson: [[1, 2, 1], [2, 1, −1], [1, −1, 0]] has 3, 1 and −2. */
export const LESSON_3: Matrix = [
  [1, 2, 1],
  [2, 1, -1],
  [1, -1, 0],
];
export const LESSON_2: Matrix = [
  [2, 1],
  [1, 2],
];

/** A random symmetric n×n matrix ((B + Bᵀ)/2 of a kit matrix) on which unshifted QR converges in well under 1000 steps. */
export const friendlySymmetric = (minN: number, maxN: number): fc.Arbitrary<[Matrix]> =>
  fc
    .integer({ min: minN, max: maxN })
    .chain((n) => arb.square(n, { max: 9, decimals: 1 }))
    .map((B) => symmetrize(B))
    .filter((A) => unshiftedFriendly(A))
    .map((A) => [A] as [Matrix]);

/** Q·diag(λ)·Qᵀ, symmetrized, with Q a random orthogonal matrix from the kit. */
export const withSpectrum = (lambda: Vector): fc.Arbitrary<[Matrix]> => arb.orthogonal(lambda.length).map((Q) => [symmetrize(fromSpectrum(Q, lambda))] as [Matrix]);

/** The same, drawn once with a fixed seed (for a fixed case). */
export const fixedWithSpectrum = (lambda: Vector, seed: number): Matrix => {
  const [Q] = arb.sample(arb.orthogonal(lambda.length), seed);
  return symmetrize(fromSpectrum(Q, lambda));
};

/**
 * A symmetric matrix whose entries above the diagonal are moved by one rounding (a relative 2⁻⁵²),
 * as a product like Q·Λ·Qᵀ leaves them: symmetric up to rounding, not exactly.
 */
export const nudged = (A: Matrix): Matrix => A.map((row, i) => row.map((x, j) => (j > i ? x * (1 + Number.EPSILON) : x)));

/** The graph Laplacian D − W of an undirected graph given by its edges. */
export function laplacian(n: number, edges: [number, number][]): Matrix {
  const L: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const [a, b] of edges) {
    L[a][b] -= 1;
    L[b][a] -= 1;
    L[a][a] += 1;
    L[b][b] += 1;
  }
  return L;
}

/** Two triangles joined by one edge: the graph that spectral clustering cuts in two. */
export const TWO_TRIANGLES = laplacian(6, [
  [0, 1],
  [1, 2],
  [0, 2],
  [3, 4],
  [4, 5],
  [3, 5],
  [2, 3],
]);
