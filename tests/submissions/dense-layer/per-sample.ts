// expect: pass
// Self-contained loops, one sample at a time: y = act(W·x + b) per row; the gradients accumulate one outer product per sample.
import type { Matrix, Vector } from "../helpers";

type Activation = "identity" | "relu" | "sigmoid";

function check(cond: boolean, message: string) {
  if (!cond) throw new Error(message);
}

export function denseForward(W: Matrix, b: Vector, X: Matrix, activation: Activation): Matrix {
  const inSize = W[0].length;
  check(W.every((r) => r.length === inSize), "W is ragged");
  check(b.length === W.length, "b must have one entry per output");
  check(X.every((x) => x.length === inSize), "every sample needs one entry per input");
  check(["identity", "relu", "sigmoid"].includes(activation), "activation must be identity, relu or sigmoid");
  return X.map((x) =>
    W.map((w, j) => {
      const z = w.reduce((s, wt, t) => s + wt * x[t], b[j]);
      return activation === "relu" ? (z < 0 ? 0 : z) : activation === "sigmoid" ? 1 / (1 + Math.exp(-z)) : z;
    }),
  );
}

export function denseBackward(W: Matrix, X: Matrix, dY: Matrix): { dW: Matrix; db: Vector; dX: Matrix } {
  const out = W.length;
  const inSize = W[0].length;
  check(X.every((x) => x.length === inSize), "X does not match W");
  check(dY.length === X.length, "dY needs one row per sample");
  check(dY.every((g) => g.length === out), "dY needs one column per output");
  const dW = W.map((row) => row.map(() => 0));
  const db = W.map(() => 0);
  const dX: Matrix = [];
  X.forEach((x, i) => {
    const g = dY[i];
    for (let j = 0; j < out; j++) {
      db[j] += g[j];
      for (let t = 0; t < inSize; t++) dW[j][t] += g[j] * x[t];
    }
    const back = new Array(inSize).fill(0);
    for (let j = 0; j < out; j++) for (let t = 0; t < inSize; t++) back[t] += g[j] * W[j][t];
    dX.push(back);
  });
  return { dW, db, dX };
}
