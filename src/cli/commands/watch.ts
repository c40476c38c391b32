import { relative } from "node:path";
import { findExercise, readLesson, topicOf, type Exercise } from "../../course/course";
import { renderEpilogue } from "../../render/epilogue";
import { renderMarkdown } from "../../render/markdown";
import { renderReport } from "../../render/report";
import {
  keyBar,
  keyHelp,
  recordedVerdict,
  renderChallenges,
  renderHint,
  renderIgnoredSave,
  renderNeedsPass,
  renderSuggestPoll,
  renderWatchList,
  watchHeader,
} from "../../render/watch";
import { ExitError } from "../../util/errors";
import { courseRecord } from "../../workspace/progress";
import { openSession } from "../../workspace/session";
import { readState } from "../../workspace/state";
import { WatchController, type WatchEvent } from "../../workspace/watch-controller";
import { exerciseFile } from "../../workspace/workspace";
import type { Handler } from "../commands";
import { listenForKeys, type KeyListener } from "../raw-keys";
import { exerciseIntro } from "./next";

export const run: Handler = async ([id], options, ctx) => {
  const session = openSession(ctx.cwd);
  const { course, workspace } = session;
  const s = ctx.style;
  if (session.warning) ctx.err(`${s.yellow("warning:")} ${session.warning}`);
  if (id && !findExercise(course, id)) throw new ExitError(`no exercise "${id}": run latutor list to see the exercise ids`);
  const screen = Boolean(process.stdout.isTTY);
  let keys: KeyListener = { active: false, suspend() {}, resume() {}, stop() {} };
  let passed = false;
  /** Said once more under the next report (which clears the screen), so that it is not lost. */
  let notice: string | undefined;

  /** A new screen at a terminal; a dated rule in a log. */
  const fresh = () => {
    if (screen) process.stdout.write("\u001b[2J\u001b[H");
    else ctx.out(s.dim(`── ${new Date().toLocaleTimeString()} ${"─".repeat(40)}`));
  };
  const footer = () => ctx.out(keyBar(s, keys.active, passed, ctx.columns));
  const fileOf = (exercise: Exercise) => {
    const path = exerciseFile(workspace, exercise);
    return ctx.fileLink(relative(ctx.cwd, path) || exercise.workspacePath, path);
  };

  const draw = async (e: WatchEvent): Promise<void> => {
    switch (e.kind) {
      case "graded": {
        passed = e.progress.status === "passed";
        fresh();
        ctx.out(watchHeader(e.exercise, fileOf(e.exercise), s));
        ctx.out(renderReport(e.result, { style: s, width: ctx.width, topicId: topicOf(course, e.exercise).id, section: e.exercise.section, plots: options.plot !== false }));
        if (e.result.passed) ctx.out(s.green(`${e.exercise.id} passes. ${keys.active ? "Press n for" : "latutor next shows"} the next lesson or exercise; this watch follows along.`));
        if (notice) ctx.out(notice);
        notice = undefined;
        break;
      }
      case "finished-earlier":
        passed = true;
        fresh();
        ctx.out(watchHeader(e.exercise, fileOf(e.exercise), s));
        ctx.out(recordedVerdict(e.exercise, e.progress, s));
        break;
      case "arrived": {
        passed = e.progress?.status === "passed";
        const step = e.step;
        if (step.kind === "lesson") {
          // The lesson takes the terminal (a pager reads keys itself); the watch's keys wait.
          keys.suspend();
          try {
            await ctx.page(`${s.dim(`Topic ${step.topic.id} · latutor lesson ${step.topic.id} shows this again`)}\n\n${renderMarkdown(readLesson(course, step.topic), s, ctx.columns)}`);
          } finally {
            keys.resume();
          }
          ctx.out("");
        } else fresh();
        if (step.exercise) {
          ctx.out(exerciseIntro(ctx, workspace, step.exercise, e.created, step.kind === "exercise" ? step.revisit : undefined));
          ctx.out(recordedVerdict(step.exercise, e.progress, s));
        } else ctx.out(`Topic ${step.topic.id} has no exercise${step.topic.quiz ? `: ${s.cyan(`latutor quiz ${step.topic.id}`)} checks what you took in` : ""}. ${keys.active ? "Press n" : "Run latutor next"} to move on.`);
        break;
      }
      case "course-done":
        ctx.out(renderEpilogue(course, courseRecord(course, readState(workspace.root).state), s));
        ctx.out(s.green("\nEvery exercise has passed: nothing is left to watch."));
        break;
      case "nothing-to-watch":
        ctx.out("This course has no exercises to watch.");
        break;
      case "hint":
        ctx.out("\n" + renderHint(e.exercise, e.hint, s, ctx.columns));
        break;
      case "list":
        ctx.out("\n" + renderWatchList(e.report, e.exercise?.id, s));
        break;
      case "challenges":
        ctx.out("\n" + renderChallenges(e.exercise, e.items, e.checked, s));
        break;
      case "solution":
        ctx.out(`\n${s.dim(`// Reference solution of ${e.exercise.id}: ${e.exercise.solution}`)}\n${e.text.trimEnd()}`);
        break;
      case "confirm-reset":
        ctx.out(`\n${s.yellow("Reset")} ${e.exercise.workspacePath} to the original stub? Your version is kept in .latutor/backups. ${s.bold("y")} resets, any other key keeps it.`);
        return; // no key bar: the next key answers
      case "reset":
        notice = `${s.green("✓")} ${e.exercise.workspacePath} is the original stub again${e.backup ? `; your version is at ${relative(ctx.cwd, e.backup)}` : ""}.`;
        ctx.out(`\n${notice}`);
        passed = false;
        break;
      case "reset-cancelled":
        ctx.out("Nothing changed.");
        break;
      case "needs-pass":
        ctx.out("\n" + renderNeedsPass(e.key, e.exercise, s));
        break;
      case "ignored-save":
        ctx.out(renderIgnoredSave(e.file, e.saved, e.target, e.why, s));
        break;
      case "suggest-poll":
        ctx.err(renderSuggestPoll(e.exercise, s));
        break;
      case "help":
        ctx.out("\n" + keyHelp(s, e.passed));
        break;
      case "suspend":
        // Ctrl-Z: give the terminal back, stop; `fg` brings the watch (and its keys) back.
        keys.suspend();
        process.once("SIGCONT", () => {
          keys.resume();
          footer();
        });
        process.kill(process.pid, "SIGTSTP");
        return;
      case "error":
        ctx.err(`${s.red("error:")} ${e.message} (still watching)`);
        return;
    }
    footer();
  };

  const controller = new WatchController({
    session,
    id,
    seed: options.seed as number | undefined,
    plots: options.plot !== false,
    poll: Boolean(options.poll),
    emit: draw,
  });
  keys = listenForKeys((key) => controller.key(key));
  const stop = () => void controller.stop();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await controller.start();
    await controller.done;
  } finally {
    keys.stop();
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await controller.stop();
  }
  ctx.out(s.dim("Stopped watching."));
  return 0;
};
