/**
 * `latutor try`: one expression evaluated over an exercise's exports, the learner's or the
 * reference's, in the same isolation as `check`. The expression is wrapped in a tiny module
 * (see try-expression.ts) that the grader's compiler builds under its import rules, and the
 * result comes back from the grader's sandbox as plain, bounded data. Nothing of the learner's
 * (file or expression) ever runs in latutor's own process.
 */
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, relative, sep } from "node:path";
import type { Course, Exercise } from "../course/course";
import { compileLearnerFile, isSmallFile } from "../grader/compile";
import { describeThrow } from "../grader/judge";
import { Sandbox } from "../grader/sandbox";
import { ExitError } from "../util/errors";
import { checkExpression, closestName, exportedNames, wrapperSource } from "./try-expression";
import { exerciseFile, exercisesDir, type Workspace } from "./workspace";

/** What evaluating the expression gave: a value, or one line on why the code under it failed. */
export type Evaluation = { ok: true; value: unknown; printed?: string } | { ok: false; message: string; printed?: string };

/** A mistake in the expression itself (exit 2), with the character it points at. */
export class ExpressionError extends ExitError {
  constructor(
    message: string,
    readonly column?: number,
  ) {
    super(message);
    this.name = "ExpressionError";
  }
}

interface Place {
  /** Imports must stay inside this folder (the workspace's exercises/, or a copy of the course's references). */
  allowedRoot: string;
  /** Names in messages are relative to it. */
  displayRoot: string;
  /** The module of the exercise, and the helper module (when there is one). */
  exerciseModule: string;
  helpersModule?: string;
  /** Names the expression may use. */
  names: string[];
}

const readText = (file: string) => (isSmallFile(file, 1_000_000) ? readFileSync(file, "utf8") : "");
const importPath = (from: string, file: string) => {
  const rel = relative(from, file).split(sep).join("/").replace(/\.(ts|mts|js|mjs)$/, "");
  return rel.startsWith(".") ? rel : `./${rel}`;
};

async function evaluateAt(place: Place, exercise: Exercise, expr: string): Promise<Evaluation> {
  const wrapper = wrapperSource(
    expr,
    { exercise: importPath(place.allowedRoot, place.exerciseModule), helpers: place.helpersModule ? importPath(place.allowedRoot, place.helpersModule) : undefined },
    place.names,
  );
  // .mts: a watch (which follows .ts files) does not take this file for a save of the learner's.
  const file = join(place.allowedRoot, `.latutor-try-${process.pid}-${randomBytes(4).toString("hex")}.mts`);
  writeFileSync(file, wrapper.source, { flag: "wx" });
  let compiled;
  try {
    compiled = await compileLearnerFile({ entry: file, allowedRoot: place.allowedRoot, displayRoot: place.displayRoot });
  } finally {
    rmSync(file, { force: true });
  }
  if (!compiled.ok) {
    const p = compiled.problem;
    const shownWrapper = relative(place.displayRoot, file).split(sep).join("/");
    const exprLines = expr.split("\n").length;
    if (p.file === shownWrapper && p.line !== undefined && p.line >= wrapper.expressionLine && p.line < wrapper.expressionLine + exprLines) {
      // Columns count characters of the whole expression (its lines joined).
      const before = expr.split("\n").slice(0, p.line - wrapper.expressionLine).reduce((n, l) => n + l.length + 1, 0);
      throw new ExpressionError(p.message.replace(/\s+/g, " "), before + (p.column ?? 1));
    }
    const where = p.file && p.file !== shownWrapper ? `${p.file}${p.line ? `:${p.line}` : ""}: ` : "";
    return { ok: false, message: `${where}${p.message.replace(/\s+/g, " ")}` };
  }
  const sandbox = new Sandbox({ timeLimitMs: exercise.timeLimitMs, budgetMs: exercise.budgetMs, memoryLimitMb: exercise.memoryLimitMb });
  try {
    const loaded = await sandbox.load(compiled.code, "try.js");
    if (loaded.kind === "load-error") return { ok: false, message: `the module ${describeThrow(loaded.thrown)} while loading (before the expression ran)`, printed: sandbox.printed || undefined };
    if (loaded.kind === "timeout") return { ok: false, message: `the module's top-level code did not finish within ${loaded.limitMs} ms` };
    if (loaded.kind === "crashed") return { ok: false, message: loaded.message };
    const outcome = await sandbox.call("__latutorTry", [], exercise.timeLimitMs);
    const printed = sandbox.printed || undefined;
    switch (outcome.kind) {
      case "returned":
        return { ok: true, value: outcome.value, printed };
      case "threw": {
        const t = outcome.thrown;
        const unknown = /^([A-Za-z_$][\w$]*) is not defined$/.exec(t.message);
        if (t.name === "ReferenceError" && unknown && !wrapper.names.includes(unknown[1]) && usesName(expr, unknown[1])) {
          const near = closestName(unknown[1], wrapper.names);
          throw new ExpressionError(`${unknown[1]} is not defined${near ? ` (did you mean ${near}?)` : ""}: the expression can use ${wrapper.names.join(", ")} and JavaScript's built-ins (Math, Array, …)`);
        }
        const todo = t.isError && /^TODO\b/.test(t.message) ? " (that function is still the stub: write it first)" : "";
        return { ok: false, message: `${describeThrow(t)}${todo}`, printed };
      }
      case "timeout":
        return { ok: false, message: `did not finish within ${outcome.limitMs} ms (an endless loop?)`, printed };
      case "unclonable":
        return { ok: false, message: `the expression's value cannot be shown: it ${outcome.message}`, printed };
      case "crashed":
      case "skipped":
        return { ok: false, message: outcome.message, printed };
      case "missing":
        return { ok: false, message: "latutor could not find the expression in the compiled module", printed };
    }
  } finally {
    await sandbox.close();
  }
}

