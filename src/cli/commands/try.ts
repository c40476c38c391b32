import { findExercise, type Exercise } from "../../course/course";
import { safeText } from "../../render/format";
import { toJson } from "../../render/json";
import { difference, renderDifference, renderPlots, renderValue } from "../../render/try";
import { ExitError, EXIT_FAILED, EXIT_PASSED } from "../../util/errors";
import { currentExercise } from "../../workspace/progress";
import { openSession } from "../../workspace/session";
import { evaluateLearner, evaluateReference, ExpressionError, type Evaluation } from "../../workspace/try";
import type { Handler } from "../commands";
import type { Context } from "../context";

/** The exercise that exports the first function the expression calls, else the current one. */
function exerciseFor(exercises: Exercise[], expr: string, fallback: Exercise | undefined): Exercise | undefined {
  const called = /([A-Za-z_$][\w$]*)\s*\(/.exec(expr)?.[1];
  return exercises.find((e) => called && e.exports.includes(called)) ?? fallback;
}

/** "… (at character 26 of "solve([[0,1],[1,1]], [1,2]]")": where, in a line that stays one line. */
function describeExpressionError(error: ExpressionError, expr: string): string {
  const shown = safeText(expr.replace(/\s*\n\s*/g, " "));
  const where = error.column ? ` (at character ${error.column} of "${shown.length <= 70 ? shown : `${shown.slice(Math.max(0, error.column - 35), error.column + 35)}…`}")` : "";
  return `in the expression: ${error.message}${where}`;
}

function labelled(ctx: Context, label: string, lines: string[]): void {
  const pad = " ".repeat(label.length);
  lines.forEach((line, i) => ctx.out(i === 0 ? `${ctx.style.dim(label)}${line}` : `${pad}${line}`));
}

function printed(ctx: Context, who: string, e: Evaluation): void {
  if (!e.printed) return;
  const text = safeText(e.printed.length > 2000 ? `${e.printed.slice(0, 2000)}…` : e.printed).trimEnd();
  ctx.out(ctx.style.dim(`${who} printed:`));
  for (const line of text.split("\n")) ctx.out(`  ${line}`);
}

export const run: Handler = async ([first, ...rest], options, ctx) => {
  const { workspace, course, state } = openSession(ctx.cwd);
  const s = ctx.style;
  let exercise = findExercise(course, first);
  let expr = rest.join(" ");
  if (!exercise) {
    if (rest.length) throw new ExitError(`no exercise "${first}": run latutor list to see the exercise ids`);
    // latutor try "norm2([3, 4])": the exercise that exports norm2.
    expr = first;
    exercise = exerciseFor(course.exercises, expr, currentExercise(course, state));
    if (!exercise) throw new ExitError('name the exercise: latutor try <id> "<expression>"');
  }
  if (!expr.trim()) throw new ExitError(`give an expression to evaluate, such as: latutor try ${exercise.id} "${exercise.exports[0]}(…)"`);

  const compare = Boolean(options.compare);
  let yours: Evaluation;
  let reference: Evaluation | undefined;
  try {
    [yours, reference] = await Promise.all([evaluateLearner(workspace, exercise, expr), compare ? evaluateReference(course, exercise, expr) : undefined]);
  } catch (error) {
    if (error instanceof ExpressionError) throw new ExitError(describeExpressionError(error, expr));
    throw error;
  }
  const diff = yours.ok && reference?.ok ? difference(yours.value, reference.value) : undefined;

  if (options.json) {
    const side = (e: Evaluation) => (e.ok ? { ok: true, value: e.value } : { ok: false, error: e.message });
    ctx.out(toJson({ exercise: exercise.id, expression: expr, ...side(yours), ...(reference ? { reference: side(reference) } : {}), ...(diff ? { difference: diff } : {}) }));
    return yours.ok ? EXIT_PASSED : EXIT_FAILED;
  }

  ctx.out(`${s.cyan(safeText(expr.replace(/\s*\n\s*/g, " ")))}  ${s.dim(`(${exercise.id}, your ${exercise.workspacePath})`)}`);
  printed(ctx, "your code", yours);
  const label = compare ? "yours:      " : "= ";
  if (yours.ok) labelled(ctx, label, renderValue(yours.value, s));
  else ctx.out(`${s.dim(label)}${s.red("✗")} ${safeText(yours.message)}`);
  if (reference) {
    if (reference.ok) labelled(ctx, "reference:  ", renderValue(reference.value, s));
    else ctx.out(`${s.dim("reference:  ")}${s.yellow("✗")} ${safeText(reference.message)}`);
    if (diff) labelled(ctx, "difference: ", renderDifference(diff, s));
  }
  if (options.plot && yours.ok) {
    ctx.out("");
    for (const line of renderPlots(yours.value, s, ctx.width, reference?.ok ? reference.value : undefined)) ctx.out(line);
  }
  return yours.ok ? EXIT_PASSED : EXIT_FAILED;
};
