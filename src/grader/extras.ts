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
  return fitGrowth(sizes, ms).exponent;
}

/** The fitted exponent, and how well a straight line in log–log explains the timings (R², 0..1). */
export function fitGrowth(sizes: number[], ms: number[]): { exponent: number; r2: number } {
  const xs = sizes.map(Math.log);
  const ys = ms.map((t) => Math.log(Math.max(t, 1e-4)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  let total = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
    total += (ys[i] - my) ** 2;
  });
  if (den === 0) return { exponent: 0, r2: 0 };
  const exponent = num / den;
  const residual = xs.reduce((sum, x, i) => sum + (ys[i] - my - exponent * (x - mx)) ** 2, 0);
  return { exponent, r2: total === 0 ? 0 : 1 - residual / total };
}

/** How far the fitted exponent may stray from the expected one and still be called "as expected". */
export const EXPONENT_MARGIN = 0.6;
/** Below this R² the timings are too noisy to say anything. */
const MIN_R2 = 0.9;
/** Below this the largest timing is mostly the clock and the call's overhead. */
const MIN_LARGEST_MS = 0.05;

const REPEATS = 5;

/**
 * Times the learner's function at a few sizes (best of several calls each, measured inside the
 * runner) and fits the growth exponent. Timings on a shared machine are noisy, so this only
 * advises; it never changes a verdict.
 */
export async function measureComplexity(c: Complexity, sandbox: Sandbox, timeLimitMs: number): Promise<ComplexityReport | undefined> {
  const first = await measureOnce(c, sandbox, timeLimitMs);
  if (!first?.slow) return first;
  // "Too slow" is said only when a second measurement agrees: a burst of load on a shared
  // machine must not make a correct function look quadratic.
  const second = await measureOnce(c, sandbox, timeLimitMs);
  if (!second?.slow) return undefined;
  return second.exponent < first.exponent ? second : first;
}

async function measureOnce(c: Complexity, sandbox: Sandbox, timeLimitMs: number): Promise<ComplexityReport | undefined> {
  const ms: number[] = [];
  // Warm-up: the first calls of a function run before the JIT has compiled it, and would make
  // the smallest size look slow (and the growth look flatter than it is).
  // Timing runs send the arguments once per size and get only the times back (see runner.mjs).
  const warmArgs = c.args(c.sizes[0]);
  await sandbox.callMany(
    Array.from({ length: REPEATS }, () => ({ fn: c.call, args: warmArgs })),
    timeLimitMs,
    { stopOnHard: true, timing: true },
  );
  for (const n of c.sizes) {
    const args = c.args(n);
    const outcomes = await sandbox.callMany(
      Array.from({ length: REPEATS }, () => ({ fn: c.call, args })),
      timeLimitMs,
      { stopOnHard: true, timing: true },
    );
    const times = outcomes.flatMap((o) => (o.kind === "returned" || o.kind === "threw" ? [o.ms] : []));
    if (times.length < outcomes.length || times.length === 0) break;
    ms.push(Math.min(...times));
  }
  if (ms.length < 3) return undefined;
  const sizes = c.sizes.slice(0, ms.length);
  return judgeGrowth(c, sizes, ms);
}

/**
 * What the timings say, if anything: "as expected" only within EXPONENT_MARGIN of the expected
 * exponent, advice when clearly above it, and nothing at all when the timings are too small or
 * too noisy to fit (a line that says n^0.2 "as expected" for an n^1 function would be a lie).
 */
export function judgeGrowth(c: Pick<Complexity, "call" | "expected" | "hint">, sizes: number[], ms: number[]): ComplexityReport | undefined {
  if (Math.max(...ms) < MIN_LARGEST_MS) return undefined;
  const fit = fitGrowth(sizes, ms);
  if (fit.r2 < MIN_R2) return undefined;
  const exponent = Math.round(fit.exponent * 10) / 10;
  const range = `n = ${sizes[0]} to ${sizes[sizes.length - 1]}`;
  if (exponent > c.expected + EXPONENT_MARGIN) {
    return { call: c.call, sizes, ms, exponent, expected: c.expected, slow: true, message: `your ${c.call} grows like n^${exponent} (${range}), expected n^${c.expected}: ${c.hint}` };
  }
  if (exponent < c.expected - EXPONENT_MARGIN) return undefined; // faster than possible: overhead, not the algorithm
  return { call: c.call, sizes, ms, exponent, expected: c.expected, slow: false, message: `your ${c.call} grows like n^${exponent} (${range}), as expected for n^${c.expected} (within ±${EXPONENT_MARGIN})` };
}
