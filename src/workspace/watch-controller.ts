/**
 * `latutor watch` without the terminal: what to grade and when (saves, keys, saves the file system
 * did not report), one thing at a time. Everything it has to say goes out as a WatchEvent; the
 * command draws those. Keys come in already split (see watch-keys.ts).
 */
import { findExercise, type Exercise } from "../course/course";
import { randomSeed } from "../grader/grade";
import type { GradeResult } from "../grader/result";
import { discardPrestartedRunner, prestartRunner } from "../grader/runner-process";
import { gradeInWorkspace, recordResults } from "./grading";
import { takeHint } from "./hints";
import { currentExercise, recordResult } from "./progress";
import { progressReport } from "./progress-report";
import type { Session } from "./session";
import { progressOf, readState, updateState } from "./state";
import { challengeItems, moveOn, resetTo, solutionOf, type GradeReason, type WatchEvent } from "./watch-events";
import { initialKeyState, onKey, type KeyAction, type KeyState } from "./watch-keys";
import { decideOnSave, initialProbe, probeEvent, probeTick, signature, type ProbeState } from "./watch-saves";
import { watchExercises } from "./watcher";
import { exerciseFile } from "./workspace";

export type { ChallengeItem, GradeReason, WatchEvent } from "./watch-events";

export interface WatchControllerOptions {
  session: Session;
  /** latutor watch <id>: watch this one (it still moves on with `n`). */
  id?: string;
  seed?: number;
  plots: boolean;
  poll: boolean;
  /** How often the watched file's signature is read, to notice saves no event reported (0: never). */
  probeMs?: number;
  /** How long saves must be quiet before grading (editors write in bursts of a few milliseconds). */
  quietMs?: number;
  /** How long a change may wait for its file event before it counts as unreported. */
  graceMs?: number;
  /** What reports saves (the file watcher; a test can give one that reports nothing). */
  watch?: typeof watchExercises;
  emit: (event: WatchEvent) => void | Promise<void>;
}

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split("\n")[0];

export class WatchController {
  private readonly session: Session;
  private fixedId?: string;
  private keys: KeyState = initialKeyState();
  private last?: { id: string; result: GradeResult };
  private chain: Promise<void> = Promise.resolve();
  private pendingGrade?: { id: string; reason: GradeReason };
  private stopWatcher?: () => Promise<void>;
  private probe: ProbeState = initialProbe();
  private probedId?: string;
  private probeTimer?: NodeJS.Timeout;
  private quitting = false;
  private resolveDone!: () => void;
  /** Resolves when the learner quits (q, Ctrl-C) or stop() is called. */
  readonly done: Promise<void>;

  constructor(private readonly options: WatchControllerOptions) {
    this.session = options.session;
    this.fixedId = options.id;
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
  }

  private get root() {
    return this.session.workspace.root;
  }

  private state() {
    return readState(this.root).state;
  }

  /** The exercise watched now: the named one, else the current one (it follows `next` in another terminal too). */
  target(): Exercise | undefined {
    if (this.fixedId) return findExercise(this.session.course, this.fixedId);
    return currentExercise(this.session.course, this.state());
  }

  private passed(id: string): boolean {
    return progressOf(this.state(), id).status === "passed";
  }

  private async emit(event: WatchEvent): Promise<void> {
    if (this.quitting) return;
    try {
      await this.options.emit(event);
    } catch (error) {
      // Drawing must never end the watch.
      if (event.kind !== "error") await this.emit({ kind: "error", message: firstLine(error) });
    }
  }

  /** Runs `task` after everything before it: gradings, keys and their output never interleave. */
  private enqueue(task: () => Promise<void> | void): Promise<void> {
    this.chain = this.chain.then(async () => {
      if (this.quitting) return;
      try {
        await task();
      } catch (error) {
        await this.emit({ kind: "error", message: firstLine(error) });
      }
    });
    return this.chain;
  }

  /** Asks for a grading; saves that arrive while one waits to start make no second one. */
  requestGrade(id: string, reason: GradeReason): Promise<void> {
    const waiting = this.pendingGrade !== undefined;
    this.pendingGrade = { id, reason };
    if (waiting) return this.chain;
    return this.enqueue(async () => {
      const job = this.pendingGrade;
      this.pendingGrade = undefined;
      if (job) await this.gradeNow(job.id, job.reason);
    });
  }

