// The fault suite's shared parts: the tally every area keeps ("N faults tried, N survived"), a
// sandbox folder that stands in for the learner's machine (its own HOME, cache and temporary
// folder, so that anything latutor or learner code writes outside the workspace shows), and
// snapshots of files to prove nothing was written where it should not be.
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, it } from "vitest";
import { latutor, tempDir, type Run } from "../e2e/helpers";

declare module "vitest" {
  interface TaskMeta {
    /** Set on every test that tries one fault of the catalogue: the area it belongs to. */
    fault?: string;
  }
}

/**
 * One area's catalogue: `fault(name, body)` declares a test that tries one fault; it counts as
 * survived when every assertion about its ending held. The area's line is printed after its tests,
 * and summary-reporter.ts adds up the areas for `npm run test:faults` (there a fault whose test did
 * not run, its set-up having failed, counts as tried and not survived).
 */
export function faultArea(area: string) {
  let declared = 0;
  let tried = 0;
  let survived = 0;
  afterAll(() => {
    const notRun = declared - tried;
    process.stderr.write(`fault suite (${area}): ${tried} faults tried, ${survived} survived${notRun ? ` (${notRun} not run)` : ""}\n`);
  });
  return (name: string, body: () => Promise<void> | void, timeout?: number) => {
    declared++;
    return it(name, { meta: { fault: area }, timeout }, async () => {
      tried++;
      await body();
      survived++;
    });
  };
}

/** A folder standing in for the learner's machine: HOME, the cache folder and TMPDIR all live in it. */
export interface Machine {
  root: string;
  env: Record<string, string>;
  /** Files learner code tries to create; none may exist afterwards. */
  canary: string;
}

export function machine(): Machine {
  const root = tempDir("latutor-faults-");
  const env = { HOME: join(root, "home"), XDG_CACHE_HOME: join(root, "cache"), TMPDIR: join(root, "tmp") };
  for (const dir of [...Object.values(env), join(root, "canary")]) mkdirSync(dir, { recursive: true });
  return { root, env, canary: join(root, "canary") };
}

/** latutor, run on this machine (its HOME, cache and TMPDIR). */
export const on = (m: Machine) => (args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> => latutor(args, cwd, { ...m.env, ...env });

/**
 * Every file under `root` (links as links, not followed) with its content or link target, except
 * the folders in `skip` (relative paths): what "nothing written outside" compares.
 */
export function snapshot(root: string, skip: string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const rel = relative(root, path);
      if (skip.includes(rel)) continue;
      const st = lstatSync(path);
      if (st.isSymbolicLink()) out.set(rel, `-> ${readlinkSync(path)}`);
      else if (st.isDirectory()) {
        out.set(rel + "/", "");
        walk(path);
      } else out.set(rel, st.isFile() ? readFileSync(path, "latin1") : `(${st.mode})`);
    }
  };
  walk(root);
  return out;
}

/** What changed between two snapshots: added, removed or modified paths. */
export function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [path, text] of after) if (!before.has(path)) out.push(`+ ${path}`);
  else if (before.get(path) !== text) out.push(`~ ${path}`);
  for (const path of before.keys()) if (!after.has(path)) out.push(`- ${path}`);
  return out.sort();
}

/** stdout parsed as the one JSON object it must be, or an error that shows what it was. */
export function parseJson<T>(r: Run): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`stdout is not one JSON object (exit ${r.code}):\n${r.stdout.slice(0, 1000)}\nstderr:\n${r.stderr.slice(0, 1000)}`);
  }
}

/** A Node stack trace or a crash dump on stderr: latutor never shows one without --debug. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$|^(RangeError|TypeError|Error|FATAL ERROR)\b|node:internal/m;
