// expect: fail mutates-input
// convolve pads the caller's image in place (unshift/push zeros into its rows and add zero rows), then reads it without bounds checks.
import type { Matrix, Vector } from "../helpers";

export function convolve(image: Matrix, kernel: Matrix): Matrix {
  const kh = kernel.length;
  const kw = kernel[0].length;
  if (kh % 2 === 0 || kw % 2 === 0) throw new Error("convolve: the kernel needs odd sizes");
  const ry = (kh - 1) / 2;
  const rx = (kw - 1) / 2;
  const h = image.length;
  const w = image[0].length;
  for (const row of image) {
    for (let k = 0; k < rx; k++) {
      row.unshift(0);
      row.push(0);
    }
  }
  for (let k = 0; k < ry; k++) {
    image.unshift(new Array(w + 2 * rx).fill(0));
    image.push(new Array(w + 2 * rx).fill(0));
  }
  const out: Matrix = [];
  for (let i = 0; i < h; i++) {
    const row: Vector = [];
    for (let j = 0; j < w; j++) {
      let sum = 0;
      for (let u = 0; u < kh; u++) for (let v = 0; v < kw; v++) sum += kernel[u][v] * image[i + u][j + v];
      row.push(sum);
    }
    out.push(row);
  }
  return out;
}

export function applyColorMatrix(pixels: Vector[], M: Matrix): Vector[] {
  if (M.length !== 3 || M.some((r) => r.length !== 3)) throw new Error("applyColorMatrix: M must be 3×3");
  return pixels.map((p) => {
    if (p.length !== 3) throw new Error("applyColorMatrix: a pixel has 3 channels");
    return M.map((row) => Math.min(255, Math.max(0, row[0] * p[0] + row[1] * p[1] + row[2] * p[2])));
  });
}
