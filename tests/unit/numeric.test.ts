import { describe, expect, it } from "vitest";
import * as n from "../../src/grader/numeric";

const fails = (fn: () => void, pattern: RegExp) => {
  expect(fn).toThrow(n.Mismatch);
  expect(fn).toThrow(pattern);
};

describe("shape checks", () => {
  it("says what came back instead of a number", () => {
    fails(() => n.expectNumber([1]), /is an array of length 1, expected a number/);
    fails(() => n.expectNumber(undefined), /is undefined, expected a number/);
    fails(() => n.expectNumber(NaN), /is NaN, expected a finite number/);
  });

  it("names the shape of a wrong vector or matrix", () => {
    fails(() => n.expectVector([1, 2], 3), /has length 2, expected length 3/);
    fails(() => n.expectVector([1, "2"]), /\[1\] is a string/);
  });

  it("describes a transposed matrix by its shape", () => {
    fails(() => n.expectMatrix([[1, 2], [3, 4], [5, 6]], 2, 3), /is a 3×2 matrix, expected a 2×3 matrix/);
    fails(() => n.expectMatrix([[1, 2], [3]], 2, 2), /jagged array of 2 rows/);
  });
});

describe("closeness", () => {
  it("accepts rounding-level differences and rejects real ones", () => {
    expect(() => n.closeScalar(0.1 + 0.2, 0.3)).not.toThrow();
    fails(() => n.closeScalar(0.31, 0.3), /is 0\.31, expected 0\.3 \(off by 0\.01/);
    expect(() => n.closeVector([1, 2 + 1e-15], [1, 2])).not.toThrow();
    fails(() => n.closeVector([1, 2.5], [1, 2]), /result\[1\] is 2\.5, expected 2/);
    fails(() => n.closeMatrix([[1, 0], [0, 2]], [[1, 0], [0, 1]]), /result\[1\]\[1\] is 2, expected 1/);
  });

  it("scales the tolerance with the size of the expected value", () => {
    expect(() => n.closeVector([1e10 + 1e-3], [1e10])).not.toThrow();
    fails(() => n.closeVector([1e-3], [0]), /off by/);
  });

  it("derives tolerances from size and conditioning", () => {
    expect(n.tolerance({ n: 10, cond: 1e6 })).toBeGreaterThan(n.tolerance({ n: 10 }));
    expect(n.tolerance({ n: 100 })).toBeGreaterThan(n.tolerance({ n: 10 }));
  });

  it("accepts an eigenvector of either sign", () => {
    expect(() => n.closeUpToSign([-0.6, -0.8], [0.6, 0.8])).not.toThrow();
    fails(() => n.closeUpToSign([0.6, -0.8], [0.6, 0.8]), /up to sign/);
  });
});

describe("structural properties", () => {
  it("unit vectors", () => {
    expect(() => n.unitVector([0.6, 0.8])).not.toThrow();
    fails(() => n.unitVector([3, 4]), /length ‖v‖ = 5, expected a unit vector/);
  });

  it("orthonormal columns", () => {
    const c = Math.SQRT1_2;
    expect(() => n.orthonormalColumns([[c, -c], [c, c]])).not.toThrow();
    fails(() => n.orthonormalColumns([[1, 1], [0, 1]]), /not orthonormal/);
  });

  it("triangularity", () => {
    expect(() => n.upperTriangular([[1, 2], [0, 3]])).not.toThrow();
    fails(() => n.upperTriangular([[1, 2], [4, 3]]), /entry \[1\]\[0\] below the diagonal is 4/);
    expect(() => n.lowerTriangular([[1, 0], [2, 3]])).not.toThrow();
    fails(() => n.lowerTriangular([[1, 5], [2, 3]]), /not upper triangular/);
  });

  it("permutation matrices", () => {
    expect(() => n.permutationMatrix([[0, 1], [1, 0]])).not.toThrow();
    fails(() => n.permutationMatrix([[1, 1], [0, 0]]), /row 0 of P has 2 ones/);
    fails(() => n.permutationMatrix([[0.5, 0.5], [0.5, 0.5]]), /only 0s and 1s/);
  });

  it("residuals of a solve and of a factorisation", () => {
    const A = [[2, 1], [1, 3]];
    expect(n.backwardError(A, [1, 1], [3, 4])).toBe(0);
    expect(() => n.smallResidual(A, [1, 1], [3, 4], 1e-14)).not.toThrow();
    fails(() => n.smallResidual(A, [1, 2], [3, 4], 1e-14), /residual of x is too large/);
    fails(() => n.factorizationResidual([[1, 2], [3, 4]], [[1, 2], [3, 5]], 1e-12, "‖PA − LU‖"), /‖PA − LU‖ is too large/);
  });

  it("same subspace, whatever the basis", () => {
    expect(() => n.sameSubspace([[1, 1, 0], [1, -1, 0]], [[1, 0, 0], [0, 1, 0]])).not.toThrow();
    fails(() => n.sameSubspace([[1, 0, 0]], [[1, 0, 0], [0, 1, 0]]), /dimension 1, expected dimension 2/);
    fails(() => n.sameSubspace([[1, 0, 1], [0, 1, 0]], [[1, 0, 0], [0, 1, 0]]), /not in the expected subspace/);
  });
});
