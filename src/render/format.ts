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

/**
 * Text that came from learner code (a thrown message, printed output, a string it returned, a line
 * of its source), made safe to show at a terminal: escape sequences and other control characters
 * (which could clear the screen or draw a fake verdict) and bidirectional overrides become visible
 * placeholders; tabs and newlines stay.
 */
export function safeText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => (c === "\u007f" ? "\u2421" : String.fromCharCode(0x2400 + c.charCodeAt(0))))
      .replace(/[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "\ufffd")
  );
}

/**
 * safeText on one line: line breaks shown as ⏎, so a message from learner code cannot start a
 * line of its own (a fake "✓ passed" row under the real report).
 */
/** "1 exercise", "3 exercises". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Rounded to hundredths (points in a gradebook). */
export const round2 = (x: number) => Math.round(x * 100) / 100;

export const oneLine = (text: string) => safeText(text).replace(/\r?\n/g, " ⏎ ");

/** At most `max` characters of `text`, saying how many were left out. */
export function capText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

/** A one-line description of any value the learner's code returned, for messages (at most `maxChars` long). */
export function formatValue(v: unknown, digits = 6, maxItems = 12, maxChars = 2000): string {
  const budget = { left: maxChars };
  const out = formatBounded(v, digits, maxItems, budget, 0);
  return out.length > maxChars ? `${out.slice(0, maxChars)}…` : out;
}

function formatBounded(v: unknown, digits: number, maxItems: number, budget: { left: number }, depth: number): string {
  if (budget.left <= 0) return "…";
  const spend = (s: string) => {
    budget.left -= s.length;
    return s;
  };
  if (typeof v === "number") return spend(formatNumber(v, digits));
  if (typeof v === "string") return spend(JSON.stringify(capText(v, 200)));
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "boolean") return String(v);
  if (depth > 8) return spend("…");
  if (Array.isArray(v)) {
    const shown: string[] = [];
    for (let i = 0; i < Math.min(v.length, maxItems) && budget.left > 0; i++) shown.push(formatBounded(v[i], digits, maxItems, budget, depth + 1));
    if (v.length > shown.length) shown.push(`… ${v.length - shown.length} more`);
    return spend(`[${shown.join(", ")}]`);
  }
  if (typeof v === "object") {
    const keys = Object.keys(v as object);
    const shown: string[] = [];
    for (let i = 0; i < Math.min(keys.length, maxItems) && budget.left > 0; i++) {
      shown.push(`${JSON.stringify(capText(keys[i], 40)).replace(/^"([A-Za-z_$][\w$]*)"$/, "$1")}: ${formatBounded((v as Record<string, unknown>)[keys[i]], digits, maxItems, budget, depth + 1)}`);
    }
    if (keys.length > shown.length) shown.push(`… ${keys.length - shown.length} more`);
    return spend(`{${shown.join(", ")}}`);
  }
  return spend(String(v));
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
