import { arb, defineSpec, detect, expect, fc, fixed, random, throws, type Check } from "latutor/kit";

type M = number[][];
type V = number[];
const EPS = Number.EPSILON;

const isMat = (x: unknown): x is M => Array.isArray(x) && x.every((r) => Array.isArray(r) && r.every((v) => typeof v === "number"));

type Padding = "zero" | "wrap" | "edge";

/**
 * The grader's own cross-correlation, with the ways learners get it wrong as options: how pixels
 * outside the image are read, and where the kernel's anchor sits (its centre, or its top-left).
 */
function correlate(image: M, kernel: M, pad: Padding = "zero", anchor: "centre" | "corner" = "centre"): M {
  const h = image.length;
  const w = h ? image[0].length : 0;
  const kh = kernel.length;
  const kw = kh ? kernel[0].length : 0;
  const ry = anchor === "centre" ? (kh - 1) / 2 : 0;
  const rx = anchor === "centre" ? (kw - 1) / 2 : 0;
  const read = (y: number, x: number): number => {
    if (y >= 0 && y < h && x >= 0 && x < w) return image[y][x];
    if (pad === "zero") return 0;
    if (pad === "wrap") return image[((y % h) + h) % h][((x % w) + w) % w];
    return image[Math.min(h - 1, Math.max(0, y))][Math.min(w - 1, Math.max(0, x))];
  };
  return image.map((row, i) =>
    row.map((_, j) => {
      let s = 0;
      for (let u = 0; u < kh; u++) for (let v = 0; v < kw; v++) s += kernel[u][v] * read(i + u - ry, j + v - rx);
      return s;
    }),
  );
}

const flip = (K: M): M => K.slice().reverse().map((r) => r.slice().reverse());
const absM = (A: M): M => A.map((r) => r.map(Math.abs));

/** Each output pixel is a sum of kh·kw products: its rounding is bounded by kh·kw·ε times the sum of their sizes. */
const convolveCheck: Check = (got, { args, expected }) => {
  const [image, kernel] = args as [M, M];
  const e = expected as M;
  const h = image.length;
  const w = h ? image[0].length : 0;
  if (Array.isArray(got) && (got.length !== h || got.some((r) => !Array.isArray(r) || r.length !== w))) {
    const shape = Array.isArray(got) && got.length && Array.isArray(got[0]) ? `${got.length}×${(got[0] as unknown[]).length}` : `${Array.isArray(got) ? got.length : "?"} rows`;
    throw new expect.Mismatch(`the output is ${shape}, but it must have the image's size, ${h}×${w} (pad the border with zeros)`, { got, expected });
  }
  const bound = correlate(absM(image), absM(kernel));
  const limit = 4 * (kernel.length * (kernel[0]?.length ?? 0) + 1) * EPS * Math.max(0, ...bound.map((r) => Math.max(0, ...r)));
  // Never below 1e-12: the bound is 0 where image or kernel is 0, and "allowed 1e-300" would read like a grader bug.
  expect.closeMatrix(got, e, { rel: 0, abs: Math.max(limit, 1e-12) });
};

/** Exact values, or whole numbers less than 1 away from them (rounded, floored: the contract only asks for the clamp). */
const colorCheck: Check = (got, { args, expected }) => {
  const [pixels, A] = args as [V[], M];
  const e = expected as V[];
  expect.expectMatrix(got, e.length, 3, "the result");
  (got as V[]).forEach((q, i) => {
    const size = A.reduce((s, row) => Math.max(s, row.reduce((t, a, k) => t + Math.abs(a * pixels[i][k]), 0)), 0);
    const tol = 16 * EPS * size + 1e-12;
    q.forEach((x, c) => {
      if (x < 0 || x > 255) throw new expect.Mismatch(`pixel ${i}, channel ${c} is ${x}: every channel must be clamped into [0, 255] (expected ${e[i][c]})`, { got, expected });
      const ok = Math.abs(x - e[i][c]) <= tol || (Number.isInteger(x) && Math.abs(x - e[i][c]) < 1 + tol);
      if (!ok) {
        throw new expect.Mismatch(`pixel ${i}, channel ${c} is ${expect.formatValue(x)}, expected ${expect.formatValue(e[i][c])} (or that rounded to a whole number)`, { got, expected });
      }
    });
  });
};