  private async gradeNow(id: string, reason: GradeReason): Promise<void> {
    const exercise = findExercise(this.session.course, id);
    if (!exercise) return;
    const session = { ...this.session, state: this.state() };
    const result = await gradeInWorkspace(session, exercise, { seed: this.options.seed ?? randomSeed(), plots: this.options.plots });
    if (this.quitting) return;
    // The verdict is shown first and recorded right after: a write to disk (with its flush) should
    // not stand between a save and its verdict. What will be recorded is worked out the same way.
    const predicted = structuredClone(session.state);
    if (result.problem?.kind !== "internal") recordResult(predicted, result);
    const progress = progressOf(predicted, id);
    this.last = { id, result };
    this.keys = { ...this.keys, passed: progress.status === "passed" };
    await this.emit({ kind: "graded", exercise, result, reason, progress });
    try {
      recordResults(session, [result], (w) => void this.emit({ kind: "error", message: w }));
    } catch (error) {
      await this.emit({ kind: "error", message: `your progress was not recorded: ${firstLine(error)}` });
    }
    // The next save's grading adopts a runner booted now, in the pause before it.
    prestartRunner({ memoryLimitMb: exercise.memoryLimitMb });
  }

  /** Starts watching: listens for saves first, then shows the watched exercise (grading it unless it has passed). */
  async start(): Promise<void> {
    let ready!: () => void;
    const listening = new Promise<void>((resolve) => (ready = resolve));
    this.stopWatcher = (this.options.watch ?? watchExercises)(this.session.workspace, (file) => this.onFile(file), { poll: this.options.poll, quietMs: this.options.quietMs ?? 25, onReady: () => ready() });
    await listening;
    const probeMs = this.options.probeMs ?? 1000;
    if (!this.options.poll && probeMs > 0) {
      // The file as it is now is what the probe knows: a change from here on is noticed.
      this.onProbe();
      this.probeTimer = setInterval(() => this.onProbe(), probeMs);
      this.probeTimer.unref?.();
    }
    await this.enqueue(() => this.showTarget("start"));
  }

  /** Shows the watched exercise: graded when unfinished, its recorded verdict when it has passed. */
  private async showTarget(reason: GradeReason): Promise<void> {
    const target = this.target();
    if (!target) {
      await this.emit({ kind: this.session.course.exercises.length ? "course-done" : "nothing-to-watch" });
      return;
    }
    const progress = progressOf(this.state(), target.id);
    this.keys = { ...this.keys, passed: progress.status === "passed" };
    if (progress.status === "passed") await this.emit({ kind: "finished-earlier", exercise: target, progress });
    else await this.gradeNow(target.id, reason);
  }

  /** A save under exercises/ (already debounced by the watcher). Never throws: a watch outlives a bad moment. */
  onFile(file: string): void {
    if (this.quitting) return;
    try {
      this.decideOnFile(file);
    } catch (error) {
      void this.emit({ kind: "error", message: firstLine(error) });
    }
  }

  private decideOnFile(file: string): void {
    const { course, workspace } = this.session;
    const saved = course.exercises.find((e) => exerciseFile(workspace, e) === file);
    const target = this.target();
    // Events are arriving: whatever the watched file is now has been reported (the watcher sends
    // only the last file of a burst, so this holds for every event, not only the watched file's).
    if (target) this.probe = probeEvent(this.probe, signature(exerciseFile(workspace, target)));
    const decision = decideOnSave({
      target: target && { id: target.id, passed: this.passed(target.id) },
      fixed: Boolean(this.fixedId),
      saved: saved && { id: saved.id, passed: this.passed(saved.id) },
    });
    if (decision.kind === "grade") {
      if (decision.follow && saved) {
        // The learner is working on another exercise: the watch (and `latutor check`) go there.
        updateState(this.root, (st) => {
          st.currentExercise = saved.id;
          st.currentTopic = saved.topicId;
        });
      }
      void this.requestGrade(decision.exercise, "save");
    } else {
      void this.enqueue(() => this.emit({ kind: "ignored-save", file, saved, target, why: decision.why }));
    }
  }

