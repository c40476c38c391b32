import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../util/fs";
import { isSmallFile } from "./compile";
import * as fc from "fast-check";
import type { Course, Exercise } from "../course/course";
import { importCourseModule } from "../course/modules";
import { describeShape } from "../render/format";
import { compileLearnerFile, type CompileResult } from "./compile";
import { describeThrow, judge, type Evaluation, type Reference } from "./judge";
import type { CaseResult, ComplexityReport, GradeResult, Problem } from "./result";
import { challengesOf, passedAll, scoreOf } from "./result";
import { mark } from "../util/timing";
import { Sandbox } from "./sandbox";
import type { RunnerPool } from "./runner-process";
import { diagnose } from "./diagnoses";
import { computeSeries, judgeGrowth, measureComplexity } from "./extras";
import type { Args, Case, Complexity, JudgedCase, Spec } from "./spec";

export interface GradeOptions {
  course: Course;
  exercise: Exercise;
  /** Absolute path of the file to grade. */
  file: string;
  /** Imports must stay inside this folder. */
  allowedRoot: string;
  /** File names in messages are shown relative to this folder. */
  displayRoot: string;
  seed: number;
  /** Where compiled learner code is cached; none when absent. */
  cacheFile?: string;
  /** Multiplies every random case's number of runs (verify uses fewer or more). */
  runsScale?: number;
  /** false: skip the spec's plots (no data, no time). */
  plots?: boolean;
  /** false: skip the advisory timing of the function's growth. */
  complexity?: boolean;
  /**
   * Runners to reuse (verify: many files of one author; a class: the files of one student, with
   * `owner` naming the student); by default each grading starts its own.
   */
  runners?: RunnerPool;
  /** Whose code this is, when runners are reused: they are reused only within one owner. */
  owner?: string;
  /** The file compiled already (verify grades one reference with several seeds). */
  compiled?: CompileResult;
}

async function evaluate(spec: Spec, reference: Reference, c: Case, args: Args, sandbox: Sandbox, exercise: Exercise): Promise<Evaluation> {
  return judge(spec, reference, c, args, await sandbox.call(c.call, args, c.timeLimitMs ?? exercise.timeLimitMs));
}

function caseSeed(seed: number, index: number): number {
  return (seed + Math.imul(index + 1, 0x9e3779b1)) | 0;
}

const baseOf = (spec: Spec, c: Case) => ({
  name: c.name,
  call: c.call,
  kind: c.kind,
  tier: c.tier ?? ("required" as const),
  section: c.section,
  weight: c.weight ?? 1,
  description: c.description,
  params: spec.params?.[c.call],
});

/** A case's result, with what diagnoses need to see of it. */
interface Ran {
  result: CaseResult;
  judged: JudgedCase;
  /** More evidence for diagnoses: a random case's first failing input before it was shrunk. */
  evidence?: JudgedCase;
  /** The unfinished function another exercise's stub left (see Evaluation.todo). */
  todo?: string;
  /** The call still threw its own stub's "TODO" (see Evaluation.stub). */
  stub?: boolean;
}

/**
 * What of a learner's value is kept in a result (printed, written as JSON or JUnit, stored): a
 * matrix or vector of up to MAX_ENTRIES numbers as it is; anything larger, or a long string, summarised.
 */
const MAX_ENTRIES = 5000;
function compact(v: unknown): unknown {
  let budget = MAX_ENTRIES;
  const fits = (x: unknown, depth: number): boolean => {
    if (--budget < 0 || depth > 8) return false;
    if (typeof x === "string") return x.length <= 1000;
    if (Array.isArray(x)) return x.length <= budget && x.every((y) => fits(y, depth + 1));
    if (x !== null && typeof x === "object") return Object.keys(x).length <= budget && Object.values(x).every((y) => fits(y, depth + 1));
    return true;
  };
  if (fits(v, 0)) return v;
  return typeof v === "string" ? `(a string of ${v.length} characters: too long to show)` : `(${describeShape(v)}: too large to show)`;
}

/** "…calls norm2, which still throws TODO" also names the file of the exercise that exports norm2. */
function nameTodoFile(course: Course, r: Ran): void {
  const owner = r.todo ? course.exercises.find((x) => x.exports.includes(r.todo!)) : undefined;
  if (owner && !r.result.passed) r.result.message += `: finish ${owner.workspacePath} (exercise ${owner.id}) first`;
}

