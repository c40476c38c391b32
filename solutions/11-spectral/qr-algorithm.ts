// Reference implementation: the symmetric eigendecomposition A = V·diag(λ)·Vᵀ by the shifted QR
// algorithm (Wilkinson shift, deflation) on a tridiagonal form, every step done by Givens rotations.
export type Vector = number[];
export type Matrix = number[][];

/**
 * Checks that A is a non-empty square matrix, symmetric up to rounding: every |A[i][j] − A[j][i]|
 * at most 1e-10 times the largest |entry| (a relative test, so the units of A do not matter).
 * Returns n.
 */
function checkSymmetric(A: Matrix): number {
  const n = A.length;
  if (n === 0) throw new Error("eigSymmetric: A is empty");
  A.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== n) throw new Error(`eigSymmetric: A must be square, but row ${i} has ${row?.length} entries and A has ${n} rows`);
  });
  let largest = 0;
  for (const row of A) for (const x of row) largest = Math.max(largest, Math.abs(x));
  const allowed = 1e-10 * largest;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs(A[i][j] - A[j][i]) > allowed) {
        throw new Error(`eigSymmetric: A is not symmetric (A[${i}][${j}] = ${A[i][j]} but A[${j}][${i}] = ${A[j][i]})`);
      }
    }
  }
  return n;
}

/** The Frobenius norm √(Σ aᵢⱼ²), scaled so that squaring cannot overflow. */
function frobenius(A: Matrix): number {
  let largest = 0;
  for (const row of A) for (const x of row) largest = Math.max(largest, Math.abs(x));
  if (largest === 0) return 0;
  let sum = 0;
  for (const row of A) for (const x of row) sum += (x / largest) ** 2;
  return largest * Math.sqrt(sum);
}

/** Rows p and q of M (columns 0..width−1) ← [[c, s], [−s, c]] · [row p; row q]: a Givens rotation. */
function rotateRows(M: Matrix, p: number, q: number, c: number, s: number, width: number): void {
  for (let k = 0; k < width; k++) {
    const top = M[p][k];
    const bottom = M[q][k];
    M[p][k] = c * top + s * bottom;
    M[q][k] = -s * top + c * bottom;
  }
}

/** Columns p and q of M (rows 0..height−1) ← [column p, column q] · [[c, −s], [s, c]]: the same rotation from the right. */
function rotateColumns(M: Matrix, p: number, q: number, c: number, s: number, height: number): void {
  for (let k = 0; k < height; k++) {
    const left = M[k][p];
    const right = M[k][q];
    M[k][p] = c * left + s * right;
    M[k][q] = -s * left + c * right;
  }
}

/**
 * Makes T tridiagonal (zeros outside the three middle diagonals) by rotations applied to rows AND
 * columns, so T stays similar to A; V collects them. Shifted QR steps keep this shape, and on it
 * Wilkinson's shift always converges (on a full matrix a shift read from the last 2×2 block can stall).
 */
function tridiagonalize(T: Matrix, V: Matrix): void {
  const n = T.length;
  for (let j = 0; j < n - 2; j++) {
    for (let i = j + 2; i < n; i++) {
      const a = T[j + 1][j];
      const b = T[i][j];
      if (b === 0) continue;
      const r = Math.hypot(a, b);
      rotateRows(T, j + 1, i, a / r, b / r, n); // zeros T[i][j]
      rotateColumns(T, j + 1, i, a / r, b / r, n); // and, by symmetry, T[j][i]
      rotateColumns(V, j + 1, i, a / r, b / r, n);
    }
  }
}

/**
 * One shifted QR step on the leading m×m block of T: factor T − μI = Q·R with Givens rotations,
 * then T ← R·Q + μI (= QᵀTQ, similar to T) and V ← V·Q (V keeps the product of all Q's).
 */
function qrStep(T: Matrix, V: Matrix, m: number, mu: number): void {
  for (let i = 0; i < m; i++) T[i][i] -= mu;
  // QR: rotation (j, i) mixes rows j and i so that the entry in row i, column j becomes 0.
  const rotations: { j: number; i: number; c: number; s: number }[] = [];
  for (let j = 0; j < m - 1; j++) {
    for (let i = j + 1; i < m; i++) {
      const a = T[j][j];
      const b = T[i][j];
      if (b === 0) continue;
      const r = Math.hypot(a, b);
      rotateRows(T, j, i, a / r, b / r, m);
      rotations.push({ j, i, c: a / r, s: b / r });
    }
  }
  // T now holds R. Multiplying by Q on the right applies the same rotations to columns, in order.
  for (const { j, i, c, s } of rotations) {
    rotateColumns(T, j, i, c, s, m);
    rotateColumns(V, j, i, c, s, V.length);
  }
  for (let i = 0; i < m; i++) T[i][i] += mu;
}

/**
 * Wilkinson's shift: the eigenvalue of the trailing 2×2 block [[a, b], [b, c]] of the active part
 * that is closer to c. Unlike the plain Rayleigh shift μ = c it cannot stall (try [[0, 1], [1, 0]]).
 */
function wilkinsonShift(T: Matrix, m: number): number {
  const a = T[m - 2][m - 2];
  const b = T[m - 1][m - 2];
  const c = T[m - 1][m - 1];
  const delta = (a - c) / 2;
  const denominator = Math.abs(delta) + Math.hypot(delta, b);
  if (denominator === 0) return c;
  const sign = delta >= 0 ? 1 : -1;
  return c - sign * b * (b / denominator);
}

/**
 * The eigenvalues of a symmetric A in descending order, and orthonormal eigenvectors as the
 * COLUMNS of `vectors` (column j belongs to values[j]): A = V·diag(values)·Vᵀ.
 */
export function eigSymmetric(A: Matrix): { values: Vector; vectors: Matrix } {
  const n = checkSymmetric(A);
  // Work on a symmetric copy (A may be symmetric only up to rounding).
  const T = A.map((row, i) => row.map((x, j) => (x + A[j][i]) / 2));
  const V: Matrix = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  // An off-diagonal entry this small next to A is rounding noise: treat it as 0.
  const negligible = Number.EPSILON * frobenius(A);
  tridiagonalize(T, V);

  let m = n; // T[0..m)×[0..m) is the part still being worked on
  let steps = 0;
  while (m > 1) {
    // Deflation: once row m − 1 is diagonal, T[m−1][m−1] is an eigenvalue; lock it and shrink.
    let offDiagonal = 0;
    for (let k = 0; k < m - 1; k++) offDiagonal = Math.max(offDiagonal, Math.abs(T[m - 1][k]));
    if (offDiagonal <= negligible) {
      for (let k = 0; k < m - 1; k++) T[m - 1][k] = T[k][m - 1] = 0;
      m--;
      continue;
    }
    if (++steps > 100 * n) throw new Error("eigSymmetric: the QR algorithm did not converge");
    qrStep(T, V, m, wilkinsonShift(T, m));
  }

  // Largest first; every column moves with its eigenvalue.
  const order = Array.from({ length: n }, (_, i) => i).sort((p, q) => T[q][q] - T[p][p]);
  return {
    values: order.map((i) => T[i][i]),
    vectors: V.map((row) => order.map((i) => row[i])),
  };
}
