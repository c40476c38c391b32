/** Number formatting shared by reports, lessons and tables. */

/** A compact, readable form of a number: integers as they are, others to `digits` significant digits. */
export function formatNumber(x: number, digits = 6): string {
  if (typeof x !== "number") return String(x);
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : "-Infinity";
  if (Object.is(x, -0)) return "0";
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  const abs = Math.abs(x);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e15)) {
    return x.toExponential(Math.max(0, digits - 1)).replace(/\.?0+e/, "e");
  }
  return String(Number(x.toPrecision(digits)));
}

function isNumberArray(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((x) => typeof x === "number");
}

export function isMatrix(v: unknown): v is number[][] {
  return Array.isArray(v) && v.length > 0 && v.every(isNumberArray);
}

/** A one-line description of any value the learner's code returned, for messages. */
export function formatValue(v: unknown, digits = 6, maxItems = 12): string {
  if (typeof v === "number") return formatNumber(v, digits);
  if (typeof v === "string") return JSON.stringify(v);
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) {
    const shown = v.slice(0, maxItems).map((x) => formatValue(x, digits, maxItems));
    if (v.length > maxItems) shown.push(`… ${v.length - maxItems} more`);
    return `[${shown.join(", ")}]`;
  }
  if (typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>).slice(0, maxItems);
    return `{${entries.map(([k, x]) => `${k}: ${formatValue(x, digits, maxItems)}`).join(", ")}}`;
  }
  return String(v);
}

/** Describes a value's kind and shape: "a number", "a vector of length 3", "a 2×3 matrix", "a string". */
export function describeShape(v: unknown): string {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (typeof v === "number") return Number.isNaN(v) ? "NaN" : "a number";
  if (Array.isArray(v)) {
    if (v.length === 0) return "an empty array";
    if (v.every((r) => Array.isArray(r))) {
      const widths = new Set(v.map((r) => (r as unknown[]).length));
      if (widths.size === 1) return `a ${v.length}×${(v[0] as unknown[]).length} matrix`;
      return `a jagged array of ${v.length} rows (lengths ${[...widths].join(", ")})`;
    }
    return `an array of length ${v.length}`;
  }
  if (typeof v === "object") return "an object";
  return `a ${typeof v}`;
}
