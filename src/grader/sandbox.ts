import type { ChildProcess } from "node:child_process";
import { adoptRunner, startRunner, whenBooted, type RunnerPool } from "./runner-process";
import { LIMITS, toPlain, Unplain } from "./runner/plain.mjs";

export interface Thrown {
  isError: boolean;
  name: string;
  message: string;
  stack?: string;
}

/** What happened when the grader asked the learner's code to compute one answer. */
export type CallOutcome =
  | { kind: "returned"; value: unknown; argsAfter: unknown[]; ms: number; aliased?: { arg: number; part: boolean } }
  | { kind: "threw"; thrown: Thrown; ms: number }
  | { kind: "missing" }
  | { kind: "unclonable"; message: string }
  | { kind: "timeout"; limitMs: number }
  | { kind: "crashed"; message: string }
  | { kind: "skipped"; message: string };

export type LoadOutcome = { kind: "loaded"; exports: Map<string, string> } | { kind: "load-error"; thrown: Thrown } | { kind: "crashed"; message: string } | { kind: "timeout"; limitMs: number };

export interface SandboxOptions {
  /** Limit for one call of a learner function. */
  timeLimitMs: number;
  /** Limit for all calls of one grading run together; later calls are skipped past it. */
  budgetMs?: number;
  memoryLimitMb: number;
  /** Seeds the learner's Math.random, so that code using it grades the same for the same seed. */
  seed?: number;
  /** Take runners from (and give healthy ones back to) this pool instead of starting one per Sandbox. */
  pool?: RunnerPool;
  /** Whose code this is, for the pool: runners are reused only for code of the same owner. */
  owner?: string;
}

/** After a function has timed out once, its later calls get this much (it is probably looping). */
const REPEAT_OFFENDER_MS = 250;

/** Time for the learner's file to run its top-level code, once the runner has booted. */
const LOAD_LIMIT_MS = 2_000;

const text = (v: unknown, max: number): string => {
  const s = typeof v === "string" ? v : "(not a string)";
  return s.length > max ? `${s.slice(0, max)}… (${s.length - max} more characters)` : s;
};

function readThrown(t: unknown): Thrown {
  const o = (t !== null && typeof t === "object" ? t : {}) as Record<string, unknown>;
  return { isError: o.isError === true, name: text(o.name, 100), message: text(o.message, LIMITS.MESSAGE), stack: o.stack === undefined ? undefined : text(o.stack, LIMITS.STACK) };
}

/**
 * A call's outcome as the runner reported it, checked again on this side: whatever arrives (even
 * from a runner that learner code subverted) becomes a well-formed outcome of plain, bounded data.
 */
export function readOutcome(msg: Record<string, unknown>): CallOutcome {
  const ms = typeof msg.ms === "number" ? msg.ms : 0;
  switch (msg.kind) {
    case "returned":
      try {
        const value = toPlain(msg.value);
        const argsAfter = toPlain(msg.argsAfter);
        if (!Array.isArray(argsAfter)) throw new Unplain("arguments that cannot be read");
        const a = msg.aliased as { arg?: unknown; part?: unknown } | undefined;
        const aliased = a && typeof a.arg === "number" ? { arg: a.arg, part: a.part === true } : undefined;
        return { kind: "returned", value, argsAfter, ms, aliased };
      } catch (error) {
        return { kind: "unclonable", message: `returned ${error instanceof Unplain ? error.message : "a value that cannot be read"}` };
      }
    case "threw":
      return { kind: "threw", thrown: readThrown(msg.thrown), ms };
    case "missing":
      return { kind: "missing" };
    case "unclonable":
      return { kind: "unclonable", message: text(msg.message, LIMITS.MESSAGE) };
    default:
      return { kind: "crashed", message: "the process running your code sent an answer latutor cannot read" };
  }
}

function readExports(list: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(list)) return out;
  for (const item of list.slice(0, 1000)) {
    if (Array.isArray(item) && typeof item[0] === "string" && typeof item[1] === "string") out.set(text(item[0], 200), text(item[1], 20));
  }
  return out;
}

interface Pending {
  onResult: (o: CallOutcome) => void;
  onCrash: (message: string) => void;
}

type Call = { fn: string; args: unknown[] };

export interface CallManyOptions {
  /** Stop at the first time-out or crash (the remaining calls get no outcome). */
  stopOnHard?: boolean;
  /** Only time the calls (the speed advice): their answers are neither read nor sent back. */
  timing?: boolean;
  /**
   * Called with each outcome as it arrives, while the runner already computes the next call: the
   * grader judges one answer while the learner's code computes the next.
   */
  onOutcome?: (outcome: CallOutcome, index: number) => void;
}

/** How long a runner given back to a pool has to show that it is idle (see close). */
const IDLE_CHECK_MS = 1_000;

