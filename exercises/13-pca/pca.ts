// Exercise: pca (topic 13-pca)
//
// pca(X, k): principal component analysis of a data table X (one sample per ROW, d features per
// column), keeping the k directions of largest variance. Return
//   { mean, components, explainedVarianceRatio, projected }:
// - mean: the average of each column (length d);
// - components: k × d, one principal direction per ROW, each a unit vector, orthogonal to the
//   others, in order of decreasing variance: the eigenvectors of the covariance matrix
//   C = Xcᵀ·Xc / (n − 1) of the CENTRED data Xc = X − mean (or the right singular vectors of Xc);
// - explainedVarianceRatio: length k; entry i is the variance along component i divided by the
//   TOTAL variance (the sum of all d eigenvalues = the trace of C), so the k shares add up to
//   at most 1, and to exactly 1 only when k = d;
// - projected: n × k, the centred samples in the new coordinates: (X − mean)·componentsᵀ.
//
//   pca([[8, 1], [6, 2], [7.5, 1], [5, 3], [7, 2], [6.5, 2]], 1)
//     → mean [6.6667, 1.8333], components [[0.8260, -0.5637]] (or [[-0.8260, 0.5637]]),
//       explainedVarianceRatio [0.9750], projected [[1.5711], [-0.6446], …] (signs follow the component)
//   pca([[1, 2], [3, 5]], 1)  → components ±[[0.5547, 0.8321]], explainedVarianceRatio [1]
//
// Freedom the grader allows:
// - a component may come back with either sign (−v is as good as v);
// - when two variances are equal, any orthonormal basis of their eigenspace passes;
//   `projected` is checked against the components YOU return;
// - dividing by n instead of n − 1 changes no output, so either is fine.
//
// Rules:
// - Never change X.
// - Throw an Error when X has fewer than 2 rows (no variance), when its rows have different
//   lengths, or when k is not a whole number from 1 to d.
// - k may exceed n − 1 (more components than the n samples span): the extra components carry no
//   variance (ratio 0); returning any orthonormal completion is a going-deeper challenge.
// - Data whose rows are all equal (zero total variance) is not tested.
// - The hidden tests also use data scaled by 1e6 and by 1e-6 (variances around 1e-12): any
//   tolerance or stopping test must be RELATIVE to the data (never a fixed 1e-10).
// - You may import your eigen-solver from an earlier exercise, or write a small one here (Jacobi
//   rotations). eigSymmetric from "../11-spectral/qr-algorithm" returns the eigenvectors as the
//   COLUMNS of `vectors`. powerMethod from "../10-eigen/power-method" (with deflation) stops at
//   1e-10 · max(1, |λ|), an ABSOLUTE test for variances below 1: run it on C / trace(C).
//
// Check your work:  latutor check pca     Stuck?  latutor hint pca
import type { Matrix, Vector } from "../helpers";

export interface PcaResult {
  mean: Vector;
  components: Matrix;
  explainedVarianceRatio: Vector;
  projected: Matrix;
}

export function pca(X: Matrix, k: number): PcaResult {
  // TODO: centre X, build the covariance matrix, take its top-k eigenvectors, project
  throw new Error("TODO: implement pca(X, k)");
}
