// zod/mini: the same validation as zod, tree-shaken to a few kilobytes so that loading a
// course stays cheap at every start-up.
import * as z from "zod/mini";

/** The manifest format: the single source of truth for a course's topics and exercises. */
export const MANIFEST_FORMAT = 1;

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const topicIdPattern = /^\d\d-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = () => z.string().check(z.minLength(1, "must not be empty"));
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
  hints: z.array(text()).check(z.minLength(1, "must hold at least one hint")),
  section: z.optional(kebabId("pivoting")),
  timeLimitMs: z.optional(z.number().check(z.int(), z.minimum(100, "must be at least 100"), z.maximum(120_000, "must be at most 120000"))),
  budgetMs: z.optional(z.number().check(z.int(), z.minimum(1000, "must be at least 1000"), z.maximum(600_000, "must be at most 600000"))),
  memoryLimitMb: z.optional(z.number().check(z.int(), z.minimum(16, "must be at least 16"), z.maximum(4096, "must be at most 4096"))),
  stub: z.optional(relPath),
  solution: z.optional(relPath),
  spec: z.optional(relPath),
});

export const quizQuestionSchema = z.strictObject({
  question: text(),
  choices: z.array(text()).check(z.minLength(2, "must offer at least two choices")),
  answer: z.number().check(z.int(), z.minimum(0, "must be 0 or more")),
  explain: text(),
});

export const topicSchema = z.strictObject({
  id: z.string().check(z.regex(topicIdPattern, "must look like NN-name, e.g. 06-elimination")),
  title: text(),
  lesson: relPath,
  quiz: z.optional(relPath),
  exercises: z.array(exerciseSchema),
});

export const manifestSchema = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  id: kebabId("linear-algebra"),
  title: text(),
  version: text(),
  helpers: relPath,
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