const kernelSide = fc.constantFrom(1, 3, 5);
const images = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), kernelSide, kernelSide)
  .chain(([h, w, kh, kw]) => fc.tuple(arb.matrix(h, w, { max: 9, decimals: 0 }), arb.matrix(kh, kw, { max: 2, decimals: 1 })));
const palette = fc.array(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 3, maxLength: 3 }), { minLength: 0, maxLength: 6 });
const colorCases = fc.tuple(palette, arb.matrix(3, 3, { max: 2, decimals: 2 }));

const SEPIA = [
  [0.393, 0.769, 0.189],
  [0.349, 0.686, 0.168],
  [0.272, 0.534, 0.131],
];
const GREY = [
  [0.299, 0.587, 0.114],
  [0.299, 0.587, 0.114],
  [0.299, 0.587, 0.114],
];

/** The kernel was only applied where it fits inside the image; the border pixels were copied or left at 0. */
const bordersSkipped = (image: M, kernel: M, copy: boolean): M => {
  const e = correlate(image, kernel);
  const ry = (kernel.length - 1) / 2;
  const rx = (kernel[0].length - 1) / 2;
  return e.map((row, i) => row.map((x, j) => (i < ry || i >= image.length - ry || j < rx || j >= row.length - rx ? (copy ? image[i][j] : 0) : x)));
};

/** What each known mistake computes. */
const VARIANTS: Record<string, (image: M, kernel: M) => M> = {
  flipped: (image, kernel) => correlate(image, flip(kernel)),
  wrap: (image, kernel) => correlate(image, kernel, "wrap"),
  edge: (image, kernel) => correlate(image, kernel, "edge"),
  "borders-copied": (image, kernel) => bordersSkipped(image, kernel, true),
  "borders-zero": (image, kernel) => bordersSkipped(image, kernel, false),
  corner: (image, kernel) => correlate(image, kernel, "zero", "corner"),
};

/**
 * A failing convolve case whose result is what one of the named mistakes computes, on an input
 * where that mistake's answer differs from the right one and from every other mistake's (a
 * one-pixel image gives the same answer with wrap-around and with edge replication: no evidence).
 */
const convolveVariant = (...names: string[]) =>
  detect.whenResult("convolve", (got, expected, args) => {
    const [image, kernel] = args as [M, M];
    if (!isMat(image) || !isMat(kernel) || !isMat(got)) return false;
    const alts = Object.fromEntries(Object.entries(VARIANTS).map(([k, f]) => [k, f(image, kernel)]));
    return names.some((name) => {
      const alt = alts[name];
      if (detect.near(alt, expected) || !detect.near(got, alt)) return false;
      return Object.entries(alts).every(([k, other]) => names.includes(k) || !detect.near(other, alt));
    });
  });

const clamp = (x: number) => Math.min(255, Math.max(0, x));

