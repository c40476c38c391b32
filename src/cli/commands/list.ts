import { renderList } from "../../render/progress";
import { progressOf } from "../../workspace/state";
import { summarize } from "../../workspace/progress";
import { progressReport } from "../../workspace/progress-report";
import { openSession } from "../../workspace/session";
import type { Handler } from "../commands";

export const run: Handler = async (_args, options, ctx) => {
  const { course, state, warning } = openSession(ctx.cwd);
  const s = ctx.style;
  if (warning) ctx.err(`${s.yellow("warning:")} ${warning}`);
  if (options.json) {
    ctx.out(
      JSON.stringify({
        course: course.id,
        ...summarize(course, state),
        topics: course.topics.map((t) => ({
          id: t.id,
          title: t.title,
          lessonRead: state.lessonsRead.includes(t.id),
          quiz: t.quiz ? (state.quizzes[t.id] ?? null) : undefined,
          exercises: t.exercises.map((e) => ({ id: e.id, ...progressOf(state, e.id) })),
        })),
      }),
    );
    return 0;
  }
  ctx.out(renderList(progressReport(course, state), s));
  return 0;
};