/** The expression over the learner's own files of `exercise`. */
export async function evaluateLearner(ws: Workspace, exercise: Exercise, expr: string): Promise<Evaluation> {
  rejectBadExpression(expr);
  const root = exercisesDir(ws);
  const file = exerciseFile(ws, exercise);
  if (!existsSync(file)) throw new ExitError(`${exercise.workspacePath} does not exist: latutor next (or latutor reset ${exercise.id}) writes its stub`);
  const helpers = join(root, "helpers.ts");
  const hasHelpers = isSmallFile(helpers, 1_000_000);
  const names = [...exercise.exports, ...exportedNames(readText(file)), ...(hasHelpers ? exportedNames(readText(helpers)) : [])];
  return evaluateAt({ allowedRoot: root, displayRoot: ws.root, exerciseModule: file, helpersModule: hasHelpers ? helpers : undefined, names }, exercise, expr);
}

/**
 * The expression over the course's reference solution of `exercise`. The references are trusted,
 * but the expression is not: it runs the same way as the learner's, from a scratch copy of the
 * course's references (the wrapper module needs a folder to live in, and a course's folder may
 * not be writable).
 */
export async function evaluateReference(course: Course, exercise: Exercise, expr: string): Promise<Evaluation> {
  rejectBadExpression(expr);
  const scratch = mkdtempSync(join(tmpdir(), "latutor-try-"));
  try {
    const top = exercise.solution.split(/[\\/]/)[0];
    const isCode = (path: string) => {
      try {
        return statSync(path).isDirectory() || [".ts", ".mts", ".js", ".mjs"].includes(extname(path));
      } catch {
        return false;
      }
    };
    cpSync(join(course.root, top), join(scratch, top), { recursive: true, filter: isCode });
    const helpersSource = join(course.root, course.helpers);
    const helpers = join(scratch, "helpers.ts");
    const hasHelpers = existsSync(helpersSource);
    if (hasHelpers) cpSync(helpersSource, helpers);
    const module = join(scratch, exercise.solution);
    const names = [...exercise.exports, ...exportedNames(readText(module)), ...(hasHelpers ? exportedNames(readText(helpers)) : [])];
    return await evaluateAt({ allowedRoot: scratch, displayRoot: scratch, exerciseModule: module, helpersModule: hasHelpers ? helpers : undefined, names }, exercise, expr);
  } catch (error) {
    // The expression passed the learner's side (a name of their own, say) but not the reference's.
    if (error instanceof ExpressionError) return { ok: false, message: `the reference cannot evaluate it: ${error.message}` };
    throw error;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Whether `name` appears in the expression as a name of its own (not a property after a dot). */
function usesName(expr: string, name: string): boolean {
  const escaped = name.replace(/\$/g, "\\$");
  return new RegExp(`(^|[^\\w$.])${escaped}(?![\\w$])`).test(expr);
}

function rejectBadExpression(expr: string): void {
  const problem = checkExpression(expr);
  if (problem) throw new ExpressionError(problem.message, problem.column);
}