function ran(spec: Spec, c: Case, args: Args | undefined, e: Evaluation, extra: Partial<CaseResult> = {}): Ran {
  const base = baseOf(spec, c);
  const result: CaseResult = e.passed
    ? { ...base, passed: true, message: "ok", ...(e.note ? { note: e.note } : {}), ...extra }
    : { ...base, passed: false, message: e.message, input: args?.map(compact), expected: compact(e.expected), got: compact(e.got), ...extra };
  const judged: JudgedCase = {
    name: c.name,
    call: c.call,
    kind: c.kind,
    tier: c.tier ?? "required",
    tags: c.tags ?? [],
    passed: e.passed,
    args,
    got: e.got,
    expected: e.expected,
    outcome: e.outcome,
    thrown: e.thrown,
    mutated: e.mutated,
    aliased: e.aliased,
  };
  return { result, judged, todo: e.todo, stub: e.stub };
}

const runsOf = (c: Case & { kind: "random" }, options: GradeOptions) => Math.max(1, Math.round((c.runs ?? 25) * (options.runsScale ?? 1)));

/**
 * The inputs of every random case, generated up front from the run's seed: the grader does this
 * while the runner process is still booting. Each case has a seed of its own, so its inputs are the
 * same however the others are drawn (and fast-check's replay of a failing case finds them again).
 */
function randomInputs(spec: Spec, options: GradeOptions): (Args[] | undefined)[] {
  return spec.cases.map((c, i) => (c.kind === "random" ? fc.sample(c.args, { seed: caseSeed(options.seed, i), numRuns: runsOf(c, options) }) : undefined));
}

/**
 * A random case: its inputs (generated up front) run in one batch, each answer judged as it
 * arrives (the fast path when everything passes). When one fails, fast-check replays the same seed
 * call by call and shrinks the failing input to a small one.
 */
async function runRandomCase(spec: Spec, reference: Reference, c: Case & { kind: "random" }, index: number, sandbox: Sandbox, options: GradeOptions, inputs: Args[]): Promise<Ran> {
  const seed = caseSeed(options.seed, index);
  const runs = runsOf(c, options);
  const limit = c.timeLimitMs ?? options.exercise.timeLimitMs;
  const evaluations: Evaluation[] = [];
  await sandbox.callMany(
    inputs.map((args) => ({ fn: c.call, args })),
    limit,
    { stopOnHard: true, onOutcome: (o, i) => (evaluations[i] = judge(spec, reference, c, inputs[i], o)) },
  );
  const firstBad = evaluations.findIndex((e) => !e.passed);
  if (firstBad < 0) return ran(spec, c, undefined, { passed: true, message: "ok", outcome: "returned", note: evaluations.find((e) => e.note)?.note }, { runs });
  const bad = evaluations[firstBad];
  if (bad.hard) return ran(spec, c, inputs[firstBad], bad, { runs });

  const stopped: { evaluation?: Evaluation; args?: Args } = {};
  const details = await fc.check(
    fc.asyncProperty(c.args, async (args) => {
      if (stopped.evaluation) return true; // a time-out or crash is not shrunk: re-running it only costs time
      const e = await evaluate(spec, reference, c, args, sandbox, options.exercise);
      if (!e.passed && e.hard) {
        stopped.evaluation = e;
        stopped.args = args;
      }
      return e.passed;
    }),
    { seed, numRuns: runs },
  );
  if (stopped.evaluation) return ran(spec, c, stopped.args, stopped.evaluation, { runs });
  if (!details.failed || !details.counterexample) {
    // The replay did not fail again (learner code that is not deterministic): show the batch's failure.
    return ran(spec, c, inputs[firstBad], bad, { runs });
  }
  const [args] = details.counterexample as [Args];
  const e = await evaluate(spec, reference, c, args, sandbox, options.exercise);
  if (e.passed) return ran(spec, c, inputs[firstBad], bad, { runs });
  // The shrunk input is easiest to read, but shrinking can also blur the symptom (a rounding
  // mistake is invisible once the answer is 0.0001): diagnoses see the original failure too.
  return { ...ran(spec, c, args, e, { runs, shrinks: details.numShrinks }), evidence: ran(spec, c, inputs[firstBad], bad).judged };
}

