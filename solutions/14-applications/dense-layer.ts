// Reference implementation: a neural-network dense (fully connected) layer as pure linear algebra.
export type Vector = number[];
export type Matrix = number[][];
export type Activation = "identity" | "relu" | "sigmoid";

/** The shape [rows, columns] of A; rows of different lengths are refused. */
function shapeOf(fn: string, name: string, A: Matrix): [number, number] {
  const cols = A.length === 0 ? 0 : A[0].length;
  A.forEach((row, i) => {
    if (row.length !== cols) throw new Error(`${fn}: ${name} is not a matrix: row ${i} has ${row.length} entries but row 0 has ${cols}`);
  });
  return [A.length, cols];
}

/** σ(z) = 1 / (1 + e^(−z)), written so that e^(…) never overflows. */
function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

const ACTIVATIONS: Record<Activation, (z: number) => number> = {
  identity: (z) => z,
  relu: (z) => (z > 0 ? z : 0),
  sigmoid,
};

/**
 * Y = act(X·Wᵀ + b) for a batch X (n×in, one sample per row), weights W (out×in: row j holds the
 * weights of output j) and bias b (length out, added to every row). The result is n×out.
 */
export function denseForward(W: Matrix, b: Vector, X: Matrix, activation: Activation): Matrix {
  const [out, inW] = shapeOf("denseForward", "W", W);
  const [n, inX] = shapeOf("denseForward", "X", X);
  if (b.length !== out) throw new Error(`denseForward: W has ${out} rows (outputs), so b needs ${out} entries, not ${b.length}`);
  if (n > 0 && inX !== inW) throw new Error(`denseForward: the samples (rows of X) have ${inX} features but W expects ${inW} inputs`);
  const act = Object.prototype.hasOwnProperty.call(ACTIVATIONS, activation) ? ACTIVATIONS[activation] : undefined;
  if (!act) throw new Error(`denseForward: unknown activation "${String(activation)}" (use "identity", "relu" or "sigmoid")`);
  const Y: Matrix = [];
  for (let i = 0; i < n; i++) {
    const row: Vector = [];
    for (let j = 0; j < out; j++) {
      // Z[i][j] = (row i of X) · (row j of W) + b[j]: that is (X·Wᵀ)[i][j] + b[j].
      let z = b[j];
      for (let t = 0; t < inW; t++) z += X[i][t] * W[j][t];
      row.push(act(z));
    }
    Y.push(row);
  }
  return Y;
}

/**
 * The backward pass of Y = X·Wᵀ + b (identity activation). Given dY = ∂L/∂Y (n×out), the
 * gradients of the loss L are
 *   dW = dYᵀ·X          (out×in, the shape of W: a sum over the samples)
 *   db = column sums of dY   (length out: b was added to every row, so every row's gradient counts)
 *   dX = dY·W           (n×in, the shape of X: passed on to the previous layer)
 */
export function denseBackward(W: Matrix, X: Matrix, dY: Matrix): { dW: Matrix; db: Vector; dX: Matrix } {
  const [out, inW] = shapeOf("denseBackward", "W", W);
  const [n, inX] = shapeOf("denseBackward", "X", X);
  const [nY, outY] = shapeOf("denseBackward", "dY", dY);
  if (n > 0 && inX !== inW) throw new Error(`denseBackward: the samples (rows of X) have ${inX} features but W expects ${inW} inputs`);
  if (nY !== n) throw new Error(`denseBackward: dY has ${nY} rows but X has ${n}: one gradient row per sample`);
  if (nY > 0 && outY !== out) throw new Error(`denseBackward: dY has ${outY} columns but W has ${out} outputs`);
  const dW: Matrix = Array.from({ length: out }, () => new Array<number>(inW).fill(0));
  const db: Vector = new Array<number>(out).fill(0);
  const dX: Matrix = Array.from({ length: n }, () => new Array<number>(inW).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < out; j++) {
      const g = dY[i][j];
      db[j] += g;
      for (let t = 0; t < inW; t++) {
        dW[j][t] += g * X[i][t]; // (dYᵀ·X)[j][t] = Σᵢ dY[i][j]·X[i][t]
        dX[i][t] += g * W[j][t]; // (dY·W)[i][t]  = Σⱼ dY[i][j]·W[j][t]
      }
    }
  }
  return { dW, db, dX };
}
