import type { Worker } from "node:worker_threads";
import { adoptWorker, startWorker } from "./worker-start";

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
}

/** After a function has timed out once, its later calls get this much (it is probably looping). */
const REPEAT_OFFENDER_MS = 250;

interface Pending {
  onResult: (o: CallOutcome) => void;
  onCrash: (message: string) => void;
}

/**
 * Runs learner code in a worker thread: its own realm and heap (with a memory limit), a time
 * limit per call, and no Node modules. A call that loops forever, exhausts memory, overflows the
 * stack, calls process.exit or crashes the worker becomes one outcome; the worker is then started
 * again so that the remaining calls still run.
 */
export class Sandbox {
  private worker?: Worker;
  private loaded?: Promise<LoadOutcome>;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private output: string[] = [];
  private exitNote?: string;
  private code?: string;
  private deadline?: number;
  /** Functions that have timed out in this run. */
  private slow = new Set<string>();
  private filename = "learner.js";
  restarts = 0;

  constructor(private readonly options: SandboxOptions) {}

  /** Everything the learner's code printed (console.log and friends), capped. */
  get printed(): string {
    return this.output.join("").slice(0, 20_000);
  }

  /** Starts the worker thread ahead of time, so its start-up overlaps with compiling. */
  warmUp(): void {
    if (!this.worker) this.spawn();
  }

  load(code: string, filename: string): Promise<LoadOutcome> {
    this.code = code;
    this.filename = filename;
    return this.start();
  }

  private spawn(): Worker {
    const limits = { memoryLimitMb: this.options.memoryLimitMb };
    // The first worker may have been started before the grader was even loaded.
    const worker = (this.restarts === 0 && adoptWorker(limits)) || startWorker(limits);
    this.worker = worker;
    this.exitNote = undefined;
    const collect = (chunk: Buffer) => {
      if (this.output.length < 2000) this.output.push(chunk.toString());
    };
    worker.stdout.on("data", collect);
    worker.stderr.on("data", collect);
    return worker;
  }

  private start(): Promise<LoadOutcome> {
    const worker = this.worker ?? this.spawn();
    worker.postMessage({ type: "load", code: this.code, filename: this.filename });

    this.loaded = new Promise<LoadOutcome>((resolve) => {
      const timer = setTimeout(() => {
        resolve({ kind: "timeout", limitMs: this.options.timeLimitMs });
        void this.kill();
      }, this.options.timeLimitMs);
      worker.on("message", (msg) => {
        if (msg.type === "loaded") {
          clearTimeout(timer);
          resolve({ kind: "loaded", exports: new Map(msg.exports) });
        } else if (msg.type === "load-error") {
          clearTimeout(timer);
          resolve({ kind: "load-error", thrown: msg.thrown });
        } else if (msg.type === "exit-called") {
          this.exitNote = `your code called process.exit(${msg.code}); a function must return its answer`;
        } else if (msg.type === "result") {
          const { type: _type, id, index: _index, ...outcome } = msg;
          this.pending.get(id)?.onResult(outcome as CallOutcome);
        }
      });
      const fail = (message: string) => {
        clearTimeout(timer);
        resolve({ kind: "crashed", message });
        for (const p of [...this.pending.values()]) p.onCrash(message);
        if (this.worker === worker) this.worker = undefined;
      };
      worker.on("error", (err: Error & { code?: string }) => {
        if (err.code === "ERR_WORKER_OUT_OF_MEMORY") {
          fail(`ran out of memory (the limit is ${this.options.memoryLimitMb} MB): is something allocating without end?`);
        } else if (err instanceof RangeError && /call stack/i.test(err.message)) {
          fail("the call stack overflowed: is a function calling itself without end?");
        } else {
          fail(`crashed: ${err?.message ?? String(err)} (an error thrown outside the function, e.g. in a timer or an unhandled promise rejection?)`);
        }
      });
      worker.on("exit", (code) => {
        fail(this.exitNote ?? `the worker running your code stopped unexpectedly (exit code ${code})`);
      });
    });
    return this.loaded;
  }

  private async ready(): Promise<boolean> {
    if (!this.worker) {
      this.restarts++;
      const reload = await this.start();
      return reload.kind === "loaded";
    }
    const l = await this.loaded!;
    return l.kind === "loaded";
  }

  /** Calls the learner's export `fn` on `args` (copied into the worker), within the time limit. */
  async call(fn: string, args: unknown[], timeLimitMs = this.options.timeLimitMs): Promise<CallOutcome> {
    const [outcome] = await this.callMany([{ fn, args }], timeLimitMs);
    return outcome;
  }

  /**
   * Runs several calls in one round trip (the worker answers each as it finishes). Each call has
   * its own time limit; a call that times out or crashes the worker gets that outcome, and the
   * worker is started again for the calls after it.
   */
  async callMany(calls: { fn: string; args: unknown[] }[], timeLimitMs = this.options.timeLimitMs, { stopOnHard = false } = {}): Promise<CallOutcome[]> {
    const outcomes: CallOutcome[] = [];
    this.deadline ??= Date.now() + (this.options.budgetMs ?? Math.max(10_000, 3 * this.options.timeLimitMs));
    while (outcomes.length < calls.length) {
      const last = outcomes[outcomes.length - 1];
      if (stopOnHard && last && (last.kind === "timeout" || last.kind === "crashed")) break;
      if (Date.now() >= this.deadline) {
        const seconds = ((this.options.budgetMs ?? Math.max(10_000, 3 * this.options.timeLimitMs)) / 1000).toFixed(0);
        while (outcomes.length < calls.length) outcomes.push({ kind: "skipped", message: `not run: earlier calls used up the ${seconds} s this exercise may take` });
        break;
      }
      if (!(await this.ready())) {
        while (outcomes.length < calls.length) outcomes.push({ kind: "crashed", message: "your code could not be loaded again after a previous failure" });
        break;
      }
      const rest = calls.slice(outcomes.length);
      const got = await this.batch(rest, timeLimitMs);
      outcomes.push(...got);
    }
    return outcomes;
  }

  /** One batch on the current worker; returns early (shorter) after a time-out or crash. */
  private batch(calls: { fn: string; args: unknown[] }[], timeLimitMs: number): Promise<CallOutcome[]> {
    const worker = this.worker!;
    const id = this.nextId++;
    const outcomes: CallOutcome[] = [];
    return new Promise<CallOutcome[]>((resolve) => {
      let timer: NodeJS.Timeout;
      const finish = () => {
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
          outcomes.push({ kind: "timeout", limitMs: limit });
          void this.kill();
          finish();
        }, limit);
      };
      this.pending.set(id, {
        onResult: (outcome) => {
          outcomes.push(outcome);
          if (outcomes.length === calls.length) finish();
          else arm();
        },
        onCrash: (message) => {
          outcomes.push({ kind: "crashed", message });
          finish();
        },
      });
      arm();
      try {
        worker.postMessage({ type: "batch", id, calls });
      } catch (error) {
        outcomes.push({ kind: "crashed", message: `could not send the input to your code: ${(error as Error).message}` });
        finish();
      }
    });
  }

  private async kill(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) {
      w.removeAllListeners("exit");
      w.removeAllListeners("error");
      w.on("error", () => {});
      await w.terminate();
    }
  }

  async close(): Promise<void> {
    await this.kill();
  }
}
