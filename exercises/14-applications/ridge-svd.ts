// Exercise: ridge-svd (topic 14-applications)
//
// Ridge regression (no intercept) through the SVD. With X = U·diag(σ)·Vᵀ (thin SVD), the w that
// minimises ‖Xw − y‖² + λ‖w‖² is
//     w = V · diag( σᵢ / (σᵢ² + λ) ) · Uᵀy   =   Σᵢ  σᵢ/(σᵢ² + λ) · (uᵢ·y) · vᵢ
// Least squares would use 1/σᵢ; ridge keeps the share σᵢ²/(σᵢ² + λ) of it in each direction.
//
//   ridgeSVD([[2, 0], [0, 0.5], [0, 0]], [2, 0.5, 0], 1)        → [0.8, 0.2]
//   ridgeSVD([[1, 0], [0, 1], [1, 1]], [1, 2, 3], 0)             → [1, 2]      (λ = 0: least squares)
//   ridgeSVD([[1, 1], [2, 2], [3, 3]], [1, 2, 3], 0.5)           → [0.491…, 0.491…]  (rank 1: fine for λ > 0)
//
// Rules:
// - λ ≥ 0. Throw an Error for a negative λ, for a y whose length is not X's number of rows, and
//   for an X whose rows have different lengths. The hidden tests use λ > 0 (on any X: tall,
//   wide, rank-deficient), or λ = 0 only with a full-column-rank X.
// - A zero singular value contributes nothing when λ > 0 (σ/(σ² + λ) = 0).
// - Never change the inputs.
// - Any correct route passes (the grader checks (XᵀX + λI)·w = Xᵀy), but the point is the SVD:
//   import your own from topic 12,  import { svd } from "../12-svd/svd";
// - Accuracy demanded: the residual of (XᵀX + λI)·w = Xᵀy, relative to (σ₁² + λ)·‖w‖ + σ₁·‖y‖,
//   within what the accuracy topic 12 asks of svd (1e-6 relative to σ₁) allows, so the AᵀA-route
//   svd of topic 12 is accurate enough. A going-deeper case (★) asks for rounding level with
//   σ₁/σ_min = 1e7 and λ = 0, beyond what the AᵀA route can see.
//
// Check your work:  latutor check ridge-svd     Stuck?  latutor hint ridge-svd
import type { Matrix, Vector } from "../helpers";

export function ridgeSVD(X: Matrix, y: Vector, lambda: number): Vector {
  // TODO: the SVD of X, then w = Σᵢ σᵢ/(σᵢ² + λ) · (uᵢ·y) · vᵢ
  throw new Error("TODO: implement ridgeSVD(X, y, lambda)");
}
