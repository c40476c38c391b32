/**
 * Starts the grader's worker thread as early as possible: a worker takes about as long to boot as
 * Node itself, so `latutor check` asks for one before it even loads the grader, and the boot runs
 * on the other core while the main thread loads the course. Deliberately tiny: it is imported by
 * the CLI's entry chunk.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { packageRoot } from "../util/package";

export interface WorkerLimits {
  memoryLimitMb: number;
}

let workerPath: string | undefined;
export function workerScript(): string {
  if (workerPath) return workerPath;
  const root = packageRoot();
  for (const candidate of [join(root, "dist", "runner", "worker.mjs"), join(root, "src", "grader", "runner", "worker.mjs")]) {
    if (existsSync(candidate)) return (workerPath = candidate);
  }
  throw new Error("the grader's worker script is missing: run npm run build");
}

export function startWorker({ memoryLimitMb }: WorkerLimits): Worker {
  const worker = new Worker(workerScript(), {
    resourceLimits: {
      maxOldGenerationSizeMb: memoryLimitMb,
      maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(memoryLimitMb / 8))),
      stackSizeMb: 4,
    },
    env: {},
    stdout: true,
    stderr: true,
    execArgv: [],
  });
  // Until a Sandbox adopts it, an idle worker's failure must not go unhandled.
  worker.on("error", () => {});
  return worker;
}

let early: { worker: Worker; limits: WorkerLimits } | undefined;

/** Boots a worker now, for the next Sandbox with the same limits to adopt. */
export function prestartWorker(limits: WorkerLimits): void {
  if (!early) early = { worker: startWorker(limits), limits };
}

/** The prestarted worker, if there is one with these limits (it is handed out once). */
export function adoptWorker(limits: WorkerLimits): Worker | undefined {
  if (!early) return undefined;
  const { worker, limits: l } = early;
  early = undefined;
  if (l.memoryLimitMb === limits.memoryLimitMb) return worker;
  void worker.terminate();
  return undefined;
}

/** Ends a prestarted worker nobody adopted (the command failed before grading). */
export function discardPrestartedWorker(): void {
  if (early) void early.worker.terminate();
  early = undefined;
}
