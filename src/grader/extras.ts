/**
 * What the grader measures besides correctness: plots of the learner's behaviour next to the
 * reference's, and the growth of a function's running time with its input size.
 */
import type { ComplexityReport, Series } from "./result";
import type { Sandbox } from "./sandbox";
import type { Complexity, Plot } from "./spec";

type Reference = Record<string, (...args: unknown[]) => unknown>;

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

function safeY(f: () => number): number | null {
  try {
    return finite(f());
  } catch {
    return null;
  }
}

export async function computeSeries(plots: Plot[], sandbox: Sandbox, reference: Reference, timeLimitMs: number): Promise<Series[]> {
  const out: Series[] = [];
  for (const p of plots) {
    const ref = reference[p.call];
    if (p.kind === "sweep") {
      const outcomes = await sandbox.callMany(
        p.inputs.map((i) => ({ fn: p.call, args: i.args })),
        timeLimitMs,
        { stopOnHard: true },
      );
      out.push({
        title: p.title,
        xLabel: p.xLabel,
        yLabel: p.yLabel,
        x: p.inputs.map((i) => i.x),
        learner: p.inputs.map((i, k) => {
          const o = outcomes[k];
          return o && o.kind === "returned" ? safeY(() => p.y(o.value, i.args)) : null;
        }),
        reference: p.inputs.map((i) => safeY(() => p.y(ref(...structuredClone(i.args)), i.args))),
      });
    } else {
      const o = await sandbox.call(p.call, p.args, timeLimitMs);
      const learner = o.kind === "returned" ? safeSeries(() => p.series(o.value)) : [];
      const reference = safeSeries(() => p.series(ref(...structuredClone(p.args))));
      const n = Math.max(learner.length, reference.length);
      out.push({
        title: p.title,
        xLabel: p.xLabel,
        yLabel: p.yLabel,
        x: Array.from({ length: n }, (_, i) => i + 1),
        learner: Array.from({ length: n }, (_, i) => (i < learner.length ? finite(learner[i]) : null)),
        reference: Array.from({ length: n }, (_, i) => (i < reference.length ? finite(reference[i]) : null)),
      });
    }
  }
  return out;
}

function safeSeries(f: () => number[]): number[] {
  try {
    const s = f();
    return Array.isArray(s) ? s.filter((x) => typeof x === "number").slice(0, 2000) : [];
  } catch {
    return [];
  }
}

/** Least-squares slope of log(ms) against log(n): the exponent k in ms ≈ c·nᵏ. */
export function growthExponent(sizes: number[], ms: number[]): number {
  const xs = sizes.map(Math.log);
  const ys = ms.map((t) => Math.log(Math.max(t, 1e-4)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? 0 : num / den;
}

const REPEATS = 5;

/**
 * Times the learner's function at a few sizes (best of several calls each, measured inside the
 * runner) and fits the growth exponent. Timings on a shared machine are noisy, so this only
 * advises; it never changes a verdict.
 */
export async function measureComplexity(c: Complexity, sandbox: Sandbox, timeLimitMs: number): Promise<ComplexityReport | undefined> {
  const ms: number[] = [];
  for (const n of c.sizes) {
    const args = c.args(n);
    const outcomes = await sandbox.callMany(
      Array.from({ length: REPEATS }, () => ({ fn: c.call, args })),
      timeLimitMs,
      { stopOnHard: true },
    );
    const times = outcomes.flatMap((o) => (o.kind === "returned" || o.kind === "threw" ? [o.ms] : []));
    if (times.length < outcomes.length || times.length === 0) break;
    ms.push(Math.min(...times));
  }
  if (ms.length < 3) return undefined;
  const sizes = c.sizes.slice(0, ms.length);
  const exponent = Math.round(growthExponent(sizes, ms) * 10) / 10;
  const slow = exponent > c.expected + 0.6;
  const range = `n = ${sizes[0]} to ${sizes[sizes.length - 1]}`;
  const message = slow
    ? `your ${c.call} grows like n^${exponent} (${range}), expected n^${c.expected}: ${c.hint}`
    : `your ${c.call} grows like n^${exponent} (${range}), as expected (n^${c.expected})`;
  return { call: c.call, sizes, ms, exponent, expected: c.expected, message, slow };
}
