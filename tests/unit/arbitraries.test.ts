import { describe, expect, it } from "vitest";
import * as arb from "../../src/grader/arbitraries";
import { identity, matMul, maxAbs, matSub, transpose, type Matrix } from "../../src/grader/linalg";

const samples = <T>(a: arb.fc.Arbitrary<T>, n = 20) => arb.sample(a, 1234, n);

/** Singular values via the eigenvalues of AᵀA (Jacobi), good enough to test the generators. */
function singularValues(A: Matrix): number[] {
  let S = matMul(transpose(A), A).map((r) => r.slice());
  const n = S.length;
  for (let sweep = 0; sweep < 60; sweep++) {
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(S[p][q]) < 1e-300) continue;
        const theta = (S[q][q] - S[p][p]) / (2 * S[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        const J = identity(n);
        J[p][p] = c; J[q][q] = c; J[p][q] = s; J[q][p] = -s;
        S = matMul(matMul(transpose(J), S), J);
      }
  }
  return S.map((r, i) => Math.sqrt(Math.max(0, r[i]))).sort((a, b) => b - a);
}

describe("case generators", () => {
  it("are reproducible from the seed", () => {
    expect(arb.sample(arb.matrix(3, 3), 7, 3)).toEqual(arb.sample(arb.matrix(3, 3), 7, 3));
  });

  it("orthogonal matrices are orthogonal", () => {
    for (const Q of samples(arb.orthogonal(4))) expect(maxAbs(matSub(matMul(transpose(Q), Q), identity(4)))).toBeLessThan(1e-12);
  });

  it("a given condition number is met", () => {
    for (const A of samples(arb.withCondition(5, 1e6), 5)) {
      const s = singularValues(A);
      expect(s[0] / s[4]).toBeGreaterThan(0.99e6);
      expect(s[0] / s[4]).toBeLessThan(1.01e6);
    }
  });

  it("rank-deficient matrices have the rank asked for", () => {
    for (const A of samples(arb.withRank(5, 4, 2), 5)) {
      const s = singularValues(A);
      expect(s.filter((x) => x > 1e-8 * s[0])).toHaveLength(2);
    }
  });

  it("SPD matrices are symmetric with positive eigenvalues", () => {
    for (const A of samples(arb.spd(4))) {
      expect(A).toEqual(transpose(A));
      expect(Math.min(...singularValues(A))).toBeGreaterThan(0);
    }
  });

  it("a zero leading pivot comes with an invertible matrix", () => {
    for (const A of samples(arb.zeroLeadingPivot(4))) {
      expect(A[0][0]).toBe(0);
      const s = singularValues(A);
      expect(s[3]).toBeGreaterThan(1e-9);
    }
  });

  it("tall and wide shapes", () => {
    for (const A of samples(arb.tall([3, 6], [1, 3]))) expect(A.length).toBeGreaterThan(A[0].length);
    for (const A of samples(arb.wide([1, 3], [3, 6]))) expect(A.length).toBeLessThan(A[0].length);
    for (const A of samples(arb.edgeMatrices())) expect(Math.min(A.length, A[0].length)).toBe(1);
  });

  it("Hilbert matrices are as ill-conditioned as advertised", () => {
    const s = singularValues(arb.hilbert(6));
    expect(s[0] / s[5]).toBeGreaterThan(1e7);
  });

  it("nonzero vectors always have a direction", () => {
    for (const v of samples(arb.nonZeroVector(3), 100)) expect(v.some((x) => x !== 0)).toBe(true);
  });
});