export default defineSpec({
  exercise: "image-filters",
  params: { convolve: ["image", "kernel"], applyColorMatrix: ["pixels", "M"] },
  diagnoses: [
    {
      id: "flipped-kernel",
      message: "your kernel is flipped (rotated 180°): that is the textbook convolution, but here convolve means cross-correlation, kernel[u][v] · image[i + u − ry][j + v − rx] with the kernel laid on as it is",
      section: "convolution",
      test: convolveVariant("flipped"),
    },
    {
      id: "shrunk-output",
      message: "the output must have the image's size: pixels outside the image count as 0 (zero padding); computing only where the kernel fits inside (a 'valid' convolution) shrinks the picture",
      section: "padding",
      test: detect.whenResult("convolve", (got, _e, [image]) => {
        const h = (image as M).length;
        const w = h ? (image as M)[0].length : 0;
        return Array.isArray(got) && (got.length < h || (got.length > 0 && Array.isArray(got[0]) && (got[0] as unknown[]).length < w));
      }),
    },
    {
      id: "wrap-around",
      message: "outside the image your code reads pixels from the opposite edge (wrap-around); this exercise uses zero padding: a pixel outside the image counts as 0",
      section: "padding",
      test: convolveVariant("wrap"),
    },
    {
      id: "edge-replicate",
      message: "outside the image your code repeats the nearest edge pixel; this exercise uses zero padding: a pixel outside the image counts as 0",
      section: "padding",
      test: convolveVariant("edge"),
    },
    {
      id: "borders-skipped",
      message: "the border pixels were left as they were (or 0) instead of being filtered: compute them too, counting the pixels outside the image as 0",
      section: "padding",
      test: convolveVariant("borders-copied", "borders-zero"),
    },
    {
      id: "kernel-not-centred",
      message: "the kernel's centre must sit on the pixel being computed: read image[i + u − ry][j + v − rx] with ry, rx the kernel's half-sizes, not image[i + u][j + v]",
      section: "convolution",
      test: convolveVariant("corner"),
    },
    {
      id: "even-kernel-not-refused",
      message: "a kernel with an even number of rows or columns has no centre pixel: throw an Error for it",
      section: "convolution",
      test: detect.returnedInsteadOfThrowing("convolve"),
    },
    {
      id: "no-clamp",
      message: "a pixel channel must stay in [0, 255]: clamp every value of M·p with Math.min(255, Math.max(0, value))",
      section: "colour",
      test: detect.whenResult("applyColorMatrix", (got, _e, [pixels, A]) => {
        if (!isMat(got)) return false;
        const raw = (pixels as V[]).map((p) => (A as M).map((row) => row[0] * p[0] + row[1] * p[1] + row[2] * p[2]));
        return got.flat().some((x) => x < 0 || x > 255) && got.every((q, i) => q.every((x, c) => Math.abs(x - raw[i][c]) < 1 + 1e-9 || Math.abs(x - clamp(raw[i][c])) < 1 + 1e-9));
      }),
    },
    {
      id: "color-matrix-transposed",
      message: "each new channel is a ROW of M dotted with the pixel, M·p (new red = M[0][0]·r + M[0][1]·g + M[0][2]·b); yours uses the columns, p·M",
      section: "colour",
      test: detect.whenResult("applyColorMatrix", (got, expected, [pixels, A]) => {
        const At = (A as M)[0].map((_, j) => (A as M).map((r) => r[j]));
        const alt = (pixels as V[]).map((p) => At.map((row) => clamp(row[0] * p[0] + row[1] * p[1] + row[2] * p[2])));
        return isMat(got) && !detect.near(alt, expected) && got.every((q, i) => q.every((x, c) => Math.abs(x - alt[i][c]) < 1 + 1e-9));
      }),
    },
    {
      id: "shape-not-refused",
      message: "a colour matrix is 3×3 and a pixel is [r, g, b]: throw an Error for anything else",
      section: "colour",
      test: detect.returnedInsteadOfThrowing("applyColorMatrix"),
    },
  ],
  plots: [
    {
      kind: "trace",
      title: "Edge response along one row: convolve([[0, 0, 0, 0, 0, 1, 1, 1, 1, 1]], [[-1, 0, 1]])",
      call: "convolve",
      args: [[[0, 0, 0, 0, 0, 1, 1, 1, 1, 1]], [[-1, 0, 1]]],
      series: (got) => (got as M)[0],
      xLabel: "pixel",
      yLabel: "output",
    },
  ],
  complexity: {
    call: "convolve",
    sizes: [16, 32, 64, 128],
    args: (n) => [Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (7 * i + 3 * j) % 10)), SEPIA],
    expected: 2,
    hint: "an n×n image with a fixed 3×3 kernel needs 9 products per pixel, so the work should grow like n²: does your code copy or pad the whole image again for every pixel?",
  },
  checks: { convolve: convolveCheck, applyColorMatrix: colorCheck },
  cases: [
    fixed("box sum along one row", "convolve", [[[1, 2, 3]], [[1, 1, 1]]], {
      description: "[0+1+2, 1+2+3, 2+3+0] = [3, 6, 5]: outside the image counts as 0.",
    }),
    fixed("impulse response", "convolve", [[[0, 0, 0], [0, 1, 0], [0, 0, 0]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]], {
      description: "Cross-correlating a single bright pixel draws the kernel rotated 180°: [[9, 8, 7], [6, 5, 4], [3, 2, 1]].",
    }),
    fixed("horizontal gradient on a step", "convolve", [[[0, 0, 1, 1], [0, 0, 1, 1], [0, 0, 1, 1]], [[-1, 0, 1]]], {
      description: "[−1, 0, 1] gives right neighbour minus left neighbour: positive where brightness rises to the right.",
    }),
    fixed("3×3 box blur", "convolve", [[[0, 9, 9, 0], [0, 9, 9, 0], [0, 0, 0, 0]], [[1 / 9, 1 / 9, 1 / 9], [1 / 9, 1 / 9, 1 / 9], [1 / 9, 1 / 9, 1 / 9]]]),
    fixed("3×3 Gaussian blur", "convolve", [[[0, 4, 8, 0], [0, 8, 8, 0], [0, 0, 0, 0]], [[1 / 16, 2 / 16, 1 / 16], [2 / 16, 4 / 16, 2 / 16], [1 / 16, 2 / 16, 1 / 16]]], {
      description: "Each pixel becomes a weighted average of itself and its neighbours; the results are not whole numbers.",
    }),
    fixed("sharpen", "convolve", [[[1, 2, 3, 4], [2, 3, 4, 5], [3, 4, 5, 6]], [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]]),
    fixed("Sobel x on a vertical edge", "convolve", [[[0, 0, 5, 5], [0, 0, 5, 5], [0, 0, 5, 5]], [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]]),
    fixed("a 3×1 kernel (vertical difference)", "convolve", [[[1, 2], [4, 8], [9, 3]], [[1], [0], [-1]]], { description: "Rows and columns may differ: here the half-height is 1 and the half-width 0." }),
    fixed("a 1×1 kernel scales", "convolve", [[[1, -2], [3, 0.5]], [[2]]]),
    fixed("kernel larger than the image", "convolve", [[[1, 2], [3, 4]], [[1, 1, 1, 1, 1], [1, 1, 2, 1, 1], [1, 3, 1, 4, 1], [1, 1, 5, 1, 1], [1, 1, 1, 1, 1]]], {
      description: "Most of the kernel falls outside the image, where everything is 0; the output is still 2×2.",
    }),
    fixed("a one-pixel image", "convolve", [[[7]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]]),
    random("random images and kernels", "convolve", images.map((a) => a as unknown[]), { runs: 40 }),
    throws("a 2×2 kernel", "convolve", [[[1, 2], [3, 4]], [[1, 1], [1, 1]]], "a kernel with an even number of rows has no centre pixel"),
    throws("a 3×2 kernel", "convolve", [[[1, 2, 3], [4, 5, 6]], [[1, 0], [0, 1], [1, 0]]], "a kernel with an even number of columns has no centre pixel"),
    throws("a 4×4 kernel", "convolve", [[[1, 2], [3, 4]], [[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]]], "a 4×4 kernel has no centre pixel"),
    fixed("identity colour matrix", "applyColorMatrix", [[[12, 200, 99], [0, 255, 128]], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]]),
    fixed("swap the channels", "applyColorMatrix", [[[10, 20, 30]], [[0, 0, 1], [1, 0, 0], [0, 1, 0]]], { description: "new red = old blue, new green = old red, new blue = old green: [30, 10, 20]." }),
    fixed("sepia on white clamps at 255", "applyColorMatrix", [[[255, 255, 255]], SEPIA], {
      description: "Sepia's red row sums to 1.351, so white becomes 344.5 in red: clamp it to 255.",
    }),
    fixed("greyscale a palette", "applyColorMatrix", [[[255, 0, 0], [0, 255, 0], [0, 0, 255], [200, 120, 40]], GREY]),
    fixed("sepia on a palette", "applyColorMatrix", [[[255, 0, 0], [0, 128, 255], [90, 60, 30]], SEPIA]),
    fixed("negative weights clamp at 0", "applyColorMatrix", [[[100, 50, 200]], [[1, -1, -1], [0, 1, 0], [0, 0, 1]]], { description: "100 − 50 − 200 = −150 is below 0: clamp it to 0." }),
    fixed("colour matrix on no pixels", "applyColorMatrix", [[], SEPIA]),
    random("random colour matrices on random pixels", "applyColorMatrix", colorCases.map((a) => a as unknown[]), { runs: 40 }),
    throws("a 2×2 colour matrix", "applyColorMatrix", [[[1, 2, 3]], [[1, 0], [0, 1]]], "a colour matrix must be 3×3 (it maps [r, g, b] to [r, g, b])"),
    throws("a pixel with 4 entries", "applyColorMatrix", [[[1, 2, 3, 4]], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]], "a pixel is [r, g, b], 3 entries"),
  ],
});
