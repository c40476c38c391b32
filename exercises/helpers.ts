// latutor workspace helpers: types and small conveniences you may import from any exercise.
// Nothing here solves an exercise; the algorithms are yours to write.
//
//   import { type Vector, type Matrix, zeros } from "../helpers";

/** A vector: a list of numbers. */
export type Vector = number[];

/** A matrix: a list of rows, each a list of numbers (row-major). */
export type Matrix = number[][];

/** The shape of a matrix as [rows, columns]. */
export function shape(A: Matrix): [number, number] {
  return [A.length, A.length === 0 ? 0 : A[0].length];
}

/** A vector of n zeros, or an m×n matrix of zeros when two sizes are given. */
export function zeros(n: number): Vector;
export function zeros(m: number, n: number): Matrix;
export function zeros(m: number, n?: number): Vector | Matrix {
  if (n === undefined) return new Array<number>(m).fill(0);
  return Array.from({ length: m }, () => new Array<number>(n).fill(0));
}

/** The n×n identity matrix. */
export function identity(n: number): Matrix {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

/** A deep copy of a vector or a matrix, so you can change it without touching the original. */
export function clone<T extends Vector | Matrix>(x: T): T {
  return (x as unknown[]).map((row) => (Array.isArray(row) ? row.slice() : row)) as T;
}

/** A readable multi-line picture of a vector or matrix, for console.log while debugging. */
export function pretty(x: Vector | Matrix, digits = 4): string {
  const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(digits));
  if (x.length === 0) return "[]";
  if (!Array.isArray(x[0])) return `[${(x as Vector).map(fmt).join(", ")}]`;
  const rows = (x as Matrix).map((r) => r.map(fmt));
  const width = Math.max(...rows.flat().map((s) => s.length));
  return rows.map((r) => `[ ${r.map((s) => s.padStart(width)).join("  ")} ]`).join("\n");
}
