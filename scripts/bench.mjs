// npm run bench: latutor's speed, measured in one run on this machine, each figure next to a
// baseline measured in the same run (ratios, not absolute times, are what carry across machines).
// It prints one table and always exits 0: a benchmark informs, it never fails a build.
//
//   BENCH_RUNS=15        runs of each quick measurement (check rows, watch saves)
//   BENCH_SLOW_RUNS=3    runs of each slow one (vitest, verify)
//   BENCH_GRADE_RUNS=1   runs of latutor grade with 1 and with 2 workers
//   BENCH_STUDENTS=30    size of the synthetic class
//   BENCH_EXERCISE=vector-arithmetic   the exercise the check, vitest and watch rows use
//   BENCH_SKIP=verify,grade,...        leave sections out (check, memory, vitest, verify, watch, grade)
//   BENCH_NO_BUILD=1     measure dist/ as it is (by default the bench builds first)
// See docs/performance.md for what each row means and how the baselines were chosen.
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadManifest, makeClass, makeWorkspace, wrongAnswer } from "./bench/fixtures.mjs";
import { checkLoopOnce, gradeAvailable, gradeOnce } from "./bench/grade.mjs";
import { GNU_TIME, interleave, median, range, run } from "./bench/measure.mjs";
import { fmtMb, fmtMs, fmtRate, fmtRatio, renderTable } from "./bench/table.mjs";
import { vitestBaseline } from "./bench/vitest-baseline.mjs";
import { timeWatch } from "./bench/watch.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "latutor.js");
const int = (name, fallback) => {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};
const RUNS = int("BENCH_RUNS", 15);
const SLOW_RUNS = int("BENCH_SLOW_RUNS", 3);
const GRADE_RUNS = int("BENCH_GRADE_RUNS", 1);
const STUDENTS = int("BENCH_STUDENTS", 30);
const SKIP = new Set((process.env.BENCH_SKIP ?? "").split(",").map((s) => s.trim()).filter(Boolean));
const progress = (text) => process.stderr.write(`bench: ${text}\n`);

const rows = [];
const notes = [];
const spread = (xs, fmt) => {
  const [lo, hi] = range(xs);
  return Number.isFinite(lo) ? `${fmt(lo)}–${fmt(hi)}` : "";
};
const unavailable = (label, why, target) => {
  rows.push({ label, value: "not available", target });
  notes.push(`${label}: ${why}`);
};