/**
 * The speed advice for this exact code, measured once: timing a passing function takes a tenth of
 * a second, and re-checking an unchanged file would only measure the same code again. Stored beside
 * the compile cache, keyed by the code's hash; it is advice only, so it never touches a verdict.
 */
async function cachedTiming(cacheFile: string | undefined, code: string, complexity: Complexity | Complexity[], measure: () => Promise<ComplexityReport | undefined>): Promise<ComplexityReport | undefined> {
  if (!cacheFile) return measure();
  const file = cacheFile.replace(/\.json$/, ".timing.json");
  const key = createHash("sha256").update(code).digest("hex");
  try {
    // Only the measured numbers are kept; the words are always latutor's own, judged again here,
    // so an edited file can say nothing a real measurement could not.
    const saved = isSmallFile(file, 100_000) ? (JSON.parse(readFileSync(file, "utf8")) as { key?: unknown; reports?: unknown }) : undefined;
    if (saved && saved.key === key && Array.isArray(saved.reports)) return rejudge(saved.reports, complexity);
  } catch {
    /* nothing saved yet, or unreadable: measure */
  }
  const report = await measure();
  try {
    const reports = report ? [{ call: report.call, expected: report.expected, sizes: report.sizes, ms: report.ms }] : [];
    writeFileAtomic(file, JSON.stringify({ key, reports }));
  } catch {
    /* a cache that cannot be written only costs time */
  }
  return report;
}

/** A saved measurement judged again with the spec's own words (its call, expected exponent and hint). */
function rejudge(saved: unknown[], complexity: Complexity | Complexity[]): ComplexityReport | undefined {
  const r = saved[0] as { call?: unknown; sizes?: unknown; ms?: unknown } | undefined;
  const numbers = (x: unknown): x is number[] => Array.isArray(x) && x.length >= 3 && x.length <= 20 && x.every((v) => typeof v === "number" && Number.isFinite(v) && v > 0);
  const spec = (Array.isArray(complexity) ? complexity : [complexity]).find((c) => c.call === r?.call);
  if (!r || !spec || !numbers(r.sizes) || !numbers(r.ms) || r.sizes.length !== r.ms.length) return undefined;
  return judgeGrowth(spec, r.sizes, r.ms);
}

/** Times each export the spec names; the report shows the first that grows too fast, else the first verdict. */
async function timeExports(complexity: Complexity | Complexity[], sandbox: Sandbox, timeLimitMs: number) {
  const reports = [];
  for (const c of Array.isArray(complexity) ? complexity : [complexity]) {
    const r = await measureComplexity(c, sandbox, timeLimitMs);
    if (r?.slow) return r;
    if (r) reports.push(r);
  }
  return reports[0];
}

/** Runs every case: the fixed and throws cases in one batch, then each random case. */
async function runCases(spec: Spec, reference: Reference, sandbox: Sandbox, options: GradeOptions, inputs: (Args[] | undefined)[]): Promise<Ran[]> {
  const results: (Ran | undefined)[] = new Array(spec.cases.length);
  const plain = spec.cases.map((c, i) => ({ c, i })).filter(({ c }) => c.kind !== "random") as { c: Case & { args: Args }; i: number }[];
  // Cases with their own time limit run on their own; the rest share one round trip, each judged as it comes back.
  const shared = plain.filter(({ c }) => c.timeLimitMs === undefined);
  await sandbox.callMany(
    shared.map(({ c }) => ({ fn: c.call, args: c.args })),
    options.exercise.timeLimitMs,
    {
      onOutcome: (o, k) => {
        const { c, i } = shared[k];
        results[i] = ran(spec, c, c.args, judge(spec, reference, c, c.args, o));
      },
    },
  );
  for (const { c, i } of plain.filter(({ c }) => c.timeLimitMs !== undefined)) {
    results[i] = ran(spec, c, c.args, await evaluate(spec, reference, c, c.args, sandbox, options.exercise));
  }
  for (const [i, c] of spec.cases.entries()) {
    if (c.kind === "random") results[i] = await runRandomCase(spec, reference, c, i, sandbox, options, inputs[i]!);
  }
  return results as Ran[];
}

