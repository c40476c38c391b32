/** How `latutor try` shows a value: numbers, vectors, matrices as tables, objects field by field, plots, differences. */
import asciichart from "asciichart";
import type { Series } from "../grader/result";
import { describeShape, formatNumber, formatValue, isMatrix, safeText } from "./format";
import { formatMatrix } from "./matrix";
import { renderSeries } from "./plot";
import type { Style } from "./style";

const DIGITS = 10;
const isNumber = (v: unknown): v is number => typeof v === "number";
const isVector = (v: unknown): v is number[] => Array.isArray(v) && v.length > 0 && v.every(isNumber);
const isRectangular = (v: unknown): v is number[][] => isMatrix(v) && v.every((r) => r.length === v[0].length) && v[0].length > 0;
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** A value as display lines: a matrix as an aligned table with its shape, a vector on one line, an object field by field. */
export function renderValue(v: unknown, style: Style, depth = 0, showShape = true): string[] {
  if (isNumber(v)) return [formatNumber(v, DIGITS)];
  if (isVector(v)) {
    const shown = v.slice(0, 60).map((x) => formatNumber(x, DIGITS));
    return [`[${shown.join(", ")}${v.length > 60 ? `, … ${v.length - 60} more` : ""}]${v.length > 6 ? style.dim(`  (${v.length} entries)`) : ""}`];
  }
  if (isRectangular(v)) {
    const table = formatMatrix(v, { digits: 6, maxRows: 16, maxCols: 10 });
    return showShape ? [style.dim(`${v.length}×${v[0].length} matrix`), ...table] : table;
  }
  if (isRecord(v) && depth < 2 && Object.keys(v).length > 0 && Object.keys(v).length <= 20) {
    const out: string[] = [];
    for (const [key, child] of Object.entries(v)) {
      const name = safeText(key.length > 40 ? `${key.slice(0, 40)}…` : key);
      const block = renderValue(child, style, depth + 1);
      if (block.length === 1) out.push(`${style.bold(name)}: ${block[0]}`);
      else out.push(`${style.bold(name)}:`, ...block.map((l) => `  ${l}`));
    }
    return out;
  }
  return [safeText(formatValue(v, DIGITS, 20, 2000))];
}

export type Difference =
  | { kind: "numbers"; diff: number | number[] | number[][]; maxAbs: number; relative: number; signFlip: boolean }
  | { kind: "fields"; fields: { key: string; difference: Difference }[] }
  | { kind: "same" }
  | { kind: "incomparable"; why: string };

const flat = (v: number | number[] | number[][]): number[] => (isNumber(v) ? [v] : (v as (number | number[])[]).flat());
/** The largest |x| (no spread: a result may hold a million entries). */
const maxAbsOf = (xs: number[]) => xs.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
/** At most `n` evenly spaced entries, for a chart. */
const sample = (values: number[], n = 1000) => (values.length <= n ? values : Array.from({ length: n }, (_, i) => values[Math.floor((i * values.length) / n)]));

function numericDifference(y: number | number[] | number[][], r: number | number[] | number[][]): Difference {
  const diff = isNumber(y) ? y - (r as number) : isVector(y) ? y.map((x, i) => x - (r as number[])[i]) : (y as number[][]).map((row, i) => row.map((x, j) => x - (r as number[][])[i][j]));
  const d = flat(diff);
  const ys = flat(y);
  const rs = flat(r);
  const maxAbs = maxAbsOf(d);
  const scale = maxAbsOf(rs);
  const relative = scale > 0 ? maxAbs / scale : maxAbs;
  // y ≈ −r: a sign an eigenvector or singular vector is free to take.
  const sumMax = maxAbsOf(ys.map((x, i) => x + rs[i]));
  const signFlip = ys.length > 0 && scale > 0 && maxAbs > 1e-9 * scale && sumMax <= 1e-9 * scale;
  return { kind: "numbers", diff, maxAbs, relative, signFlip };
}

/** Yours minus the reference's, where both have the same shape; why not, where they do not. */
export function difference(yours: unknown, reference: unknown, depth = 0): Difference {
  const shapeOf = (v: unknown) => (isNumber(v) ? "number" : isVector(v) ? `vector ${v.length}` : isRectangular(v) ? `matrix ${v.length}×${v[0].length}` : undefined);
  const ys = shapeOf(yours);
  const rs = shapeOf(reference);
  if (ys && ys === rs) return numericDifference(yours as number, reference as number);
  if (isRecord(yours) && isRecord(reference) && depth < 2) {
    const fields = Object.keys(reference)
      .filter((k) => k in yours)
      .map((key) => ({ key, difference: difference(yours[key], reference[key], depth + 1) }))
      .filter((f) => f.difference.kind !== "same" && !(f.difference.kind === "numbers" && f.difference.maxAbs === 0));
    return fields.length ? { kind: "fields", fields } : { kind: "same" };
  }
  if (ys === undefined && rs === undefined && JSON.stringify(yours) === JSON.stringify(reference)) return { kind: "same" };
  return { kind: "incomparable", why: `yours is ${describeShape(yours)}, the reference's ${describeShape(reference)}` };
}

