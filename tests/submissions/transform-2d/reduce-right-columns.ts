// expect: pass
// compose folds from the right (C, then B·C, then A·B·C); M·p as a combination of M's columns; rotation built from where [1, 0] and [0, 1] land.
type Vector = number[];
type Matrix = number[][];

const fromColumns = (cols: Vector[]): Matrix => cols[0].map((_, i) => cols.map((c) => c[i]));

export function rotation(theta: number): Matrix {
  const e1 = [Math.cos(theta), Math.sin(theta)];
  const e2 = [-Math.sin(theta), Math.cos(theta)];
  return fromColumns([e1, e2]);
}

export const scaling = (sx: number, sy: number): Matrix => fromColumns([[sx, 0], [0, sy]]);
export const shear = (kx: number, ky: number): Matrix => fromColumns([[1, ky], [kx, 1]]);
export const translation = (tx: number, ty: number): Matrix => fromColumns([[1, 0, 0], [0, 1, 0], [tx, ty, 1]]);

function times(M: Matrix, p: Vector): Vector {
  // x₀·(column 0) + x₁·(column 1) + …
  const out = new Array<number>(M.length).fill(0);
  p.forEach((x, j) => M.forEach((row, i) => (out[i] += x * row[j])));
  return out;
}

export function compose(...ms: Matrix[]): Matrix {
  if (ms.length < 1) throw new Error("compose: no matrices");
  const n = ms[0].length;
  if (ms.some((M) => M.length !== n || M.some((r) => r.length !== n))) throw new Error("compose: need square matrices of one size");
  // Right to left: each new matrix acts after everything already folded in.
  return ms.reduceRight<Matrix | null>((acc, M) => {
    if (acc === null) return M.map((r) => r.slice());
    const cols = acc[0].map((_, j) => times(M, acc.map((r) => r[j])));
    return fromColumns(cols);
  }, null)!;
}

export function applyToPoints(M: Matrix, points: Vector[]): Vector[] {
  return points.map((p) => {
    if (p.length !== M[0].length) throw new Error(`applyToPoints: point has ${p.length} entries, M has ${M[0].length} columns`);
    return times(M, p);
  });
}

export function applyHomogeneous(M: Matrix, points: Vector[]): Vector[] {
  if (M.length !== 3 || !M.every((r) => r.length === 3)) throw new Error("applyHomogeneous: 3×3 matrices only");
  return points.map((p) => {
    if (p.length !== 2) throw new Error("applyHomogeneous: 2-D points only");
    const [X, Y, w] = times(M, [...p, 1]);
    if (Math.abs(w) < 1e-12) throw new Error("applyHomogeneous: w is 0 (point at infinity)");
    return [X / w, Y / w];
  });
}
