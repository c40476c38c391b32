import { formatNumber, formatValue, isMatrix } from "./format";

/**
 * A matrix as an aligned block with bracket edges, numbers right-aligned per column:
 *   ⎡ 1  2 ⎤
 *   ⎣ 3  4 ⎦
 * Larger matrices are cut to maxRows × maxCols with an ellipsis.
 */
export function formatMatrix(A: number[][], { digits = 5, maxRows = 8, maxCols = 8 } = {}): string[] {
  if (A.length === 0) return ["[]"];
  const rows = A.slice(0, maxRows).map((r) => {
    const cells = r.slice(0, maxCols).map((x) => formatNumber(x, digits));
    if (r.length > maxCols) cells.push("…");
    return cells;
  });
  if (A.length > maxRows) rows.push(rows[0].map(() => "⋮"));
  const cols = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, j) => Math.max(...rows.map((r) => (r[j] ?? "").length)));
  const n = rows.length;
  return rows.map((r, i) => {
    const body = widths.map((w, j) => (r[j] ?? "").padStart(w)).join("  ");
    const [l, rr] = n === 1 ? ["[", "]"] : i === 0 ? ["⎡", "⎤"] : i === n - 1 ? ["⎣", "⎦"] : ["⎢", "⎥"];
    return `${l} ${body} ${rr}`;
  });
}

/** A value as display lines: matrices as blocks, vectors and scalars on one line. */
export function formatBlock(v: unknown, digits = 6): string[] {
  if (isMatrix(v) && v.length > 1) return formatMatrix(v, { digits });
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "number")) {
    const shown = v.slice(0, 16).map((x) => formatNumber(x, digits));
    if (v.length > 16) shown.push(`… (${v.length} entries)`);
    return [`[${shown.join(", ")}]`];
  }
  if (Array.isArray(v) && v.length > 0 && v.length <= 8 && v.every((x) => Array.isArray(x) && x.every((y) => typeof y === "number"))) {
    return v.map((x, i) => `${i}: ${formatBlock(x, digits)[0]}`);
  }
  if (typeof v === "number") return [formatNumber(v, Math.max(12, digits))];
  return [formatValue(v, digits, 12, 400)];
}
