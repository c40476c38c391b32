import { join, relative } from "node:path";
import { readLesson, type Exercise } from "../../course/course";
import { renderMarkdown } from "../../render/markdown";
import { courseRecord, decideNext } from "../../workspace/progress";
import { renderEpilogue } from "../../render/epilogue";
import { openOrCreateSession } from "../../workspace/session";
import { updateState } from "../../workspace/state";
import { scaffoldExercise } from "../../workspace/workspace";
import type { Handler } from "../commands";
import type { Context } from "../context";

function exerciseIntro(ctx: Context, root: string, exercise: Exercise, created: boolean): string {
  const s = ctx.style;
  const file = relative(ctx.cwd, join(root, exercise.workspacePath)) || exercise.workspacePath;
  return [
    `${s.bold.magenta("Exercise")} ${s.bold(exercise.id)}: ${exercise.title}`,
    `  ${exercise.summary}`,
    `  ${created ? "Created" : "Edit"} ${s.bold(file)}${created ? ": fill in the TODOs." : ""}`,
    `  Then run ${s.cyan(`latutor check ${exercise.id}`)}  ·  stuck? ${s.cyan(`latutor hint ${exercise.id}`)}`,
  ].join("\n");
}

export const run: Handler = async (_args, _options, ctx) => {
  const session = openOrCreateSession(ctx.cwd);
  const { workspace, course } = session;
  const s = ctx.style;
  if (session.warning) ctx.err(`${s.yellow("warning:")} ${session.warning}`);
  if (session.created) ctx.out(`${s.green("✓")} created your workspace at ${s.bold(session.created)} (your exercises live there; run latutor from inside it)\n`);
  const step = decideNext(course, session.state);
  if (step.kind === "done") {
    ctx.out(renderEpilogue(course, courseRecord(course, session.state), s));
    return 0;
  }
  let created = false;
  if (step.exercise) created = scaffoldExercise(workspace, course, step.exercise);
  updateState(
    workspace.root,
    (state) => {
      state.currentTopic = step.topic.id;
      state.currentExercise = step.exercise?.id;
      if (step.kind === "lesson" && !state.lessonsRead.includes(step.topic.id)) state.lessonsRead.push(step.topic.id);
    },
    (w) => ctx.err(`${s.yellow("warning:")} ${w}`),
  );
  if (step.kind === "lesson") {
    await ctx.page(`${s.dim(`Topic ${step.topic.id} · latutor lesson ${step.topic.id} shows this again`)}\n\n${renderMarkdown(readLesson(course, step.topic), s, ctx.width)}`);
    ctx.out("");
    if (step.exercise) ctx.out(exerciseIntro(ctx, workspace.root, step.exercise, created));
    else if (step.topic.quiz) ctx.out(`${s.bold("Quiz:")} ${s.cyan(`latutor quiz ${step.topic.id}`)} checks what you took in. Then ${s.cyan("latutor next")} moves on.`);
    else ctx.out(`Run ${s.cyan("latutor next")} to move on.`);
  } else {
    ctx.out(exerciseIntro(ctx, workspace.root, step.exercise, created));
  }
  return 0;
};
