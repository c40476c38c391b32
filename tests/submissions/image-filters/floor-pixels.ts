// expect: pass
// Loops over the kernel's offsets from −r to r; colour values clamped, then floored to whole numbers like an 8-bit image (allowed).
type Vector = number[];
type Matrix = number[][];

export function convolve(image: Matrix, kernel: Matrix): Matrix {
  const ry = (kernel.length - 1) / 2;
  const rx = ((kernel[0] ?? []).length - 1) / 2;
  if (!Number.isInteger(ry) || !Number.isInteger(rx) || ry < 0 || rx < 0) throw new Error("convolve: even-sized kernel");
  const h = image.length;
  return image.map((row, i) =>
    row.map((_, j) => {
      let sum = 0;
      for (let dy = -ry; dy <= ry; dy++) {
        const y = i + dy;
        if (y < 0 || y >= h) continue;
        for (let dx = -rx; dx <= rx; dx++) {
          const x = j + dx;
          if (x < 0 || x >= row.length) continue;
          sum += kernel[dy + ry][dx + rx] * image[y][x];
        }
      }
      return sum;
    }),
  );
}

export function applyColorMatrix(pixels: Vector[], M: Matrix): Vector[] {
  if (M.length !== 3 || M.some((r) => r.length !== 3)) throw new Error("applyColorMatrix: 3×3 only");
  if (pixels.some((p) => p.length !== 3)) throw new Error("applyColorMatrix: every pixel needs 3 channels");
  return pixels.map((p) => M.map((row) => Math.floor(Math.min(255, Math.max(0, row.reduce((s, m, k) => s + m * p[k], 0))))));
}
