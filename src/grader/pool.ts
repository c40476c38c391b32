/**
 * A pool of worker threads that grade in parallel, for `latutor grade` (a class) and for checking
 * packs, whose specs are code latutor did not write. Each worker runs one job at a time; a job
 * that does not finish in its time, or whose worker dies (out of memory, a crash), fails with a
 * one-line reason, and its worker is replaced: the other jobs go on. Each worker's own grader
 * still runs learner code in separate runner processes, exactly as `check` does.
 *
 * From latutor's TypeScript sources (its own unit tests) there is no built worker script: jobs
 * then run in this thread, without the time limit.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { packageRoot } from "../util/package";
import type { Job, JobResult } from "./jobs";

export class JobFailed extends Error {
  constructor(
    message: string,
    readonly reason: "timeout" | "crashed" | "error",
  ) {
    super(message);
    this.name = "JobFailed";
  }
}

interface Task {
  job: Job;
  timeoutMs: number;
  resolve: (value: JobResult) => void;
  reject: (error: JobFailed) => void;
}

interface Slot {
  worker: Worker;
  task?: Task & { id: number; timer: NodeJS.Timeout };
}

export interface PoolOptions {
  size: number;
  /** Heap limit of each worker thread (the spec's data, the judge, fast-check). */
  memoryMb?: number;
}

const RUNNING_FROM_SOURCE = import.meta.url.endsWith(".ts");

export function workerScript(): string | undefined {
  const built = join(packageRoot(), "dist", "pool-worker.js");
  return !RUNNING_FROM_SOURCE && existsSync(built) ? built : undefined;
}

export class GradingPool {
  private slots: Slot[] = [];
  private queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  private readonly script = workerScript();

  constructor(private readonly options: PoolOptions) {}

  get size(): number {
    return this.options.size;
  }

  run<T extends JobResult>(job: Job, timeoutMs: number): Promise<T> {
    if (!this.script) return this.runHere(job) as Promise<T>;
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ job, timeoutMs, resolve: resolve as (v: JobResult) => void, reject });
      this.pump();
    });
  }

  private async runHere(job: Job): Promise<JobResult> {
    const { runJob } = await import("./jobs");
    try {
      return await runJob(job);
    } catch (error) {
      throw new JobFailed(String((error as Error)?.message ?? error).split("\n")[0], "error");
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script!, { resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb ?? 1024 }, stdout: true, stderr: true });
    // A spec's console output is not the report's: drop it.
    worker.stdout.resume();
    worker.stderr.resume();
    const slot: Slot = { worker };
    worker.on("message", (msg: { id: number; ok: boolean; value?: JobResult; message?: string }) => {
      const task = slot.task;
      if (!task || task.id !== msg.id) return;
      clearTimeout(task.timer);
      slot.task = undefined;
      if (msg.ok) task.resolve(msg.value!);
      else task.reject(new JobFailed(msg.message ?? "failed", "error"));
      this.pump();
    });
    const lost = (why: string) => {
      const task = slot.task;
      slot.task = undefined;
      this.slots = this.slots.filter((s) => s !== slot);
      if (task) {
        clearTimeout(task.timer);
        task.reject(new JobFailed(why, "crashed"));
      }
      this.pump();
    };
    worker.on("error", (error: Error & { code?: string }) => {
      lost(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? `ran out of memory (the limit is ${this.options.memoryMb ?? 1024} MB)` : `stopped with an error: ${String(error.message).split("\n")[0]}`);
    });
    worker.on("exit", (code) => {
      if (this.slots.includes(slot)) lost(`stopped unexpectedly (exit code ${code})`);
    });
    this.slots.push(slot);
    return slot;
  }

  private pump(): void {
    if (this.closed) return;
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.task);
      if (!slot && this.slots.length < this.options.size) slot = this.spawn();
      if (!slot) return;
      const task = this.queue.shift()!;
      const id = this.nextId++;
      const current = slot;
      const timer = setTimeout(() => {
        current.task = undefined;
        this.slots = this.slots.filter((s) => s !== current);
        void current.worker.terminate();
        task.reject(new JobFailed(`did not finish within ${Math.round(task.timeoutMs / 1000)} s`, "timeout"));
        this.pump();
      }, task.timeoutMs);
      current.task = { ...task, id, timer };
      current.worker.postMessage({ id, job: task.job });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new JobFailed("the pool was closed", "error"));
    await Promise.all(
      this.slots.map((s) => {
        if (s.task) clearTimeout(s.task.timer);
        return s.worker.terminate();
      }),
    );
    this.slots = [];
  }
}
