// Reference implementation: element-wise vector arithmetic and the dot product.
export type Vector = number[];

function sameLength(name: string, a: Vector, b: Vector): void {
  if (a.length !== b.length) {
    throw new Error(`${name}: vectors have different lengths (${a.length} and ${b.length})`);
  }
}

export function add(a: Vector, b: Vector): Vector {
  sameLength("add", a, b);
  return a.map((ai, i) => ai + b[i]);
}

export function subtract(a: Vector, b: Vector): Vector {
  sameLength("subtract", a, b);
  return a.map((ai, i) => ai - b[i]);
}

export function scale(c: number, v: Vector): Vector {
  return v.map((vi) => c * vi);
}

export function hadamard(a: Vector, b: Vector): Vector {
  sameLength("hadamard", a, b);
  return a.map((ai, i) => ai * b[i]);
}

export function dot(a: Vector, b: Vector): number {
  sameLength("dot", a, b);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
