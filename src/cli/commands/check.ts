import { findExercise, topicOf, type Exercise } from "../../course/course";
import { randomSeed } from "../../grader/grade";
import type { GradeResult } from "../../grader/result";
import { resolve } from "node:path";
import { renderJUnit } from "../../render/junit";
import { renderReport } from "../../render/report";
import { capText, oneLine } from "../../render/format";
import { toJson } from "../../render/json";
import { classroomOutput, toClassroom } from "../../render/classroom";
import { writeFileAtomic } from "../../util/fs";
import { ExitError, EXIT_FAILED, EXIT_PASSED, EXIT_USAGE } from "../../util/errors";
import { gradeInWorkspace, recordResults } from "../../workspace/grading";
import { currentExercise, decideNext } from "../../workspace/progress";
import { openSession } from "../../workspace/session";
import type { Handler } from "../commands";
import { mark } from "../../util/timing";

export const run: Handler = async ([id], options, ctx) => {
  mark("check command loaded");
  const session = openSession(ctx.cwd);
  mark("workspace, course and state loaded");
  const { course } = session;
  const s = ctx.style;
  // --format classroom (the JSON) or classroom-output (result=<base64> for $GITHUB_OUTPUT): machine output too.
  const format = options.format as string | undefined;
  const json = Boolean(options.json) || format !== undefined;
  if (session.warning) ctx.err(`warning: ${session.warning}`);
  if (id && options.all) throw new ExitError("give an exercise id or --all, not both");

  let targets: Exercise[];
  if (options.all) targets = course.exercises;
  else if (id) {
    const e = findExercise(course, id);
    if (!e) throw new ExitError(`no exercise "${id}": run latutor list to see the exercise ids`);
    targets = [e];
  } else {
    const e = currentExercise(course, session.state);
    if (!e) throw new ExitError("no current exercise: every exercise has passed (name one: latutor check <id>)");
    targets = [e];
  }

  const seed = (options.seed as number | undefined) ?? randomSeed();
  const results: GradeResult[] = [];
  for (const exercise of targets) {
    const result = await gradeInWorkspace(session, exercise, { seed, plots: options.plot !== false, typecheck: Boolean(options.typecheck) });
    results.push(result);
    if (!json && !options.all) {
      ctx.out(renderReport(result, { style: s, width: ctx.width, topicId: topicOf(course, exercise).id, section: exercise.section, plots: options.plot !== false }));
    }
  }
  mark("graded");
  // Progress that cannot be recorded (a broken state file) loses no result: they are still shown.
  let state = session.state;
  try {
    state = recordResults(session, results, (w) => ctx.err(`warning: ${w}`));
  } catch (error) {
    ctx.err(`warning: your progress was not recorded: ${String((error as Error)?.message ?? error).split("\n")[0]}`);
  }

  if (options.junit) writeFileAtomic(resolve(ctx.cwd, String(options.junit)), renderJUnit(results));
  const allPassed = results.every((r) => r.passed);
  if (format) {
    const classroom = toClassroom(results, targets);
    ctx.out(format === "classroom-output" ? classroomOutput(classroom) : JSON.stringify(classroom));
    // The verdict is in the JSON (the reporter reads it): a failed exercise must not stop the workflow.
    return results.some((r) => r.problem?.kind === "internal") ? EXIT_USAGE : EXIT_PASSED;
  }
  if (json) {
    if (options.all) {
      const score = results.length ? results.reduce((t, r) => t + r.score, 0) / results.length : 0;
      ctx.out(toJson({ results, passed: allPassed, score: Math.round(score * 10_000) / 10_000, seed, exercises: results.length, exercisesPassed: results.filter((r) => r.passed).length }));
    } else {
      ctx.out(toJson(results[0]));
    }
  } else if (options.all) {
    for (const r of results) {
      const mark = r.passed ? s.green("✓") : s.red("✗");
      ctx.out(`${mark} ${r.exercise.padEnd(22)} ${String(Math.round(r.score * 100)).padStart(3)}%  ${r.passed ? "" : s.dim(oneLine(capText(r.problem?.message ?? r.cases.find((c) => !c.passed && c.tier !== "challenge")?.message ?? "", 200)))}`);
    }
    ctx.out(`\n${results.filter((r) => r.passed).length} of ${results.length} exercises pass · seed ${seed}`);
  } else if (allPassed) {
    const step = decideNext(course, state);
    if (step.kind === "done") ctx.out(s.green("That was the last exercise of the course. Well done!"));
    else ctx.out(`Next: ${s.cyan("latutor next")}${step.kind === "lesson" ? ` (lesson ${step.topic.id})` : ` (${step.exercise.id})`}`);
  }
  // latutor's own failure on an exercise is a set-up error (exit 2), reported beside the other results.
  if (results.some((r) => r.problem?.kind === "internal")) return EXIT_USAGE;
  return allPassed ? EXIT_PASSED : EXIT_FAILED;
};
