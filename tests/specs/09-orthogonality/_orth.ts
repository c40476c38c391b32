/**
 * The spec's own small orthogonalisation kernel (the grader never trusts the learner's, and specs
 * do not import the reference): classical and modified Gram–Schmidt as a learner writes them, so
 * that diagnoses can compare a wrong answer with what the mistake really produces, plus the
 * normal equations and a few measurements (‖QᵀQ − I‖, κ).
 * Candidates for the kit: `orthonormalityError`, `illConditionedVectors`, `conditionOf`.
 */
import { arb, linalg, type Matrix, type Vector } from "latutor/kit";

const { dot, norm2, transpose, matMul } = linalg;

/** max |(V·Vᵀ − I)ᵢⱼ| for vectors given as rows: 0 for an orthonormal set. */
export function orthonormalityError(vectors: Vector[]): number {
  let e = 0;
  vectors.forEach((a, i) => vectors.forEach((b, j) => (e = Math.max(e, Math.abs(dot(a, b) - (i === j ? 1 : 0))))));
  return e;
}

/** Gram–Schmidt as a learner writes it; classical projects the ORIGINAL v, modified the current remainder. */
export function gramSchmidtLike(vectors: Vector[], variant: "classical" | "modified", tol = 1e-12): Vector[] {
  const basis: Vector[] = [];
  for (const v of vectors) {
    const len = norm2(v);
    if (len === 0) continue;
    let w = v.slice();
    for (const q of basis) {
      const c = dot(q, variant === "classical" ? v : w);
      w = w.map((x, i) => x - c * q[i]);
    }
    const left = norm2(w);
    if (left > tol * len) basis.push(w.map((x) => x / left));
  }
  return basis;
}

/** How a learner may compute a length and scale by it: different roundings of the same thing. */
export interface Flavour {
  norm: "sqrt" | "hypot" | "scaled";
  /** w.map((x) => x / len), or multiply by 1 / len. */
  divide: boolean;
}
const lengthOf = (w: Vector, how: Flavour["norm"]) => (how === "sqrt" ? Math.sqrt(dot(w, w)) : how === "hypot" ? Math.hypot(...w) : norm2(w));
export const FLAVOURS: Flavour[] = (["sqrt", "hypot", "scaled"] as const).flatMap((norm) => [true, false].map((divide) => ({ norm, divide })));

/** QR by Gram–Schmidt (one pass) on the columns of A: what a learner's qr gives. */
export function gramSchmidtQR(A: Matrix, variant: "classical" | "modified", flavour: Flavour = { norm: "sqrt", divide: true }): { Q: Matrix; R: Matrix } {
  const cols = transpose(A);
  const n = cols.length;
  const qs: Vector[] = [];
  const R = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  cols.forEach((a, k) => {
    let w = a.slice();
    qs.forEach((q, j) => {
      const c = dot(q, variant === "classical" ? a : w);
      R[j][k] = c;
      w = w.map((x, i) => x - c * q[i]);
    });
    const r = lengthOf(w, flavour.norm);
    R[k][k] = r;
    const inv = 1 / r;
    qs.push(w.map((x) => (flavour.divide ? x / r : x * inv)));
  });
  return { Q: transpose(qs), R };
}

export function backSubstitute(R: Matrix, z: Vector): Vector {
  const n = z.length;
  const w = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i];
    for (let j = i + 1; j < n; j++) s -= R[i][j] * w[j];
    w[i] = s / R[i][i];
  }
  return w;
}

/** Least squares with a one-pass Gram–Schmidt Q and z = Qᵀy: loses the digits Q lost. */
export function gramSchmidtLS(X: Matrix, y: Vector, variant: "classical" | "modified", flavour?: Flavour): Vector {
  const { Q, R } = gramSchmidtQR(X, variant, flavour);
  return backSubstitute(R, transpose(Q).map((q) => dot(q, y)));
}

/** The normal equations XᵀX·w = Xᵀy, solved by elimination with partial pivoting. */
export function normalEquations(X: Matrix, y: Vector): Vector {
  const Xt = transpose(X);
  const A = matMul(Xt, X);
  const b = Xt.map((r) => dot(r, y));
  const n = b.length;
  const M = A.map((r, i) => [...r, b[i]]);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i][k]) > Math.abs(M[p][k])) p = i;
    [M[p], M[k]] = [M[k], M[p]];
    for (let i = k + 1; i < n; i++) {
      const f = M[i][k] / M[k][k];
      for (let j = k; j <= n; j++) M[i][j] -= f * M[k][j];
    }
  }
  return backSubstitute(M.map((r) => r.slice(0, n)), M.map((r) => r[n]));
}

/** ‖a − b‖₂ / ‖b‖₂. */
export const relativeError = (a: Vector, b: Vector): number => norm2(a.map((x, i) => x - b[i])) / Math.max(norm2(b), 1e-300);

/** Singular values spaced geometrically from 1 down to 1/κ. */
export const geometric = (n: number, kappa: number): number[] => Array.from({ length: n }, (_, i) => (n === 1 ? 1 : kappa ** (-i / (n - 1))));

/** k vectors of length m (the columns of an m×k matrix with condition number κ), as rows. */
export const illConditionedVectors = (m: number, k: number, kappa: number) => arb.withSingularValues(m, k, geometric(k, kappa)).map((A) => transpose(A));

/** A tall m×n X with condition number κ. */
export const illConditionedMatrix = (m: number, n: number, kappa: number) => arb.withSingularValues(m, n, geometric(n, kappa));

export const fixedSample = <T>(gen: import("latutor/kit").fc.Arbitrary<T>, seed: number): T => arb.sample(gen, seed, 1)[0];

export const isNumberMatrix = (x: unknown): x is Matrix => Array.isArray(x) && x.every((r) => Array.isArray(r) && r.every((v) => typeof v === "number"));
