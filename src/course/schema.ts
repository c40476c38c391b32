// zod/mini: the same validation as zod, tree-shaken to a few kilobytes so that loading a
// course stays cheap at every start-up.
import * as z from "zod/mini";

/** The manifest format: the single source of truth for a course's topics and exercises. */
export const MANIFEST_FORMAT = 1;

// Semantic versions and ranges by their grammar (semver.org, and npm's range syntax), so that every
// start-up need not load a semver library; installing a pack checks the range with one.
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
const PARTIAL = /^(?:<=|>=|<|>|=|~|\^)?v?(?:\d+|[xX*])(?:\.(?:\d+|[xX*])){0,2}(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
export function isVersionRange(range: string): boolean {
  const sets = range.split("||").map((set) => set.trim().replace(/(<=|>=|<|>|=|~|\^)\s+/g, "$1"));
  return sets.every((set) => {
    const parts = set.split(/\s+/).filter(Boolean);
    if (!parts.length) return false;
    if (parts.length === 3 && parts[1] === "-") return PARTIAL.test(parts[0]) && PARTIAL.test(parts[2]);
    return parts.every((p) => PARTIAL.test(p));
  });
}
/** C0 and C1 control characters (tab and line breaks are allowed only where whole files are read). */
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const topicIdPattern = /^\d\d-[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Course text reaches the terminal: no control character (an escape sequence could rewrite the
// screen or the clipboard) may hide in it.
const text = () =>
  z.string().check(
    z.minLength(1, "must not be empty"),
    z.refine((t) => !CONTROL.test(t), "must not hold control characters"),
  );
/** Text that may run over several lines (a hint holding code): line breaks and tabs allowed. */
const lines = () =>
  z.string().check(
    z.minLength(1, "must not be empty"),
    z.refine((t) => !CONTROL.test(t.replace(/[\t\n]/g, "")), "must not hold control characters"),
  );
const kebabId = (example: string) => z.string().check(z.regex(kebab, `must be kebab-case, like ${example}`));
const relPath = z
  .string()
  .check(
    z.minLength(1, "must not be empty"),
    z.refine((p) => !p.startsWith("/") && !p.split(/[\\/]/).includes(".."), "must be a relative path inside the course"),
  );

export const exerciseSchema = z.strictObject({
  id: kebabId("gaussian-elimination"),
  title: text(),
  summary: text(),
  exports: z.array(z.string().check(z.regex(/^[A-Za-z_$][\w$]*$/, "must be a JavaScript identifier"))).check(z.minLength(1, "must list at least one export")),
  hints: z.array(lines()).check(z.minLength(1, "must hold at least one hint")),
  section: z.optional(kebabId("pivoting")),
  timeLimitMs: z.optional(z.number().check(z.int(), z.minimum(100, "must be at least 100"), z.maximum(120_000, "must be at most 120000"))),
  budgetMs: z.optional(z.number().check(z.int(), z.minimum(1000, "must be at least 1000"), z.maximum(600_000, "must be at most 600000"))),
  memoryLimitMb: z.optional(z.number().check(z.int(), z.minimum(16, "must be at least 16"), z.maximum(4096, "must be at most 4096"))),
  /** What the exercise is worth in a gradebook (default 10); the score gives partial credit. */
  points: z.optional(z.number().check(z.int(), z.minimum(1, "must be at least 1"), z.maximum(1000, "must be at most 1000"))),
  stub: z.optional(relPath),
  solution: z.optional(relPath),
  spec: z.optional(relPath),
});

export const quizQuestionSchema = z.strictObject({
  question: lines(),
  choices: z.array(lines()).check(z.minLength(2, "must offer at least two choices")),
  answer: z.number().check(z.int(), z.minimum(0, "must be 0 or more")),
  explain: lines(),
});

export const topicSchema = z.strictObject({
  id: z.string().check(z.regex(topicIdPattern, "must look like NN-name, e.g. 06-elimination")),
  title: text(),
  lesson: relPath,
  quiz: z.optional(relPath),
  exercises: z.array(exerciseSchema),
});

/**
 * A course is a pack: the built-in course and every instructor's pack share this manifest. `id` is
 * the pack's name (what `pack install`, `init --pack` and `grade --pack` use).
 */
export const manifestSchema = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  id: kebabId("linear-algebra"),
  title: text(),
  version: z.string().check(z.refine((v) => SEMVER.test(v), "must be a semantic version like 1.2.0")),
  description: z.optional(text()),
  authors: z.array(text()).check(z.minLength(1, "must name at least one author")),
  license: text(),
  /** The latutor versions the pack works with, as a semver range (e.g. ">=0.1 <1"). */
  latutor: z.string().check(z.refine(isVersionRange, 'must be a semver range of latutor versions, like ">=0.1.0 <1"')),
  helpers: relPath,
  /**
   * What `pack build` puts in the archive besides course.json (folders or files, like package.json's
   * "files"); everything in the pack's folder when absent.
   */
  files: z.optional(z.array(relPath)),
  /** Shown when the learner finishes the course: where to go next, one suggestion a line. */
  epilogue: z.optional(z.array(text())),
  topics: z.array(topicSchema).check(z.minLength(1, "must hold at least one topic")),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestExercise = z.infer<typeof exerciseSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export const quizSchema = z.array(quizQuestionSchema).check(z.minLength(1, "must hold at least one question"));

/** Formats a zod issue path as `topics[1].exercises[0].id`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(top level)";
}

type Issue = z.core.$ZodIssue;

/** A readable sentence for an issue (zod/mini ships no messages of its own). */
export function describeIssue(issue: Issue): string {
  if (issue.message && issue.message !== "Invalid input") return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? `is required (${issue.expected})` : `must be ${issue.expected === "array" ? "an array" : `a ${issue.expected}`}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_value":
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`;
    default:
      return "is not valid";
  }
}

/** "file: path: message", naming the first problem and counting the rest. */
export function describeFailure(file: string, issues: readonly Issue[]): string {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
  return `${file}: ${formatPath(first.path)}: ${describeIssue(first)}${more}`;
}