/**
 * Runs learner code in a separate, locked-down Node process (see runner-process.ts): its own
 * realm and heap (with a memory limit), a time limit per call, and no files, processes, network or
 * Node modules. A call that loops forever, exhausts memory, overflows the stack or crashes the
 * runner becomes one outcome; the runner is then started again so that the remaining calls run.
 */
export class Sandbox {
  private child?: ChildProcess;
  private loaded?: Promise<LoadOutcome>;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private output: string[] = [];
  private fatal?: string;
  private code?: string;
  private filename = "learner.js";
  private deadline?: number;
  /** Functions that have timed out in this run. */
  private slow = new Set<string>();
  private detachOutput?: () => void;
  restarts = 0;

  constructor(private readonly options: SandboxOptions) {}

  /** Everything the learner's code printed (console.log and friends), capped. */
  get printed(): string {
    return this.output.join("").slice(0, 20_000);
  }

  /** Starts the runner ahead of time, so its boot overlaps with compiling. */
  warmUp(): void {
    if (!this.child) this.spawn();
  }

  load(code: string, filename: string): Promise<LoadOutcome> {
    this.code = code;
    this.filename = filename;
    return this.start();
  }

  private get budgetMs(): number {
    return this.options.budgetMs ?? Math.max(10_000, 3 * this.options.timeLimitMs);
  }

  private spawn(): ChildProcess {
    const limits = { memoryLimitMb: this.options.memoryLimitMb };
    // The first runner may have been started before the grader was even loaded.
    const child = this.options.pool?.acquire(limits, this.options.owner) ?? ((this.restarts === 0 && adoptRunner(limits)) || startRunner(limits));
    this.child = child;
    this.fatal = undefined;
    const collect = (chunk: Buffer) => {
      if (this.output.length < 2000) this.output.push(chunk.toString());
    };
    const errors = (chunk: Buffer) => {
      const text = chunk.toString();
      if (/heap out of memory|Reached heap limit/i.test(text)) this.fatal ??= `ran out of memory (the limit is ${this.options.memoryLimitMb} MB): is something allocating without end?`;
      else collect(chunk);
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", errors);
    this.detachOutput = () => {
      child.stdout?.off("data", collect);
      child.stderr?.off("data", errors);
    };
    return child;
  }

  private start(): Promise<LoadOutcome> {
    const child = this.child ?? this.spawn();
    child.send({ type: "load", code: this.code, filename: this.filename, seed: this.options.seed });
    this.loaded = new Promise<LoadOutcome>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const limit = Math.max(LOAD_LIMIT_MS, this.options.timeLimitMs);
      void whenBooted(child).then(() => {
        if (settled) return;
        timer = setTimeout(() => {
          resolve({ kind: "timeout", limitMs: limit });
          this.kill();
        }, limit);
      });
      const done = () => {
        settled = true;
        clearTimeout(timer);
      };
      child.on("message", (raw: unknown) => {
        const msg = (raw !== null && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
        if (msg.type === "loaded") {
          done();
          resolve({ kind: "loaded", exports: readExports(msg.exports) });
        } else if (msg.type === "load-error") {
          done();
          resolve({ kind: "load-error", thrown: readThrown(msg.thrown) });
        } else if (msg.type === "fatal") {
          this.fatal = text(msg.message, LIMITS.MESSAGE);
        } else if (msg.type === "result") {
          this.pending.get(msg.id as number)?.onResult(readOutcome(msg));
        }
      });
      child.on("exit", (code, signal) => {
        done();
        // Let the stderr of a crash arrive before deciding what it was.
        setImmediate(() => {
          const message =
            this.fatal ??
            (signal === "SIGABRT" || code === 134
              ? `ran out of memory or aborted (the heap limit is ${this.options.memoryLimitMb} MB): is something allocating without end?`
              : `the process running your code stopped unexpectedly (${signal ?? `exit code ${code}`})`);
          resolve({ kind: "crashed", message });
          for (const p of [...this.pending.values()]) p.onCrash(message);
          if (this.child === child) this.child = undefined;
        });
      });
    });
    return this.loaded;
  }

  private async ready(): Promise<boolean> {
    if (!this.child) {
      this.restarts++;
      const reload = await this.start();
      return reload.kind === "loaded";
    }
    const l = await this.loaded!;
    return l.kind === "loaded";
  }

  /** Calls the learner's export `fn` on `args` (copied into the runner), within the time limit. */
  async call(fn: string, args: unknown[], timeLimitMs = this.options.timeLimitMs): Promise<CallOutcome> {
    const [outcome] = await this.callMany([{ fn, args }], timeLimitMs);
    return outcome;
  }

