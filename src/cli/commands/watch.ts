import { findExercise, topicOf, type Exercise } from "../../course/course";
import { randomSeed } from "../../grader/grade";
import { renderReport } from "../../render/report";
import { ExitError } from "../../util/errors";
import { gradeInWorkspace, recordResults } from "../../workspace/grading";
import { currentExercise } from "../../workspace/progress";
import { openSession } from "../../workspace/session";
import { readState } from "../../workspace/state";
import { watchExercises } from "../../workspace/watcher";
import type { Handler } from "../commands";

export const run: Handler = async ([id], options, ctx) => {
  const session = openSession(ctx.cwd);
  const { course, workspace } = session;
  const s = ctx.style;
  if (id && !findExercise(course, id)) throw new ExitError(`no exercise "${id}": run latutor list to see the exercise ids`);

  /** The exercise to grade now: the one named, else the current one (it moves on as you pass). */
  const target = (): Exercise | undefined => (id ? findExercise(course, id) : currentExercise(course, readState(workspace.root).state));

  let running = false;
  let again = false;
  const gradeNow = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const exercise = target();
        if (!exercise) {
          ctx.out(s.green("Every exercise has passed. Nothing left to watch: latutor next shows what is new."));
          return;
        }
        const result = await gradeInWorkspace({ ...session, state: readState(workspace.root).state }, exercise, { seed: (options.seed as number | undefined) ?? randomSeed(), plots: options.plot !== false });
        recordResults(session, [result], (w) => ctx.err(`warning: ${w}`));
        if (ctx.interactive) process.stdout.write("\u001b[2J\u001b[H");
        else ctx.out(s.dim(`── ${new Date().toLocaleTimeString()} ${"─".repeat(40)}`));
        ctx.out(renderReport(result, { style: s, width: ctx.width, topicId: topicOf(course, exercise).id, section: exercise.section, plots: options.plot !== false }));
        if (result.passed) ctx.out(s.green(`${exercise.id} passes. Run latutor next for the next lesson or exercise; this watch follows along.`));
        ctx.out(s.dim(`Watching exercises/ … save a file to check again, Ctrl-C to stop.`));
      } while (again);
    } finally {
      running = false;
    }
  };

  /** One grading, whatever happens in it: a watch never dies of one bad save. */
  const gradeSafely = async () => {
    try {
      await gradeNow();
    } catch (error) {
      ctx.err(`${s.red("error:")} ${String((error as Error)?.message ?? error).split("\n")[0]} (still watching)`);
    }
  };
  // Listen first, grade second: a save made while the first report is printed is not missed.
  let ready!: () => void;
  const listening = new Promise<void>((resolve) => (ready = resolve));
  const stop = watchExercises(workspace, () => void gradeSafely(), { poll: Boolean(options.poll), onReady: () => ready() });
  await listening;
  await gradeSafely();
  await new Promise<void>((resolve) => {
    const end = () => {
      void stop().then(resolve);
    };
    process.once("SIGINT", end);
    process.once("SIGTERM", end);
  });
  return 0;
};
