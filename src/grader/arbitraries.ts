/**
 * Seeded generators for hidden cases, built on fast-check so that a failing input shrinks to a
 * small one. Entries are drawn as integers divided by a power of ten: they shrink towards small
 * round numbers (0, 1, 0.5) that a learner can follow by hand.
 */
import * as fc from "fast-check";
import type { Matrix, Vector } from "./linalg";

export { fc };

export interface EntryOptions {
  /** Largest absolute value of an entry (default 10). */
  max?: number;
  /** Decimal places (default 2); 0 gives integers. */
  decimals?: number;
}

/** One number in [−max, max] with `decimals` decimal places. */
export function entry({ max = 10, decimals = 2 }: EntryOptions = {}): fc.Arbitrary<number> {
  const scale = 10 ** decimals;
  return fc.integer({ min: -max * scale, max: max * scale }).map((k) => (k === 0 ? 0 : k / scale));
}

/** A vector of exactly n entries. */
export const vector = (n: number, options?: EntryOptions): fc.Arbitrary<Vector> => fc.array(entry(options), { minLength: n, maxLength: n });

/** A length from the range, then whatever `build` makes of it (so related vectors share a length). */
export const sized = <T>(min: number, max: number, build: (n: number) => fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.integer({ min, max }).chain(build);

/** A vector with at least one entry of magnitude ≥ 0.5, so it has a direction. */
export const nonZeroVector = (n: number, options?: EntryOptions): fc.Arbitrary<Vector> =>
  fc.tuple(vector(n, options), fc.integer({ min: 0, max: n - 1 }), fc.boolean()).map(([v, i, neg]) => {
    if (v.some((x) => Math.abs(x) >= 0.5)) return v;
    const w = v.slice();
    w[i] = neg ? -1 : 1;
    return w;
  });

/** An m×n matrix. */
export const matrix = (m: number, n: number, options?: EntryOptions): fc.Arbitrary<Matrix> =>
  fc.array(vector(n, options), { minLength: m, maxLength: m });

/** A non-negative scalar multiple of v plus a tiny perturbation, or exactly parallel when tiny=0. */
export const parallelTo = (v: Vector, factor: fc.Arbitrary<number>): fc.Arbitrary<Vector> => factor.map((c) => v.map((x) => c * x));

/** Run `gen` with a fixed seed and return `count` samples (for fixed cases built from randomness). */
export function sample<T>(gen: fc.Arbitrary<T>, seed: number, count = 1): T[] {
  return fc.sample(gen, { seed, numRuns: count });
}
