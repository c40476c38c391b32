// latutor grade on a synthetic class: checks per second with 1 and 2 workers, and against the
// naive alternative, one `latutor check --json` process per student and exercise.
import { join } from "node:path";
import { run } from "./measure.mjs";

/** Whether this latutor has `grade <dir> --workers N --out file.csv`; else why not. */
export async function gradeAvailable(bin, cwd) {
  const r = await run(process.execPath, [bin, "grade", "--help"], { cwd });
  if (r.code === 0 && r.stdout.includes("--workers") && r.stdout.includes("--out")) return { ok: true };
  return { ok: false, why: "latutor grade <dir> --workers N --out file.csv does not exist yet" };
}

/** One run of latutor grade: its wall time, peak memory, and the number of checks it reports. */
export async function gradeOnce({ bin, classDir, workers, out, expectedChecks }) {
  const r = await run(process.execPath, [bin, "grade", classDir, "--workers", String(workers), "--out", out], { cwd: classDir, memory: true });
  if (r.code !== 0) throw new Error(`latutor grade exited ${r.code}: ${(r.stderr || r.stdout).trim().split("\n").pop()}`);
  const reported = /(\d+) checks in/.exec(r.stdout);
  const checks = reported ? Number(reported[1]) : expectedChecks;
  return { ms: r.ms, checks, rate: checks / (r.ms / 1000), rssMb: r.rssMb };
}

/**
 * The naive way: one `latutor check <id> --json` per (student, exercise), one after the other, on
 * a sample spread over the class. Returns checks per second.
 */
export async function checkLoopOnce({ bin, classDir, students, exercises, sample = 30 }) {
  let total = 0;
  let n = 0;
  for (let k = 0; k < sample; k++) {
    const student = join(classDir, `student-${String((k % students) + 1).padStart(2, "0")}`);
    const exercise = exercises[(k * 7) % exercises.length];
    const r = await run(process.execPath, [bin, "check", exercise.id, "--json"], { cwd: student });
    if (r.code > 1) throw new Error(`latutor check ${exercise.id} exited ${r.code}: ${r.stderr.trim().split("\n").pop()}`);
    total += r.ms;
    n++;
  }
  return { ms: total, checks: n, rate: n / (total / 1000) };
}
