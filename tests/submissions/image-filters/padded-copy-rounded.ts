// expect: pass
// Builds a zero-padded copy of the image first, then slides the kernel with no bounds checks; colours rounded with Math.round (allowed).
type Vector = number[];
type Matrix = number[][];

function padWithZeros(image: Matrix, ry: number, rx: number): Matrix {
  const w = image[0]?.length ?? 0;
  const blank = () => new Array<number>(w + 2 * rx).fill(0);
  const rows = image.map((r) => [...new Array<number>(rx).fill(0), ...r, ...new Array<number>(rx).fill(0)]);
  return [...Array.from({ length: ry }, blank), ...rows, ...Array.from({ length: ry }, blank)];
}

export function convolve(image: Matrix, kernel: Matrix): Matrix {
  if (kernel.length % 2 !== 1 || (kernel[0]?.length ?? 0) % 2 !== 1) throw new Error("kernel sizes must be odd");
  const ry = kernel.length >> 1;
  const rx = kernel[0].length >> 1;
  const padded = padWithZeros(image, ry, rx);
  return image.map((row, i) =>
    row.map((_, j) => kernel.reduce((s, krow, u) => s + krow.reduce((t, k, v) => t + k * padded[i + u][j + v], 0), 0)),
  );
}

export function applyColorMatrix(pixels: Vector[], M: Matrix): Vector[] {
  if (M.length !== 3 || M.some((r) => r.length !== 3)) throw new Error("the colour matrix must be 3×3");
  return pixels.map((p) => {
    if (p.length !== 3) throw new Error("pixels are [r, g, b]");
    return M.map((row) => Math.round(Math.min(255, Math.max(0, row[0] * p[0] + row[1] * p[1] + row[2] * p[2]))));
  });
}
