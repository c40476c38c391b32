// Reference implementation: filtering a greyscale image with a kernel (cross-correlation with zero
// padding) and recolouring RGB pixels with a 3×3 colour matrix.
export type Vector = number[];
export type Matrix = number[][];

/**
 * out[i][j] = Σ_u Σ_v kernel[u][v] · image[i + u − ry][j + v − rx], with ry, rx the kernel's
 * half-height and half-width, and pixels outside the image counted as 0. The kernel is laid on the
 * image as it is (not flipped: that is cross-correlation), centred on the pixel being computed,
 * so the output has the image's size.
 */
export function convolve(image: Matrix, kernel: Matrix): Matrix {
  const kh = kernel.length;
  const kw = kh === 0 ? 0 : kernel[0].length;
  if (kh % 2 === 0 || kw % 2 === 0) throw new Error(`convolve: the kernel is ${kh}×${kw}; it needs an odd number of rows and columns, so that it has a centre`);
  if (kernel.some((row) => row.length !== kw)) throw new Error("convolve: the kernel's rows have different lengths");
  const h = image.length;
  const w = h === 0 ? 0 : image[0].length;
  if (image.some((row) => row.length !== w)) throw new Error("convolve: the image's rows have different lengths");
  const ry = (kh - 1) / 2;
  const rx = (kw - 1) / 2;
  const out: Matrix = [];
  for (let i = 0; i < h; i++) {
    const row: Vector = [];
    for (let j = 0; j < w; j++) {
      let sum = 0;
      for (let u = 0; u < kh; u++) {
        const y = i + u - ry;
        if (y < 0 || y >= h) continue; // zero padding: rows outside the image add nothing
        for (let v = 0; v < kw; v++) {
          const x = j + v - rx;
          if (x < 0 || x >= w) continue;
          sum += kernel[u][v] * image[y][x];
        }
      }
      row.push(sum);
    }
    out.push(row);
  }
  return out;
}

/** Each RGB pixel p becomes M·p, every channel clamped into [0, 255] (not rounded). */
export function applyColorMatrix(pixels: Vector[], M: Matrix): Vector[] {
  if (M.length !== 3 || M.some((row) => row.length !== 3)) throw new Error("applyColorMatrix: M must be a 3×3 matrix");
  return pixels.map((p, i) => {
    if (p.length !== 3) throw new Error(`applyColorMatrix: pixel ${i} has ${p.length} entries; a pixel is [r, g, b]`);
    return M.map((row) => {
      const value = row[0] * p[0] + row[1] * p[1] + row[2] * p[2];
      return Math.min(255, Math.max(0, value));
    });
  });
}
