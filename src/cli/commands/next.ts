import { join, relative } from "node:path";
import { findTopic, readLesson, type Exercise } from "../../course/course";
import { renderMarkdown } from "../../render/markdown";
import { renderExerciseIntro } from "../../render/intro";
import { renderEpilogue } from "../../render/epilogue";
import { ExitError } from "../../util/errors";
import { arriveAt } from "../../workspace/advance";
import { courseRecord, decideNext, stepInTopic, type NextStep } from "../../workspace/progress";
import { openOrCreateSession, type Session } from "../../workspace/session";
import { tryExample } from "../../workspace/try-example";
import type { Workspace } from "../../workspace/workspace";
import type { Handler } from "../commands";
import type { Context } from "../context";

/** The exercise's introduction, its file named as the learner would type it from here. */
export function exerciseIntro(ctx: Context, workspace: Workspace, exercise: Exercise, created: boolean, revisit?: boolean): string {
  const path = join(workspace.root, exercise.workspacePath);
  const file = relative(ctx.cwd, path) || exercise.workspacePath;
  const example = tryExample(workspace, exercise);
  return renderExerciseIntro(exercise, { style: ctx.style, file, fileShown: ctx.fileLink(file, path), created, revisit, example });
}

/** Shows a step the learner has just arrived at: the lesson (paged), then what to do. */
export async function showStep(ctx: Context, session: Session, step: Exclude<NextStep, { kind: "done" }>, created: boolean, pager?: boolean): Promise<void> {
  const s = ctx.style;
  const { course, workspace } = session;
  if (step.kind === "lesson") {
    const lesson = renderMarkdown(readLesson(course, step.topic), s, ctx.columns);
    await ctx.page(`${s.dim(`Topic ${step.topic.id} · latutor lesson ${step.topic.id} shows this again`)}\n\n${lesson}`, { pager });
    ctx.out("");
    if (step.exercise) ctx.out(exerciseIntro(ctx, workspace, step.exercise, created));
    else if (step.topic.quiz) ctx.out(`${s.bold("Quiz:")} ${s.cyan(`latutor quiz ${step.topic.id}`)} checks what you took in. Then ${s.cyan("latutor next")} moves on.`);
    else ctx.out(`Run ${s.cyan("latutor next")} to move on.`);
  } else {
    ctx.out(exerciseIntro(ctx, workspace, step.exercise, created, step.revisit));
  }
}

export const run: Handler = async (_args, options, ctx) => {
  const session = openOrCreateSession(ctx.cwd);
  const { course } = session;
  const s = ctx.style;
  if (session.warning) ctx.err(`${s.yellow("warning:")} ${session.warning}`);
  if (session.created) ctx.out(`${s.green("✓")} created your workspace at ${s.bold(session.created)} (your exercises live there; run latutor from inside it)\n`);
  let step: NextStep;
  if (options.topic !== undefined) {
    const topic = findTopic(course, String(options.topic));
    if (!topic) throw new ExitError(`no topic "${options.topic}": topics are ${course.topics.map((t) => t.id).join(", ")}`);
    step = stepInTopic(topic, session.state);
  } else {
    step = decideNext(course, session.state);
  }
  if (step.kind === "done") {
    ctx.out(renderEpilogue(course, courseRecord(course, session.state), s));
    return 0;
  }
  const { created } = arriveAt(session, step, (w) => ctx.err(`${s.yellow("warning:")} ${w}`));
  await showStep(ctx, session, step, created, options.pager !== false);
  return 0;
};
