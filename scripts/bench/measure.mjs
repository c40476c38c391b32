// Timing and memory of child processes, for npm run bench. Public tools only: Node's clock, and
// GNU time (/usr/bin/time) for peak memory where it is installed.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const GNU_TIME = ["/usr/bin/time", "/bin/time"].find((p) => existsSync(p));

/**
 * Runs `command args` in `cwd` and resolves with its wall time (ms, from spawn to exit), its exit
 * code, its output, and (with memory: true) the peak resident memory in MB of the largest process
 * it ran: GNU time's %M when installed, else Node's own maxRSS of the command's main process
 * (measured by a wrapper that runs it in-process: `node` commands only).
 */
export function run(command, args, { cwd, env, memory = false, input } = {}) {
  return new Promise((resolve) => {
    let argv = [command, ...args];
    let rssFile;
    if (memory && GNU_TIME) {
      rssFile = join(mkdtempSync(join(tmpdir(), "latutor-bench-rss-")), "rss");
      argv = [GNU_TIME, "-f", "%M", "-o", rssFile, ...argv];
    } else if (memory && command === process.execPath) {
      rssFile = join(mkdtempSync(join(tmpdir(), "latutor-bench-rss-")), "rss");
      argv = [process.execPath, join(import.meta.dirname, "rss-wrapper.mjs"), rssFile, ...args];
    }
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd, env: env ?? benchEnv(), stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.stdin.on("error", () => {});
    child.stdin.end(input ?? "");
    child.on("error", (error) => resolve({ ms: NaN, code: -1, stdout, stderr: String(error.message) }));
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let rssMb;
      if (rssFile) {
        try {
          const text = readFileSync(rssFile, "utf8").trim().split("\n").pop();
          // GNU time writes kilobytes; the wrapper writes kilobytes too (process.resourceUsage().maxRSS).
          rssMb = Number(text) / 1024;
        } catch {
          rssMb = undefined;
        }
        rmSync(join(rssFile, ".."), { recursive: true, force: true });
      }
      resolve({ ms, code, stdout, stderr, rssMb });
    });
  });
}

/** No colours, no CI-specific behaviour, no timing output: what a learner's plain terminal would get, minus the TTY. */
export function benchEnv(extra = {}) {
  const env = { ...process.env, NO_COLOR: "1", ...extra };
  delete env.LATUTOR_TIMING;
  delete env.FORCE_COLOR;
  return env;
}

export function median(xs) {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export const range = (xs) => {
  const s = xs.filter(Number.isFinite);
  return s.length ? [Math.min(...s), Math.max(...s)] : [NaN, NaN];
};

/**
 * Runs every series once per round, `rounds` times, in an order that rotates each round: a burst
 * of load on a shared machine hits every series alike. Each series is { name, once: async () => ms }.
 */
export async function interleave(series, rounds, onRound) {
  const samples = Object.fromEntries(series.map((s) => [s.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < series.length; k++) {
      const s = series[(k + r) % series.length];
      try {
        const value = await s.once(r);
        if (Number.isFinite(value)) samples[s.name].push(value);
      } catch (error) {
        s.error ??= String(error?.message ?? error).split("\n")[0];
      }
    }
    onRound?.(r + 1, rounds);
  }
  return samples;
}
