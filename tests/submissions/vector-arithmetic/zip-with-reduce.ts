// expect: pass
// One generic zipWith helper for the element-wise functions, and dot as a reduce over hadamard.
type Vector = number[];

function zipWith(name: string, a: Vector, b: Vector, f: (x: number, y: number) => number): Vector {
  if (a.length !== b.length) throw new Error(`${name}: cannot combine a vector of length ${a.length} with one of length ${b.length}`);
  return Array.from({ length: a.length }, (_, i) => f(a[i], b[i]));
}

export const add = (a: Vector, b: Vector): Vector => zipWith("add", a, b, (x, y) => x + y);

export const subtract = (a: Vector, b: Vector): Vector => zipWith("subtract", a, b, (x, y) => x - y);

export const scale = (c: number, v: Vector): Vector => v.map((x) => x * c);

export const hadamard = (a: Vector, b: Vector): Vector => zipWith("hadamard", a, b, (x, y) => x * y);

export function dot(a: Vector, b: Vector): number {
  return hadamard(a, b).reduce((sum, p) => sum + p, 0);
}
