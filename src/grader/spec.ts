/**
 * How a hidden spec describes the cases of one exercise. A spec never runs learner code itself:
 * the grader sends each case's arguments to the isolated worker, gets the learner's answer back
 * as plain data, computes the reference answer in its own realm, and hands both to `check`.
 */
import type * as fc from "fast-check";

export type Args = unknown[];

export interface CheckContext {
  /** The arguments the learner's function was called with (the originals, untouched). */
  args: Args;
  /** What the reference implementation returned for the same arguments. */
  expected: unknown;
  /** The export under test. */
  call: string;
  /**
   * Accepts the answer with a word of advice, shown beside the passed case: for a result that is
   * right within the contract's tolerance but will bite later (a cosine of 1.0000000000000002,
   * whose Math.acos is NaN).
   */
  note: (advice: string) => void;
}

/** Throws a Mismatch (see numeric.ts) when `got` is wrong; returns normally when it is right. */
export type Check = (got: unknown, ctx: CheckContext) => void;

interface CaseBase {
  /** Short name shown in reports: "zero vector", "random 3-vectors". */
  name: string;
  /** The export under test. */
  call: string;
  /** What the case is about, in one sentence (shown when it fails). */
  description?: string;
  /** Share of the score; 1 when absent. */
  weight?: number;
  /** Overrides the spec's check for this export. */
  check?: Check;
  /** Per-call time limit, when a case needs a different one than the exercise's. */
  timeLimitMs?: number;
  /** Labels that diagnoses can test for: "extreme", "zero", "parallel", "ties"… */
  tags?: string[];
  /**
   * "required" (the default): the contract or the exercise's stub demands it, so failing it fails
   * the exercise. "challenge": numerical hardening beyond that (huge or tiny entries, a result one
   * rounding outside its range): graded and reported with ★, never failing the exercise.
   */
  tier?: Tier;
  /** For a challenge: the lesson section that teaches how to meet it. */
  section?: string;
}

export type Tier = "required" | "challenge";

export interface FixedCase extends CaseBase {
  kind: "fixed";
  args: Args;
}

export interface RandomCase extends CaseBase {
  kind: "random";
  /** Generates the arguments; built from fast-check arbitraries so that failures shrink. */
  args: fc.Arbitrary<Args>;
  /** How many random inputs to try (default 25). */
  runs?: number;
}

export interface ThrowsCase extends CaseBase {
  kind: "throws";
  args: Args;
  /** Why this input is invalid, as the learner should read it: "the vectors have different lengths". */
  because: string;
}

export type Case = FixedCase | RandomCase | ThrowsCase;

/** One case as the diagnoses see it: what was called, and what came back. */
export interface JudgedCase {
  name: string;
  call: string;
  kind: Case["kind"];
  tier: Tier;
  tags: string[];
  passed: boolean;
  /** Arguments of the call judged (for a failed random case, the shrunk one); absent for passed random cases. */
  args?: Args;
  got?: unknown;
  expected?: unknown;
  /** How the call ended: "returned", "threw", "timeout", "crashed", … */
  outcome: string;
  thrown?: { isError: boolean; name: string; message: string };
  mutated?: boolean;
  aliased?: boolean;
}

/** A known mistake, recognised from the judged cases and named in one line. */
export interface Diagnosis {
  id: string;
  message: string;
  /** The lesson section that explains it (an anchor of the exercise's topic lesson). */
  section?: string;
  test: (cases: JudgedCase[]) => boolean;
}

/** A picture of the learner's function next to the reference's: one point per input along x. */
export interface SweepPlot {
  kind: "sweep";
  title: string;
  call: string;
  inputs: { x: number; args: Args }[];
  /** The plotted value for one call's result; non-finite values leave a gap. */
  y: (result: unknown, args: Args) => number;
  xLabel: string;
  yLabel: string;
}

/** A picture of a series that one call returns (e.g. the power method's estimate per iteration). */
export interface TracePlot {
  kind: "trace";
  title: string;
  call: string;
  args: Args;
  series: (result: unknown) => number[];
  xLabel: string;
  yLabel: string;
}

export type Plot = SweepPlot | TracePlot;

/** How the cost of a function grows with its input size (advisory feedback, never a failure). */
export interface Complexity {
  call: string;
  /** Input sizes to time, smallest first; the largest should take the reference about a millisecond. */
  sizes: number[];
  args: (n: number) => Args;
  /** The exponent a good implementation shows: 1 for linear, 3 for elimination. */
  expected: number;
  /** What usually makes it grow faster, said as a question to the learner. */
  hint: string;
}

export interface Spec {
  exercise: string;
  /** Plots of the learner's behaviour, drawn in the report. */
  plots?: Plot[];
  /** Advisory timings, one per export worth timing (the report shows the one that needs advice). */
  complexity?: Complexity | Complexity[];
  /** Mistakes this exercise's learners make, most specific first. */
  diagnoses?: Diagnosis[];
  /** The default check for each export (cases may override it). */
  checks: Record<string, Check>;
  /** Parameter names of each export, so reports can say "a = [1, 2]" instead of "argument 1". */
  params?: Record<string, string[]>;
  cases: Case[];
}

export function defineSpec(spec: Spec): Spec {
  for (const c of spec.cases) {
    if (c.kind !== "throws" && !c.check && !spec.checks[c.call]) {
      throw new Error(`spec ${spec.exercise}: case "${c.name}" calls ${c.call}, which has no check`);
    }
  }
  const names = new Set<string>();
  for (const c of spec.cases) {
    if (names.has(c.name)) throw new Error(`spec ${spec.exercise}: two cases are named "${c.name}"`);
    names.add(c.name);
  }
  return spec;
}

type CaseOptions = Omit<CaseBase, "name" | "call">;

export const fixed = (name: string, call: string, args: Args, options: CaseOptions = {}): FixedCase => ({ kind: "fixed", name, call, args, ...options });

export const random = (name: string, call: string, args: fc.Arbitrary<Args>, options: CaseOptions & { runs?: number } = {}): RandomCase => ({
  kind: "random",
  name,
  call,
  args,
  ...options,
});

export const throws = (name: string, call: string, args: Args, because: string, options: CaseOptions = {}): ThrowsCase => ({
  kind: "throws",
  name,
  call,
  args,
  because,
  ...options,
});