async function main() {
  if (!process.env.BENCH_NO_BUILD) {
    progress("building dist/");
    execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { stdio: "ignore" });
  }
  const { exercises } = loadManifest(root);
  const exercise = exercises.find((e) => e.id === (process.env.BENCH_EXERCISE ?? "vector-arithmetic"));
  if (!exercise) throw new Error(`BENCH_EXERCISE: no exercise "${process.env.BENCH_EXERCISE}" in course.json`);
  const home = mkdtempSync(join(tmpdir(), "latutor-bench-"));
  try {
    progress("making workspaces");
    const stub = makeWorkspace(root, bin, join(home, "stub"));
    const wrong = makeWorkspace(root, bin, join(home, "wrong"), { solved: true });
    writeFileSync(join(wrong, exercise.workspacePath), wrongAnswer(exercise));
    const pass = makeWorkspace(root, bin, join(home, "pass"), { solved: true });
    const edited = makeWorkspace(root, bin, join(home, "edited"), { solved: true });
    const check = (cwd) => async () => (await run(process.execPath, [bin, "check", exercise.id], { cwd })).ms;
    // Warm the disk cache and latutor's caches (compiled code, speed advice) once.
    for (const ws of [stub, wrong, pass, edited]) await run(process.execPath, [bin, "check", exercise.id], { cwd: ws });

    let baseline = NaN;
    let passMs = NaN;
    if (!SKIP.has("check")) {
      progress(`check: ${RUNS} interleaved rounds`);
      const editedFile = join(edited, exercise.workspacePath);
      const reference = readFileSync(join(root, exercise.solution), "utf8");
      let edits = 0;
      const series = [
        { name: "node", once: async () => (await run(process.execPath, ["-e", "0"], { cwd: home })).ms },
        { name: "stub", once: check(stub) },
        { name: "wrong", once: check(wrong) },
        { name: "pass", once: check(pass) },
        {
          name: "edited",
          // A real edit of the code (not a comment): the compile cache and the cached speed advice both miss.
          once: async () => {
            writeFileSync(editedFile, `${reference}\nexport const benchEdit = ${++edits};\n`);
            return (await run(process.execPath, [bin, "check", exercise.id], { cwd: edited })).ms;
          },
        },
      ];
      const s = await interleave(series, RUNS);
      baseline = median(s.node);
      passMs = median(s.pass);
      rows.push({ label: "node -e 0 (the baseline)", value: fmtMs(baseline), range: spread(s.node, fmtMs), vs: "1.00×" });
      for (const [name, label] of [
        ["stub", `check ${exercise.id}: untouched stub`],
        ["wrong", `check ${exercise.id}: wrong answer`],
        ["pass", `check ${exercise.id}: passing, unchanged`],
        ["edited", `check ${exercise.id}: passing, just edited`],
      ]) {
        const m = median(s[name]);
        const ratio = m / baseline;
        rows.push({ label, value: fmtMs(m), range: spread(s[name], fmtMs), vs: `${fmtRatio(ratio)} node -e 0`, target: "≤ 2.50×", met: Number.isFinite(ratio) ? ratio <= 2.5 : undefined });
      }
      for (const x of series) if (x.error) notes.push(`${x.name}: ${x.error}`);
    }

    if (!SKIP.has("memory")) {
      progress("memory of check");
      const peaks = [];
      for (let i = 0; i < 3; i++) peaks.push((await run(process.execPath, [bin, "check", exercise.id], { cwd: pass, memory: true })).rssMb);
      const how = GNU_TIME ? "GNU time: the largest process" : "Node's maxRSS of latutor's own process";
      rows.push({ label: `peak memory: check ${exercise.id} (passing)`, value: fmtMb(median(peaks)), range: spread(peaks, fmtMb), vs: how });
    }

    if (!SKIP.has("vitest")) {
      progress(`vitest baseline: ${SLOW_RUNS} interleaved rounds`);
      const learnerFile = join(pass, exercise.workspacePath);
      const v = vitestBaseline({ root, dir: join(home, "vitest"), learnerFile, exercise });
      const first = await run(v.command, v.args, { cwd: v.cwd });
      if (first.code !== 0) {
        unavailable("vitest: the same spec and file", `vitest exited ${first.code}: ${(first.stderr || first.stdout).trim().split("\n").slice(-3).join(" ")}`, "latutor ≥ 5× faster");
      } else {
        const s = await interleave(
          [
            { name: "vitest", once: async () => (await run(v.command, v.args, { cwd: v.cwd })).ms },
            { name: "latutor", once: check(pass) },
          ],
          SLOW_RUNS,
        );
        const ratio = median(s.vitest) / median(s.latutor);
        rows.push({ label: `vitest: the same spec and file`, value: fmtMs(median(s.vitest)), range: spread(s.vitest, fmtMs), vs: `${fmtRatio(ratio)} latutor check (${fmtMs(median(s.latutor))})`, target: "≥ 5× slower", met: Number.isFinite(ratio) ? ratio >= 5 : undefined });
      }
    }

    if (!SKIP.has("verify")) {
      progress(`verify: ${SLOW_RUNS} runs`);
      const times = [];
      let failure;
      for (let i = 0; i < SLOW_RUNS; i++) {
        const r = await run(process.execPath, [bin, "verify"], { cwd: root });
        if (r.code === 0) times.push(r.ms);
        else failure = `latutor verify exited ${r.code}: ${(r.stderr || r.stdout).trim().split("\n").pop()}`;
      }
      if (!times.length) unavailable("latutor verify (whole course, 3 seeds)", failure, "≤ 10 s");
      else {
        const m = median(times);
        rows.push({ label: `latutor verify (${exercises.length} exercises × 3 seeds, lessons, types)`, value: fmtMs(m), range: spread(times, fmtMs), vs: Number.isFinite(baseline) ? `${(m / baseline).toFixed(0)}× node -e 0` : "", target: "≤ 10 s", met: m <= 10_000 });
        if (failure) notes.push(failure);
      }
    }

    if (!SKIP.has("watch")) {
      progress(`watch: ${RUNS} saves`);
      const ws = makeWorkspace(root, bin, join(home, "watch"), { solved: true });
      const file = join(ws, exercise.workspacePath);
      try {
        const samples = await timeWatch({ bin, workspace: ws, exercise: exercise.id, file, versions: [readFileSync(join(root, exercise.solution), "utf8"), wrongAnswer(exercise)], saves: RUNS });
        const m = median(samples);
        rows.push({ label: "watch: save → verdict line (pass and fail saves)", value: fmtMs(m), range: spread(samples, fmtMs), vs: Number.isFinite(baseline) ? `${fmtRatio(m / baseline)} node -e 0` : "", target: "≤ 150 ms", met: m <= 150 });
      } catch (error) {
        unavailable("watch: save → verdict line", String(error?.message ?? error), "≤ 150 ms");
      }
    }

    if (!SKIP.has("grade")) {
      const available = await gradeAvailable(bin, home);
      if (!available.ok) {
        unavailable(`grade: ${STUDENTS} students, 2 workers`, available.why, "≥ 10 checks/s");
        unavailable("grade: speed-up from a 2nd worker", available.why, "≥ 1.60×");
      } else {
        progress(`grade: a class of ${STUDENTS}, ${GRADE_RUNS} round(s) of 1 worker, 2 workers and a check loop`);
        const klass = makeClass(root, bin, join(home, "class"), STUDENTS);
        const results = { one: [], two: [], loop: [], rss: [] };
        const series = [
          { name: "one", once: async () => (results.one.push(await gradeOnce({ bin, classDir: klass.dir, workers: 1, out: join(home, "grades-1.csv"), expectedChecks: klass.checks })), 0) },
          {
            name: "two",
            once: async () => {
              const r = await gradeOnce({ bin, classDir: klass.dir, workers: 2, out: join(home, "grades-2.csv"), expectedChecks: klass.checks });
              results.two.push(r);
              results.rss.push(r.rssMb);
              return 0;
            },
          },
          { name: "loop", once: async () => (results.loop.push(await checkLoopOnce({ bin, classDir: klass.dir, students: STUDENTS, exercises })), 0) },
        ];
        await interleave(series, GRADE_RUNS);
        for (const x of series) if (x.error) notes.push(`grade (${x.name}): ${x.error}`);
        const rate = (xs) => median(xs.map((r) => r.rate));
        const one = rate(results.one);
        const two = rate(results.two);
        const loop = rate(results.loop);
        const checks = results.two[0]?.checks ?? results.one[0]?.checks ?? klass.checks;
        rows.push({ label: `grade: ${STUDENTS} students × ${exercises.length} (${checks} checks), 1 worker`, value: fmtRate(one), range: spread(results.one.map((r) => r.rate), (x) => x.toFixed(1)), vs: results.one.length ? `${fmtMs(median(results.one.map((r) => r.ms)))} in all` : "" });
        rows.push({ label: `grade: the same class, 2 workers`, value: fmtRate(two), range: spread(results.two.map((r) => r.rate), (x) => x.toFixed(1)), vs: results.two.length ? `${fmtMs(median(results.two.map((r) => r.ms)))} in all` : "", target: "≥ 10 checks/s", met: Number.isFinite(two) ? two >= 10 : undefined });
        rows.push({ label: "grade: speed-up from the 2nd worker", value: fmtRatio(two / one), vs: "2 workers / 1 worker", target: "≥ 1.60×", met: Number.isFinite(two / one) ? two / one >= 1.6 : undefined });
        rows.push({ label: "one `latutor check --json` per exercise (30 of them)", value: fmtRate(loop), range: spread(results.loop.map((r) => r.rate), (x) => x.toFixed(1)), vs: Number.isFinite(two / loop) ? `grade (2 workers) is ${fmtRatio(two / loop)} faster` : "" });
        rows.push({ label: "peak memory: grade, 2 workers", value: fmtMb(median(results.rss)), range: spread(results.rss, fmtMb), vs: GNU_TIME ? "GNU time: the largest process" : "Node's maxRSS of latutor's own process" });
      }
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  const load = (await import("node:os")).loadavg()[0];
  const title = `latutor bench · node ${process.version} ${process.platform} · ${availableParallelism()} cores (${cpus()[0]?.model?.trim() ?? "?"}) · load ${load.toFixed(1)} · ${RUNS} quick / ${SLOW_RUNS} slow runs, interleaved · exercise ${process.env.BENCH_EXERCISE ?? "vector-arithmetic"}`;
  const text = renderTable(title, rows, notes);
  console.log(text);
  if (process.env.BENCH_LOG) appendFileSync(process.env.BENCH_LOG, `${new Date().toISOString()}\n${text}\n\n`);
}

try {
  await main();
} catch (error) {
  // The bench informs; it never fails a build.
  console.log(`latutor bench could not finish: ${String(error?.message ?? error).split("\n")[0]}`);
  if (rows.length) console.log(renderTable("what was measured before that", rows, notes));
}
process.exit(0);