  /** Every second: did the watched file change without a file event? */
  private onProbe(): void {
    if (this.quitting) return;
    let target: Exercise | undefined;
    try {
      target = this.target();
    } catch {
      return; // a state file being rewritten: next time
    }
    if (!target) return;
    const sig = signature(exerciseFile(this.session.workspace, target));
    if (target.id !== this.probedId) {
      this.probedId = target.id;
      this.probe = { ...this.probe, known: sig, changedAt: undefined };
      return;
    }
    const { state, grade, suggest } = probeTick(this.probe, sig, Date.now(), this.options.graceMs);
    this.probe = state;
    if (suggest) void this.enqueue(() => this.emit({ kind: "suggest-poll", exercise: target! }));
    if (grade) void this.requestGrade(target.id, "silent-save");
  }

  /** One key from the terminal. */
  key(key: string): void {
    if (this.quitting) return;
    const { state, actions } = onKey(this.keys, key);
    this.keys = state;
    for (const action of actions) {
      try {
        this.act(action);
      } catch (error) {
        void this.emit({ kind: "error", message: firstLine(error) });
      }
    }
  }

  private act(action: KeyAction): void {
    if (action.kind === "quit") return void this.stop();
    if (action.kind === "suspend" || action.kind === "help") return void this.emit(action.kind === "help" ? { kind: "help", passed: this.keys.passed } : { kind: "suspend" });
    if (action.kind === "rerun") {
      const target = this.target();
      return void (target ? this.requestGrade(target.id, "rerun") : this.enqueue(() => this.showTarget("rerun")));
    }
    // The rest wait their turn: after a grading under way, in the order they were pressed.
    const tasks: Record<Exclude<KeyAction["kind"], "quit" | "suspend" | "help" | "rerun">, () => Promise<void>> = {
      "needs-pass": () => this.emit({ kind: "needs-pass", key: action.kind === "needs-pass" ? action.key : "n", exercise: this.target() }),
      "reset-cancelled": () => this.emit({ kind: "reset-cancelled" }),
      "ask-reset": () => this.askReset(),
      next: () => this.next(),
      hint: () => this.hint(),
      list: () => this.emit({ kind: "list", report: progressReport(this.session.course, this.state()), exercise: this.target() }),
      challenges: () => this.challenges(),
      solution: () => this.solution(),
      reset: () => this.reset(),
    };
    void this.enqueue(tasks[action.kind]);
  }

  private async askReset(): Promise<void> {
    const target = this.target();
    if (target) return this.emit({ kind: "confirm-reset", exercise: target });
    this.keys = { ...this.keys, confirmingReset: false };
    await this.emit({ kind: "error", message: "no exercise to reset" });
  }

  private async next(): Promise<void> {
    const event = moveOn({ ...this.session, state: this.state() }, (w) => void this.emit({ kind: "error", message: w }));
    if (event.kind === "arrived") {
      if (this.fixedId && event.step.exercise) this.fixedId = event.step.exercise.id;
      this.keys = { ...this.keys, passed: event.progress?.status === "passed" };
      this.last = undefined;
    }
    await this.emit(event);
  }

  private async hint(): Promise<void> {
    const target = this.target();
    if (!target) return this.emit({ kind: "error", message: "no exercise to give a hint for" });
    await this.emit({ kind: "hint", exercise: target, hint: takeHint(this.root, target) });
  }

  private async challenges(): Promise<void> {
    const target = this.target();
    if (!target) return this.emit({ kind: "error", message: "no exercise being watched" });
    await this.emit(challengeItems(target, this.last?.id === target.id ? this.last.result : undefined, this.state()));
  }

  private async solution(): Promise<void> {
    const target = this.target();
    if (!target) return;
    await this.emit(this.passed(target.id) ? solutionOf(this.session, target) : { kind: "needs-pass", key: "s", exercise: target });
  }

  private async reset(): Promise<void> {
    const target = this.target();
    if (!target) return;
    this.keys = { ...this.keys, passed: false };
    this.last = undefined;
    // The stub written over the file is a save like any other: the watcher grades it.
    await this.emit(resetTo(this.session, target));
  }

  /** Ends the watch: no more gradings or output; the watcher and any booted runner are closed. */
  async stop(): Promise<void> {
    if (this.quitting) return;
    this.quitting = true;
    clearInterval(this.probeTimer);
    this.resolveDone();
    try {
      await this.stopWatcher?.();
    } finally {
      discardPrestartedRunner();
    }
  }
}

