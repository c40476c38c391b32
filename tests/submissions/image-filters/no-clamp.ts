// expect: fail no-clamp
// applyColorMatrix returns M·p as it is: sepia on white gives 344.5, above 255.
import type { Matrix, Vector } from "../helpers";

export function convolve(image: Matrix, kernel: Matrix): Matrix {
  const kh = kernel.length;
  const kw = kernel[0].length;
  if (kh % 2 === 0 || kw % 2 === 0) throw new Error("convolve: the kernel needs odd sizes");
  const ry = (kh - 1) / 2;
  const rx = (kw - 1) / 2;
  const out: Matrix = [];
  for (let i = 0; i < image.length; i++) {
    const row: Vector = [];
    for (let j = 0; j < image[i].length; j++) {
      let sum = 0;
      for (let u = 0; u < kh; u++) {
        for (let v = 0; v < kw; v++) {
          const y = i + u - ry;
          const x = j + v - rx;
          if (y >= 0 && y < image.length && x >= 0 && x < image[i].length) sum += kernel[u][v] * image[y][x];
        }
      }
      row.push(sum);
    }
    out.push(row);
  }
  return out;
}

export function applyColorMatrix(pixels: Vector[], M: Matrix): Vector[] {
  if (M.length !== 3 || M[0].length !== 3 || M[1].length !== 3 || M[2].length !== 3) throw new Error("applyColorMatrix: M must be 3×3");
  const out: Vector[] = [];
  for (const p of pixels) {
    if (p.length !== 3) throw new Error("applyColorMatrix: a pixel has 3 channels");
    const q: Vector = [];
    for (let i = 0; i < 3; i++) {
      const value = M[i][0] * p[0] + M[i][1] * p[1] + M[i][2] * p[2];
      q.push(value);
    }
    out.push(q);
  }
  return out;
}
