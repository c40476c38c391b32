import asciichart from "asciichart";
import type { Series } from "../grader/result";
import { formatNumber } from "./format";
import type { Style } from "./style";

/** Fills gaps (non-finite values) so asciichart can draw; returns the filled series and whether any were filled. */
function fill(values: (number | null)[], fallback: number): number[] {
  let last = fallback;
  return values.map((v) => (v === null ? last : (last = v)));
}

/** Resamples a series to at most `width` points, so the chart fits the terminal. */
function fit(values: number[], width: number): number[] {
  if (values.length <= width) return values;
  return Array.from({ length: width }, (_, i) => values[Math.floor((i * values.length) / width)]);
}

/**
 * Draws a series: learner and reference in one chart with a legend when colours are on; one chart
 * each when they are off (the two lines would look alike).
 */
export function renderSeries(s: Series, style: Style, width: number, height = 8): string {
  const plotWidth = Math.max(20, Math.min(width - 16, 72));
  const finiteValues = [...s.learner, ...s.reference].filter((v): v is number => v !== null);
  if (finiteValues.length === 0) return "";
  const min = Math.min(...finiteValues);
  const max = Math.max(...finiteValues);
  const learner = fit(fill(s.learner, max), plotWidth);
  const reference = fit(fill(s.reference, min), plotWidth);
  const gaps = s.learner.filter((v) => v === null).length;
  const format = (x: number) => formatNumber(x, 3).padStart(9);
  const config = { height, min, max, format };
  const out = [style.bold(s.title)];
  const xAxis = `${" ".repeat(11)}${s.xLabel}: ${formatNumber(s.x[0], 4)} … ${formatNumber(s.x[s.x.length - 1], 4)}`;
  if (style.level > 0) {
    out.push(asciichart.plot([reference, learner], { ...config, colors: [asciichart.green, asciichart.red] }));
    out.push(style.dim(xAxis), `${" ".repeat(11)}${style.red("━ yours")}  ${style.green("━ reference")}   ${style.dim(`(y: ${s.yLabel})`)}`);
  } else {
    const small = { ...config, height: Math.max(4, height - 2) };
    out.push(`  yours (y: ${s.yLabel})`, asciichart.plot(learner, small), `  reference`, asciichart.plot(reference, small), xAxis);
  }
  if (gaps) out.push(style.dim(`           (${gaps} of your values were not finite numbers: NaN, Infinity or a failure; drawn at the previous value)`));
  return out.join("\n");
}
