import { loadBuiltinCourse } from "../../course/builtin";
import { verifyCourse } from "../../grader/verify";
import { ExitError, EXIT_FAILED, EXIT_PASSED } from "../../util/errors";
import type { Handler } from "../commands";

export const run: Handler = async (ids, options, ctx) => {
  const course = loadBuiltinCourse();
  for (const id of ids) if (!course.exercises.some((e) => e.id === id)) throw new ExitError(`no exercise "${id}" in ${course.id}`);
  const count = (options.seeds as number | undefined) ?? 3;
  const seeds = Array.from({ length: count }, (_, i) => 1000 + i * 7919);
  const s = ctx.style;
  const started = performance.now();
  const report = await verifyCourse(course, {
    seeds,
    only: ids.length ? ids : undefined,
    onExercise: options.json
      ? undefined
      : (v) => {
          ctx.out(`${v.ok ? s.green("✓") : s.red("✗")} ${v.exercise}`);
          for (const p of v.problems) ctx.out(`    ${s.red(p)}`);
        },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (options.json) {
    ctx.out(JSON.stringify({ ok: report.ok, seeds, seconds: Number(seconds), exercises: report.exercises.map((v) => ({ exercise: v.exercise, ok: v.ok, problems: v.problems })), lessons: report.lessons, typeProblems: report.typeProblems }));
  } else {
    for (const p of report.typeProblems) ctx.out(`${s.red("✗")} ${p}`);
    for (const l of report.lessons) {
      ctx.out(`${l.problems.length ? s.red("✗") : s.green("✓")} lesson ${l.topic}: ${l.examples} worked examples`);
      for (const p of l.problems) ctx.out(`    ${s.red(p)}`);
    }
    const bad = report.exercises.filter((v) => !v.ok).length + report.lessons.filter((l) => l.problems.length).length;
    ctx.out(`\n${report.ok ? s.green("course verified") : s.red(`${bad} problems`)}: ${report.exercises.length} exercises × ${seeds.length} seeds, ${report.lessons.length} lessons, in ${seconds} s`);
  }
  return report.ok ? EXIT_PASSED : EXIT_FAILED;
};
