// watch: the time from a save to the verdict on screen. latutor watch runs on a pipe (no
// terminal, so each report is printed below the last); the bench saves the file and times until
// the verdict line of the new report has arrived. (How long a real terminal takes to draw it is
// not measured here: docs/performance.md says how to time that by hand in tmux.)
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { benchEnv } from "./measure.mjs";

/**
 * Starts `latutor watch <id>` in `workspace`, then saves `file` `saves` times, alternating the
 * contents in `versions` (each save made unique, so that nothing is served from a cache), and
 * resolves with the milliseconds from each save to its verdict line.
 */
export async function timeWatch({ bin, workspace, exercise, file, versions, saves, timeoutMs = 20_000 }) {
  const child = spawn(process.execPath, [bin, "watch", exercise], { cwd: workspace, env: benchEnv(), stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let waiter;
  let lastOutput = Date.now();
  child.stdout.on("data", (d) => {
    out += d;
    lastOutput = Date.now();
    waiter?.();
  });
  child.stderr.on("data", () => {});
  const exited = new Promise((resolve) => child.on("close", resolve));
  const until = (test) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`watch gave no verdict within ${timeoutMs / 1000} s`)), timeoutMs);
      waiter = () => {
        if (!test()) return;
        clearTimeout(timer);
        waiter = undefined;
        resolve();
      };
      waiter();
    });
  const verdict = new RegExp(`^[✓✗] ${exercise} (passed|failed)`, "m");
  /** Until the report is complete: no output for a while. */
  const quiet = async (ms) => {
    while (Date.now() - lastOutput < ms) await new Promise((r) => setTimeout(r, 50));
  };
  const samples = [];
  try {
    // The first report (watch grades once when it starts), then quiet.
    await until(() => verdict.test(out)).catch(() => {});
    await quiet(500);
    for (let i = 0; i < saves; i++) {
      out = "";
      const text = `${versions[i % versions.length]}\nexport const benchSave${i} = ${i};\n`;
      const started = process.hrtime.bigint();
      writeFileSync(file, text);
      await until(() => verdict.test(out));
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
      // Let the report finish and the watcher settle (an editor does not save twice in 300 ms).
      await quiet(300);
    }
  } finally {
    child.kill("SIGINT");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    child.kill("SIGKILL");
  }
  return samples;
}
