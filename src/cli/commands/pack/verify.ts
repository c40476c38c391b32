import { resolve } from "node:path";
import { plural } from "../../../render/format";
import Table from "cli-table3";
import { requirePackFolder } from "../../../pack/install";
import { verifyPack, verifySeeds } from "../../../pack/verify";
import { EXIT_FAILED, EXIT_PASSED } from "../../../util/errors";
import type { Handler } from "../../commands";

export const run: Handler = async ([dir], options, ctx) => {
  const seeds = verifySeeds((options.seeds as number | undefined) ?? 3);
  const s = ctx.style;
  const started = performance.now();
  requirePackFolder(resolve(ctx.cwd, dir ?? "."));
  const report = await verifyPack(resolve(ctx.cwd, dir ?? "."), {
    seeds,
    onExercise: options.json ? undefined : (row) => ctx.out(`${row.ok ? s.green("✓") : s.red("✗")} ${row.exercise}`),
  });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  if (options.json) {
    ctx.out(JSON.stringify({ ...report, seconds }));
    return report.ok ? EXIT_PASSED : EXIT_FAILED;
  }
  if (report.exercises.length) {
    const table = new Table({ head: ["exercise", "reference", "stub", "time", "problems"], style: { head: [], border: [] }, wordWrap: true, colWidths: [24, 11, 8, 8, Math.max(20, ctx.width - 58)] });
    for (const r of report.exercises) {
      table.push([r.exercise, `${r.referencePassed}/${seeds.length} seeds`, r.stub === "fails" ? "fails" : s.red(r.stub === "passes" ? "passes!" : "error"), `${r.seconds.toFixed(1)} s`, r.problems.length ? s.red(r.problems.join("\n")) : s.green("none")]);
    }
    ctx.out(table.toString());
  }
  for (const l of report.lessons) {
    ctx.out(`${l.problems.length ? s.red("✗") : s.green("✓")} lesson ${l.topic}: ${l.examples} worked examples`);
    for (const p of l.problems) ctx.out(`    ${s.red(p)}`);
  }
  for (const p of report.problems) ctx.out(`${s.red("✗")} ${p}`);
  const name = report.pack ? `${report.pack.name} ${report.pack.version}` : (dir ?? ".");
  const count = report.problems.length + report.exercises.filter((r) => !r.ok).length + report.lessons.filter((l) => l.problems.length).length;
  ctx.out(
    report.ok
      ? `\n${s.green("pack verified")}: ${name}, ${plural(report.pack!.exercises, "exercise")} × ${plural(seeds.length, "seed")}, ${plural(report.pack!.topics, "lesson")}, in ${seconds} s`
      : `\n${s.red(`${count} problem${count === 1 ? "" : "s"}`)} in ${name} (${seconds} s)`,
  );
  return report.ok ? EXIT_PASSED : EXIT_FAILED;
};