  /**
   * Runs several calls in one round trip (the runner answers each as it finishes). Each call has
   * its own time limit; a call that times out or crashes the runner gets that outcome, and the
   * runner is started again for the calls after it (unless stopOnHard).
   */
  async callMany(calls: Call[], timeLimitMs = this.options.timeLimitMs, { stopOnHard = false, timing = false, onOutcome }: CallManyOptions = {}): Promise<CallOutcome[]> {
    const outcomes: CallOutcome[] = [];
    // An error of the caller's (a broken spec) must reject this call, not escape into an event handler.
    let failure: { error: unknown } | undefined;
    const report = (o: CallOutcome) => {
      outcomes.push(o);
      if (!onOutcome || failure) return;
      try {
        onOutcome(o, outcomes.length - 1);
      } catch (error) {
        failure = { error };
      }
    };
    this.deadline ??= Date.now() + this.budgetMs;
    while (outcomes.length < calls.length) {
      const last = outcomes[outcomes.length - 1];
      if (stopOnHard && last && (last.kind === "timeout" || last.kind === "crashed")) break;
      if (Date.now() >= this.deadline) {
        const seconds = (this.budgetMs / 1000).toFixed(0);
        while (outcomes.length < calls.length) report({ kind: "skipped", message: `not run: earlier calls used up the ${seconds} s this exercise may take` });
        break;
      }
      if (!(await this.ready())) {
        while (outcomes.length < calls.length) report({ kind: "crashed", message: "your code could not be loaded again after a previous failure" });
        break;
      }
      await this.batch(calls.slice(outcomes.length), timeLimitMs, timing, report);
    }
    if (failure) throw failure.error;
    return outcomes;
  }

  /** One batch on the current runner, each outcome reported as it comes; ends early after a time-out or crash. */
  private batch(calls: Call[], timeLimitMs: number, timing: boolean, report: (o: CallOutcome) => void): Promise<CallOutcome[]> {
    const child = this.child!;
    const id = this.nextId++;
    const outcomes: CallOutcome[] = [];
    return new Promise<CallOutcome[]>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      let done = false;
      const finish = () => {
        done = true;
        clearTimeout(timer);
        this.pending.delete(id);
        resolve(outcomes);
      };
      const arm = () => {
        clearTimeout(timer);
        const fn = calls[outcomes.length].fn;
        const remaining = Math.max(1, (this.deadline ?? Infinity) - Date.now());
        const limit = Math.min(this.slow.has(fn) ? Math.min(timeLimitMs, REPEAT_OFFENDER_MS) : timeLimitMs, remaining);
        timer = setTimeout(() => {
          this.slow.add(fn);
          add({ kind: "timeout", limitMs: limit });
          this.kill();
          finish();
        }, limit);
      };
      // The next call's clock starts after the caller has looked at this outcome (which may take a
      // while): a slow judge can only give the learner's code more time, never less.
      const add = (o: CallOutcome) => {
        if (done) return;
        outcomes.push(o);
        report(o);
      };
      this.pending.set(id, {
        onResult: (outcome) => {
          if (outcomes.length >= calls.length) return;
          clearTimeout(timer);
          add(outcome);
          if (outcomes.length === calls.length) finish();
          else arm();
        },
        onCrash: (message) => {
          add({ kind: "crashed", message });
          finish();
        },
      });
      arm();
      child.send({ type: "batch", id, calls, timing }, (error) => {
        if (!error) return;
        add({ kind: "crashed", message: `could not send the input to your code: ${error.message}` });
        finish();
      });
    });
  }

  private kill(): void {
    const child = this.child;
    this.child = undefined;
    if (child) {
      child.removeAllListeners("exit");
      child.removeAllListeners("message");
      child.kill("SIGKILL");
    }
  }

  /** Ends the runner, or gives it back to the pool when it is healthy and idle. */
  async close(): Promise<void> {
    const child = this.child;
    const pool = this.options.pool;
    if (!pool || !child || this.fatal || this.pending.size > 0 || !(await this.answersPing(child)) || this.child !== child) {
      this.kill();
      return;
    }
    this.child = undefined;
    child.removeAllListeners("exit");
    child.removeAllListeners("message");
    this.detachOutput?.();
    pool.release(child, { memoryLimitMb: this.options.memoryLimitMb }, this.options.owner);
  }

  /** The runner answers in time: it has finished everything it was sent (it handles messages in order). */
  private answersPing(child: ChildProcess): Promise<boolean> {
    return new Promise((resolve) => {
      const end = (ok: boolean) => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve(ok);
      };
      const onMessage = (msg: { type?: string }) => {
        if (msg?.type === "pong") end(true);
      };
      const onExit = () => end(false);
      const timer = setTimeout(() => end(false), IDLE_CHECK_MS);
      child.on("message", onMessage);
      child.on("exit", onExit);
      child.send({ type: "ping" }, (error) => {
        if (error) end(false);
      });
    });
  }
}
