import { findExercise, topicOf } from "../../course/course";
import { ExitError } from "../../util/errors";
import { arriveAt } from "../../workspace/advance";
import { courseHere } from "../../workspace/course-here";
import { mainMenu, pickMenu, topicMenu, type MenuAction, type MenuChoice } from "../../workspace/menu";
import { progressOf, readState } from "../../workspace/state";
import { openSession } from "../../workspace/session";
import type { Handler } from "../commands";
import type { Context } from "../context";
import { PromptCancelled, select } from "../prompts";
import { exerciseIntro } from "./next";

async function ask(ctx: Context, message: string, choices: MenuChoice[]): Promise<MenuAction> {
  const i = await select(ctx, message, choices.map((c) => c.label));
  return choices[i].action;
}

/** Runs another command as if it had been typed (its own code, its own messages). */
async function runCommand(name: string, args: string[], options: Record<string, unknown>, ctx: Context): Promise<void> {
  const load = {
    next: () => import("./next"),
    lesson: () => import("./lesson"),
    quiz: () => import("./quiz"),
    progress: () => import("./progress"),
    watch: () => import("./watch"),
    notation: () => import("./notation"),
  }[name]!;
  try {
    await (await load()).run(args, options, ctx);
  } catch (error) {
    // A command's refusal is told and the menu goes on; Ctrl-C at one of its questions ends the menu.
    if (error instanceof ExitError && !(error instanceof PromptCancelled)) ctx.err(`latutor: ${error.message}`);
    else throw error;
  }
}

/** One round of the menu; false when the learner quits. */
async function round(ctx: Context): Promise<boolean> {
  const { course, workspace } = courseHere(ctx.cwd);
  const state = workspace ? readState(workspace.root).state : undefined;
  const action = await ask(ctx, `${course.title}: what next?`, mainMenu(course, state));
  switch (action.kind) {
    case "quit":
      return false;
    case "continue":
      await runCommand("next", [], {}, ctx);
      return true;
    case "progress":
    case "notation":
    case "watch":
      await runCommand(action.kind, [], {}, ctx);
      return true;
    case "lesson":
    case "quiz": {
      const picked = await ask(ctx, action.kind === "lesson" ? "Which lesson?" : "Which quiz?", topicMenu(course, state, action.kind));
      if (picked.kind === "topic") await runCommand(action.kind, [picked.id], {}, ctx);
      return true;
    }
    case "pick": {
      if (!state) return true;
      const picked = await ask(ctx, "Where do you want to be? (✓ passed, ☆ challenges open, ⤼ skipped)", pickMenu(course, state));
      if (picked.kind === "topic") await runCommand("next", [], { topic: picked.id }, ctx);
      if (picked.kind === "exercise") {
        const session = openSession(ctx.cwd);
        const exercise = findExercise(session.course, picked.id)!;
        const step = { kind: "exercise" as const, topic: topicOf(session.course, exercise), exercise, revisit: progressOf(session.state, exercise.id).status === "skipped" || undefined };
        const { created } = arriveAt(session, step, (w) => ctx.err(`warning: ${w}`));
        ctx.out(exerciseIntro(ctx, session.workspace, exercise, created, step.revisit));
      }
      return true;
    }
    default:
      return true;
  }
}

export const run: Handler = async (_args, _options, ctx) => {
  try {
    while (await round(ctx)) ctx.out("");
  } catch (error) {
    // Ctrl-C at the menu's own question: leave quietly, as "Quit" would.
    if (error instanceof PromptCancelled) return 0;
    throw error;
  }
  return 0;
};
