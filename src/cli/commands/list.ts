import Table from "cli-table3";
import { progressOf } from "../../workspace/state";
import { summarize } from "../../workspace/progress";
import { openSession } from "../../workspace/session";
import type { Handler } from "../commands";

export const run: Handler = async (_args, options, ctx) => {
  const { course, state, warning } = openSession(ctx.cwd);
  const s = ctx.style;
  if (warning) ctx.err(`${s.yellow("warning:")} ${warning}`);
  const summary = summarize(course, state);
  if (options.json) {
    ctx.out(
      JSON.stringify({
        course: course.id,
        ...summary,
        topics: course.topics.map((t) => ({
          id: t.id,
          title: t.title,
          lessonRead: state.lessonsRead.includes(t.id),
          exercises: t.exercises.map((e) => ({ id: e.id, ...progressOf(state, e.id) })),
        })),
      }),
    );
    return 0;
  }
  const table = new Table({ head: ["topic", "exercise", "status", "best", "tries", "★ deeper"], style: { head: [], border: [], compact: true } });
  const statusText = { passed: s.green("✓ passed"), attempted: s.yellow("… attempted"), pending: s.dim("· not started") };
  for (const t of course.topics) {
    const read = state.lessonsRead.includes(t.id);
    const current = state.currentTopic === t.id ? s.cyan(" ◀") : "";
    table.push([`${t.id}${current}`, s.dim(read ? "lesson read" : "lesson not read"), "", "", "", ""]);
    for (const e of t.exercises) {
      const p = progressOf(state, e.id);
      const met = p.challengesMet?.length ?? 0;
      const total = met + (p.challengesOpen?.length ?? 0);
      const deeper = total === 0 ? "" : met === total ? s.green(`★ ${met}/${total}`) : s.yellow(`☆ ${met}/${total}`);
      table.push(["", `  ${e.id}`, statusText[p.status], p.attempts ? `${Math.round(p.bestScore * 100)}%` : "", p.attempts ? String(p.attempts) : "", deeper]);
    }
  }
  ctx.out(table.toString());
  const pct = summary.total ? Math.round((summary.passed / summary.total) * 100) : 0;
  const barWidth = 30;
  const filled = Math.round((pct / 100) * barWidth);
  ctx.out(`Progress: ${s.green("█".repeat(filled))}${s.dim("░".repeat(barWidth - filled))} ${summary.passed}/${summary.total} exercises (${pct}%), ${summary.lessonsRead}/${summary.topics} lessons read`);
  return 0;
};