export function renderDifference(d: Difference, style: Style): string[] {
  switch (d.kind) {
    case "same":
      return ["identical, to the last digit"];
    case "incomparable":
      return [`not comparable: ${d.why}`];
    case "fields":
      return d.fields.flatMap((f) => {
        const block = renderDifference(f.difference, style);
        return block.length === 1 ? [`${style.bold(safeText(f.key))}: ${block[0]}`] : [`${style.bold(safeText(f.key))}:`, ...block.map((l) => `  ${l}`)];
      });
    case "numbers": {
      const summary =
        d.maxAbs === 0
          ? style.green("identical, to the last digit")
          : `${isNumber(d.diff) ? "" : "largest "}|difference| ${formatNumber(d.maxAbs, 3)}, relative ${formatNumber(d.relative, 3)}${d.signFlip ? style.yellow("  (the same up to sign: a vector's direction may come back either way)") : ""}`;
      if (isNumber(d.diff) || d.maxAbs === 0) return [summary];
      return [...renderValue(d.diff, style, 0, false), style.dim(summary)];
    }
  }
}

/** The lists of numbers in a value that a chart can show, with names. */
export function plottable(v: unknown, name = "value"): { name: string; values: number[] }[] {
  if (isVector(v)) return [{ name, values: v }];
  if (isRectangular(v)) return v.slice(0, 6).map((row, i) => ({ name: `${name === "value" ? "" : `${name} `}row ${i}`, values: row }));
  // An object's short lists (a 2-vector beside a history) are values, not series.
  if (isRecord(v)) return Object.entries(v).flatMap(([key, child]) => (isVector(child) && child.length >= 3 ? [{ name: key, values: child }] : isRectangular(child) && child[0].length >= 3 ? plottable(child, key) : []));
  return [];
}

const toNullable = (values: number[]) => values.map((x) => (Number.isFinite(x) ? x : null));

/**
 * Charts of the value's lists of numbers (index on the x axis); with a reference, each list of
 * yours is drawn next to the reference's list of the same name.
 */
export function renderPlots(yours: unknown, style: Style, width: number, reference?: unknown): string[] {
  const mine = plottable(yours).map((p) => ({ ...p, length: p.values.length, values: sample(p.values) }));
  if (mine.length === 0) return [style.dim(`nothing to plot: --plot draws a list of numbers (a vector, the rows of a matrix, or an object's lists such as history); this is ${describeShape(yours)}`)];
  const theirs = reference === undefined ? [] : plottable(reference).map((p) => ({ ...p, values: sample(p.values) }));
  const out: string[] = [];
  for (const m of mine.slice(0, 6)) {
    const r = theirs.find((t) => t.name === m.name && t.values.length === m.values.length);
    if (m.values.length < 2) {
      out.push(style.dim(`${m.name}: one value, nothing to draw`));
      continue;
    }
    const series: Series = { title: m.name, xLabel: "index", yLabel: m.name, x: m.values.map((_, i) => Math.floor((i * m.length) / m.values.length)), learner: toNullable(m.values), reference: r ? toNullable(r.values) : [] };
    if (r) {
      out.push(renderSeries(series, style, width), "");
      continue;
    }
    const finite = m.values.filter(Number.isFinite);
    if (finite.length === 0) {
      out.push(style.dim(`${m.name}: no finite values to draw`));
      continue;
    }
    let last = finite[0];
    const filled = m.values.map((x) => (Number.isFinite(x) ? (last = x) : last));
    const plotWidth = Math.max(20, Math.min(width - 16, 72));
    const fitted = filled.length <= plotWidth ? filled : Array.from({ length: plotWidth }, (_, i) => filled[Math.floor((i * filled.length) / plotWidth)]);
    out.push(style.bold(m.name), asciichart.plot(fitted, { height: 8, format: (x: number) => formatNumber(x, 3).padStart(9) }), style.dim(`           index: 0 … ${m.length - 1}`), "");
  }
  while (out.length && out[out.length - 1] === "") out.pop();
  return out;
}
