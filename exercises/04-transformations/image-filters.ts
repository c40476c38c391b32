// Exercise: image-filters (topic 04-transformations)
//
// The photo-filter app: an image is a matrix of brightness values, a filter is a small kernel
// slid over it, and a colour filter is a 3×3 matrix applied to every RGB pixel.
//
// convolve(image, kernel): out[i][j] = Σ_u Σ_v kernel[u][v] · image[i + u − ry][j + v − rx]
//   where ry = (kernel rows − 1) / 2 and rx = (kernel columns − 1) / 2: the kernel's centre sits on
//   pixel [i][j] and the kernel is NOT flipped (this is cross-correlation, what ML libraries call
//   "convolution"). Pixels outside the image count as 0 (zero padding), so the output has exactly
//   the image's size.
//     convolve([[0, 0, 0], [0, 1, 0], [0, 0, 0]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
//       → [[9, 8, 7], [6, 5, 4], [3, 2, 1]]
//     convolve([[1, 2, 3]], [[1, 1, 1]]) → [[3, 6, 5]]
//   The kernel must have an odd number of rows and an odd number of columns (1×3 and 3×1 are
//   fine): otherwise it has no centre pixel, so throw an Error (an even-sized kernel throws).
//
// applyColorMatrix(pixels, M): each pixel p = [r, g, b] becomes M·p with every channel clamped
//   into [0, 255] (below 0 → 0, above 255 → 255).
//     applyColorMatrix([[100, 200, 50]], [[2, 0, 0], [0, 1, 0], [0, 0, -1]]) → [[200, 200, 0]]
//     applyColorMatrix([[200, 10, 10]], [[2, 0, 0], [0, 1, 0], [0, 0, 1]])   → [[255, 10, 10]]
//   Do not round: return the clamped values as they are (results rounded to whole numbers are
//   accepted too, but not required). M must be 3×3 and every pixel must have 3 entries: throw otherwise.
//
// Rules: never change the inputs; return new arrays.
//
// Check your work:  latutor check image-filters     Stuck?  latutor hint image-filters
import type { Matrix, Vector } from "../helpers";

export function convolve(image: Matrix, kernel: Matrix): Matrix {
  // TODO: slide the (unflipped) kernel over the zero-padded image
  throw new Error("TODO: implement convolve(image, kernel)");
}

export function applyColorMatrix(pixels: Vector[], M: Matrix): Vector[] {
  // TODO: M·p for every pixel, clamped into [0, 255]
  throw new Error("TODO: implement applyColorMatrix(pixels, M)");
}
