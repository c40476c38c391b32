/**
 * Type checking on demand (`latutor check --typecheck`, and `verify`): the TypeScript compiler
 * on the learner's file against the workspace's tsconfig.json. Plain `check` never waits for it:
 * the compiler takes far longer to load than a check takes to run.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { runnerFile } from "./runner-process";
import { isSmallFile } from "./compile";
import { MAX_SOURCE_BYTES, sourceProblem } from "./source-guard";

export interface TypeProblem {
  file: string;
  line: number;
  column: number;
  code: number;
  message: string;
}

/** Compiler options used when there is no tsconfig.json (a course's own stubs and solutions). */
const DEFAULTS = {
  target: "ES2022",
  module: "ESNext",
  moduleResolution: "Bundler",
  lib: ["ES2023"],
  types: [] as string[],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
};

/** How long the compiler may take, and how much heap and stack it gets, before it is stopped. */
const LIMITS = { ms: 120_000, heapMb: 2048, stackMb: 16 };

/**
 * Type-checks `files`. The compiler runs in a worker thread (see runner/typecheck-worker.mjs):
 * a pathological file (20,000 nested parentheses) ends as one problem of that file, never as a
 * crash or a hang of latutor.
 */
export async function typecheck(files: string[], options: { tsconfig?: string; displayRoot: string }): Promise<TypeProblem[]> {
  const { Worker } = await import("node:worker_threads");
  const gaveUp = (why: string): TypeProblem[] => [{ file: relative(options.displayRoot, files[0] ?? "").split(sep).join("/"), line: 1, column: 1, code: 0, message: `the type checker gave up: ${why}` }];
  for (const file of files) {
    const problem = !existsSync(file) ? undefined : isSmallFile(file, 4 * MAX_SOURCE_BYTES) ? sourceProblem(readFileSync(file, "utf8")) : { message: "not a regular file of a reasonable size" };
    if (problem) return [{ file: relative(options.displayRoot, file).split(sep).join("/"), line: problem.line ?? 1, column: problem.column ?? 1, code: 0, message: problem.message }];
  }
  const worker = new Worker(runnerFile("typecheck-worker.mjs"), {
    workerData: { files, tsconfig: options.tsconfig, displayRoot: options.displayRoot, defaults: DEFAULTS },
    resourceLimits: { maxOldGenerationSizeMb: LIMITS.heapMb, stackSizeMb: LIMITS.stackMb },
    stdout: true,
    stderr: true,
  });
  return new Promise<TypeProblem[]>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(gaveUp(`it took more than ${LIMITS.ms / 1000} s`));
    }, LIMITS.ms);
    worker.once("message", (problems: TypeProblem[]) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(problems);
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      const message = String((error as Error)?.message ?? error);
      // A broken tsconfig.json is the user's to fix: say so as an error, like before.
      if (/tsconfig/.test(message) && !/stack|memory/i.test(message)) reject(new Error(message));
      else resolve(gaveUp(/stack/i.test(message) ? "the file nests too deeply for it" : /memory|heap/i.test(message) ? "it ran out of memory on this file" : message.split("\n")[0]));
    });
    worker.once("exit", () => {
      clearTimeout(timer);
      resolve(gaveUp("it stopped unexpectedly"));
    });
  });
}

export const workspaceTsconfig = (root: string) => join(root, "tsconfig.json");