export async function loadSpec(course: Course, exercise: Exercise): Promise<{ spec: Spec; reference: Reference }> {
  const [specModule, referenceModule] = await Promise.all([importCourseModule(course, exercise.spec), importCourseModule(course, exercise.solution)]);
  const spec = specModule.default as Spec | undefined;
  if (!spec || !Array.isArray(spec.cases)) throw new Error(`${exercise.spec} has no default export made by defineSpec`);
  if (spec.exercise !== exercise.id) throw new Error(`${exercise.spec} is the spec of "${spec.exercise}", not of "${exercise.id}"`);
  return { spec, reference: referenceModule as Reference };
}

/** Grades one learner file against the exercise's hidden spec. */
export async function grade(options: GradeOptions): Promise<GradeResult> {
  const started = performance.now();
  const { exercise } = options;
  const file = options.file.startsWith(options.displayRoot) ? options.file.slice(options.displayRoot.length + 1).split("\\").join("/") : options.file;
  const sandbox = new Sandbox({ timeLimitMs: exercise.timeLimitMs, budgetMs: exercise.budgetMs, memoryLimitMb: exercise.memoryLimitMb, seed: options.seed, pool: options.runners, owner: options.owner });
  sandbox.warmUp();
  const [compiled, { spec, reference }] = await Promise.all([
    options.compiled ?? compileLearnerFile({ entry: options.file, allowedRoot: options.allowedRoot, displayRoot: options.displayRoot, cacheFile: options.cacheFile }),
    loadSpec(options.course, exercise),
  ]);
  const failAll = (problem: Problem): GradeResult => ({
    exercise: exercise.id,
    passed: false,
    score: 0,
    seed: options.seed,
    file,
    problem,
    cases: spec.cases.map((c) => ({ ...baseOf(spec, c), params: undefined, passed: false, message: problem.message })),
    printed: sandbox.printed || undefined,
    durationMs: performance.now() - started,
  });
  mark("compiled learner file, loaded spec and reference");
  if (!compiled.ok) {
    await sandbox.close();
    return failAll(compiled.problem);
  }
  try {
    const loading = sandbox.load(compiled.code, `${file.replace(/\.ts$/, "")}.js`);
    // While the runner boots and loads the file (on another core), draw the random inputs.
    const inputs = randomInputs(spec, options);
    mark("random inputs drawn");
    const loaded = await loading;
    mark("learner code loaded in the runner");
    if (loaded.kind === "load-error") {
      return failAll({ kind: "load-error", message: `your file ${describeThrow(loaded.thrown)} while loading (before any function was called)` });
    }
    if (loaded.kind === "timeout") return failAll({ kind: "load-timeout", message: `your file's top-level code did not finish within ${loaded.limitMs} ms` });
    if (loaded.kind === "crashed") return failAll({ kind: "crashed", message: loaded.message });
    const runs = await runCases(spec, reference, sandbox, options, inputs);
    for (const r of runs) nameTodoFile(options.course, r);
    mark("cases run");
    const cases = runs.map((r) => r.result);
    const passed = passedAll(cases);
    // Diagnoses explain a failed verdict, from the required cases only: an open challenge is not a mistake.
    const judged = runs.filter((r) => r.judged.tier !== "challenge").flatMap((r) => (r.evidence ? [r.judged, r.evidence] : [r.judged]));
    const diagnoses = passed ? [] : diagnose(spec.diagnoses, judged);
    const score = scoreOf(cases);
    const series = options.plots === false || !spec.plots ? [] : await computeSeries(spec.plots, sandbox, reference, exercise.timeLimitMs);
    // Timing a wrong answer teaches nothing: complexity feedback only once every case passes.
    const complexity =
      spec.complexity && options.complexity !== false && passed ? await cachedTiming(options.cacheFile, compiled.code, spec.complexity, () => timeExports(spec.complexity!, sandbox, exercise.timeLimitMs)) : undefined;
    mark("plots and timings");
    return {
      exercise: exercise.id,
      passed,
      score,
      challenges: challengesOf(cases),
      untouched: runs.every((r) => r.stub) || undefined,
      seed: options.seed,
      file,
      cases,
      diagnoses: diagnoses.length ? diagnoses : undefined,
      series: series.length ? series : undefined,
      complexity,
      printed: sandbox.printed || undefined,
      durationMs: performance.now() - started,
    };
  } finally {
    await sandbox.close();
  }
}

export function randomSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff);
}

export const cacheFileFor = (workspaceRoot: string, exerciseId: string) => join(workspaceRoot, ".latutor", "cache", `${exerciseId}.json`);
