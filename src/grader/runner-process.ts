/**
 * Starts the process that runs learner code. It is a separate Node process under Node's permission
 * model: it may read nothing but its own runner script, and may not write files, start processes
 * or threads, or load native addons; on top of that the runner hides Node's modules, the network
 * and the environment from the learner's code. It talks to the grader over an IPC channel that
 * copies values with structured clone.
 *
 * Booting it takes about as long as Node itself, so `latutor check` asks for one before it even
 * loads the grader, and the boot runs on the other core while the main process loads the course.
 * Deliberately tiny: it is imported by the CLI's entry chunk.
 */
import { fork, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { packageRoot } from "../util/package";

export interface RunnerLimits {
  memoryLimitMb: number;
}

/** A plain-JavaScript file of the grader's isolated side: dist/runner/ in a build, else the sources. */
export function runnerFile(name: string): string {
  const root = packageRoot();
  const built = join(root, "dist", "runner", name);
  const source = join(root, "src", "grader", "runner", name);
  // latutor's own tests run from its sources: never a stale (or half-rebuilt) dist/.
  const order = import.meta.url.endsWith(".ts") ? [source, built] : [built, source];
  for (const candidate of order) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`the grader's ${name} is missing: run npm run build`);
}

let runnerPath: string | undefined;
export function runnerScript(): string {
  return (runnerPath ??= runnerFile("runner.mjs"));
}

/** The permission flag of this Node: --permission from Node 22.13/23.5, --experimental-permission before. */
export function permissionFlag(): string {
  return process.allowedNodeEnvironmentFlags.has("--permission") ? "--permission" : "--experimental-permission";
}

/**
 * Node's flags for the runner: permission to read its own script and nothing else, a heap limit.
 * Its own realm may not compile code from strings (the learner's context may), so an object of that
 * realm reaching learner code is no way to the real process; --experimental-vm-modules lets the
 * runner answer import() itself (without it, Node answers with an Error of the runner's realm).
 */
export function runnerExecArgv(script: string, memoryLimitMb: number): string[] {
  return [
    permissionFlag(),
    `--allow-fs-read=${script}`,
    `--allow-fs-read=${join(dirname(script), "plain.mjs")}`,
    "--no-warnings",
    `--max-old-space-size=${memoryLimitMb}`,
    "--disable-proto=delete",
    "--disallow-code-generation-from-strings",
    "--experimental-vm-modules",
  ];
}

export function startRunner({ memoryLimitMb }: RunnerLimits): ChildProcess {
  const script = runnerScript();
  const child = fork(script, [], {
    execArgv: runnerExecArgv(script, memoryLimitMb),
    serialization: "advanced",
    env: {},
    cwd: "/",
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  // Until a Sandbox adopts it, an idle runner's failure must not go unhandled.
  child.on("error", () => {});
  child.once("message", (msg: { type?: string }) => {
    if (msg?.type === "ready") booted.add(child);
  });
  return child;
}

const booted = new WeakSet<ChildProcess>();

/** Resolves once the runner has booted (its "ready" message), so time limits exclude Node's start-up. */
export function whenBooted(child: ChildProcess): Promise<void> {
  if (booted.has(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const onMessage = (msg: { type?: string }) => {
      if (msg?.type !== "ready") return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve();
    };
    const onExit = () => {
      child.off("message", onMessage);
      resolve();
    };
    child.on("message", onMessage);
    child.on("exit", onExit);
  });
}

let early: { child: ChildProcess; limits: RunnerLimits } | undefined;

/** Boots a runner now, for the next Sandbox with the same limits to adopt. */
export function prestartRunner(limits: RunnerLimits): void {
  if (!early) early = { child: startRunner(limits), limits };
}

/** The prestarted runner, if there is one with these limits (it is handed out once). */
export function adoptRunner(limits: RunnerLimits): ChildProcess | undefined {
  if (!early) return undefined;
  const { child, limits: l } = early;
  early = undefined;
  if (l.memoryLimitMb === limits.memoryLimitMb && child.exitCode === null && child.connected) return child;
  child.kill("SIGKILL");
  return undefined;
}

/** Ends a prestarted runner nobody adopted (the command failed before grading). */
export function discardPrestartedRunner(): void {
  early?.child.kill("SIGKILL");
  early = undefined;
}

/**
 * Booted runners kept for reuse, for a process that grades many files one after another (verify
 * grades every reference and stub of a course): a runner boots in about the time Node itself
 * takes, far longer than grading a small exercise. A runner is handed back only when it is
 * healthy (no time-out, crash or fatal error), and each file it loads gets a V8 context of its own
 * (see runner.mjs), so nothing one file did reaches the next. Only for code of one author: the
 * runner's process (its heap, its pending callbacks) is shared by the files it runs.
 */
export class RunnerPool {
  private idle: { child: ChildProcess; limits: RunnerLimits; owner: string }[] = [];
  private closed = false;

  constructor(private readonly maxIdle = 4) {}

  /**
   * An idle runner with these limits, else a new one. `owner` names whose code it runs (a
   * student's workspace, say): a runner is handed again only to the owner it was released by.
   */
  acquire(limits: RunnerLimits, owner = ""): ChildProcess {
    for (;;) {
      const i = this.idle.findIndex((r) => r.limits.memoryLimitMb === limits.memoryLimitMb && r.owner === owner);
      if (i < 0) return startRunner(limits);
      const [{ child }] = this.idle.splice(i, 1);
      if (child.exitCode === null && child.signalCode === null && child.connected) {
        holdOpen(child, true);
        return child;
      }
    }
  }

  /** Takes a runner back for another file of the same owner (the caller has removed its own listeners). */
  release(child: ChildProcess, limits: RunnerLimits, owner = ""): void {
    if (this.closed || child.exitCode !== null || child.signalCode !== null || !child.connected) {
      child.kill("SIGKILL");
      return;
    }
    // What it prints while idle goes nowhere, and never fills the pipe; an idle runner does not keep
    // latutor running (when latutor ends, its channel closes and the runner ends too).
    child.stdout?.resume();
    child.stderr?.resume();
    holdOpen(child, false);
    this.idle.push({ child, limits, owner });
    while (this.idle.length > this.maxIdle) this.idle.shift()!.child.kill("SIGKILL");
  }

  /** Ends every idle runner; runners in use end when their Sandbox closes. */
  close(): void {
    this.closed = true;
    for (const { child } of this.idle.splice(0)) child.kill("SIGKILL");
  }
}

/** Whether a runner (its process, channel and pipes) keeps this process's event loop alive. */
function holdOpen(child: ChildProcess, hold: boolean): void {
  const handles = [child, child.channel as { ref?: () => void; unref?: () => void } | undefined | null, child.stdout, child.stderr] as ({ ref?: () => void; unref?: () => void } | null | undefined)[];
  for (const h of handles) {
    if (hold) h?.ref?.();
    else h?.unref?.();
  }
}

let shared: RunnerPool | undefined;
/** This thread's pool of idle runners, for code of one author graded file after file (verify). */
export function sharedRunners(): RunnerPool {
  return (shared ??= new RunnerPool(2));
}
