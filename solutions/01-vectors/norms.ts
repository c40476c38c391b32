// Reference implementation: the 1-, 2- and infinity-norms, and normalisation.
export type Vector = number[];

export function norm1(v: Vector): number {
  let sum = 0;
  for (const x of v) sum += Math.abs(x);
  return sum;
}

/**
 * The Euclidean length, computed so that it neither overflows for huge entries
 * (1e200² is Infinity) nor underflows for tiny ones (1e-200² is 0): divide every
 * entry by the largest magnitude first, then multiply it back.
 */
export function norm2(v: Vector): number {
  const largest = normInf(v);
  if (largest === 0 || !Number.isFinite(largest)) return largest;
  let sum = 0;
  for (const x of v) {
    const r = x / largest;
    sum += r * r;
  }
  return largest * Math.sqrt(sum);
}

export function normInf(v: Vector): number {
  let largest = 0;
  for (const x of v) largest = Math.max(largest, Math.abs(x));
  return largest;
}

export function normalize(v: Vector): Vector {
  const length = norm2(v);
  if (length === 0) throw new Error("normalize: the zero vector has no direction");
  return v.map((x) => x / length);
}
