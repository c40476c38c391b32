/** The grader's verdict as plain data; the human report, --json and the exit code render it. */
export interface CaseResult {
  name: string;
  call: string;
  kind: "fixed" | "random" | "throws";
  /** "required" cases decide the verdict; "challenge" cases (going deeper, ★) never fail it. */
  tier: "required" | "challenge";
  /** For a challenge: the lesson section that teaches how to meet it. */
  section?: string;
  /** Advice on a passed case (a result a rounding outside its range, accepted: why it matters). */
  note?: string;
  weight: number;
  passed: boolean;
  /** "ok" when passed; otherwise what went wrong, in one sentence. */
  message: string;
  description?: string;
  /** The arguments of the failing call (for a random case: the shrunk counterexample). */
  input?: unknown[];
  /** Names of those arguments, when the spec gives them. */
  params?: string[];
  expected?: unknown;
  got?: unknown;
  /** Random cases: inputs tried, and how many times the failing one was shrunk. */
  runs?: number;
  shrinks?: number;
}

export interface Problem {
  /** "internal": latutor itself could not grade the exercise (a broken spec or course, a bug): not the learner's fault. */
  kind: "syntax" | "import-refused" | "not-found" | "load-error" | "load-timeout" | "crashed" | "internal";
  message: string;
  file?: string;
  line?: number;
  column?: number;
  frame?: string;
}

/** One plot's data: the learner's values next to the reference's (null where a value was not finite). */
export interface Series {
  title: string;
  xLabel: string;
  yLabel: string;
  x: number[];
  learner: (number | null)[];
  reference: (number | null)[];
}

/** Advisory timing feedback: the fitted growth exponent against the expected one. */
export interface ComplexityReport {
  call: string;
  sizes: number[];
  /** Best of several timings per size, in milliseconds. */
  ms: number[];
  exponent: number;
  expected: number;
  message: string;
  /** True when the growth is clearly faster than expected. */
  slow: boolean;
}

export interface GradeResult {
  exercise: string;
  /** Every required case passed (challenges never decide it). */
  passed: boolean;
  /** Weighted share of the required cases passed, 0..1. */
  score: number;
  /** Every case failed only because the file is still the untouched stub ("TODO"). */
  untouched?: boolean;
  /** The going-deeper challenges (★): how many there are, and the names of those met and open. */
  challenges?: { total: number; passed: string[]; open: string[] };
  seed: number;
  cases: CaseResult[];
  /** Type errors, when a type check was asked for (--typecheck); they do not change the verdict. */
  typeErrors?: { file: string; line: number; column: number; code: number; message: string }[];
  /** Plots of the learner's behaviour next to the reference's. */
  series?: Series[];
  complexity?: ComplexityReport;
  /** Known mistakes recognised in the failures, most specific first. */
  diagnoses?: { id: string; message: string; section?: string }[];
  /** Set when the file could not be compiled or loaded: then every case failed for that reason. */
  problem?: Problem;
  /** What the learner's code printed while it ran. */
  printed?: string;
  /** The learner's file, relative to the workspace. */
  file: string;
  durationMs: number;
}

export const isRequired = (c: Pick<CaseResult, "tier">) => c.tier !== "challenge";

/** The verdict: every required case passed. */
export const passedAll = (cases: CaseResult[]) => cases.filter(isRequired).every((c) => c.passed);

export function challengesOf(cases: CaseResult[]): GradeResult["challenges"] {
  const mine = cases.filter((c) => !isRequired(c));
  if (mine.length === 0) return undefined;
  return { total: mine.length, passed: mine.filter((c) => c.passed).map((c) => c.name), open: mine.filter((c) => !c.passed).map((c) => c.name) };
}

/** The weighted share of the required cases passed. */
export function scoreOf(all: CaseResult[]): number {
  const cases = all.filter(isRequired);
  const total = cases.reduce((s, c) => s + c.weight, 0);
  if (total === 0) return 0;
  const got = cases.reduce((s, c) => s + (c.passed ? c.weight : 0), 0);
  return Math.round((got / total) * 10_000) / 10_000;
}
