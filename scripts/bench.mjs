// npm run bench: how latutor's start-up compares with bare Node, measured in one run on this
// machine (ratios, not absolute times, are what to compare across machines).
//   - `latutor check <id>` on an unchanged file (compiled code cached) and on a just-edited one
//     (esbuild runs), each against `node -e 0`
//   - `latutor verify` over the whole built-in course
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "latutor.js");
const runs = Number(process.env.BENCH_RUNS ?? 15);
const exercise = process.env.BENCH_EXERCISE ?? "cosine-similarity";

const env = { ...process.env, NO_COLOR: "1" };
function time(args, cwd, before) {
  before?.();
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, env, stdio: "ignore" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && !(args[1] === "check" && r.status === 1)) throw new Error(`${args.join(" ")} exited ${r.status}`);
  return ms;
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { stdio: "ignore" });
const home = mkdtempSync(join(tmpdir(), "latutor-bench-"));
const ws = join(home, "ws");
execFileSync(process.execPath, [bin, "init", ws], { env, stdio: "ignore" });
// Grade real, passing solutions: the full set of hidden cases runs.
const course = JSON.parse(readFileSync(join(root, "course.json"), "utf8"));
for (const t of course.topics) for (const e of t.exercises) writeFileSync(join(ws, "exercises", t.id, `${e.id}.ts`), readFileSync(join(root, "solutions", t.id, `${e.id}.ts`), "utf8"));
const target = join(ws, "exercises", course.topics.find((t) => t.exercises.some((e) => e.id === exercise)).id, `${exercise}.ts`);

const samples = { node: [], version: [], cached: [], edited: [] };
time([bin, "check", exercise], ws); // warm the file cache and the compile cache
let edit = 0;
for (let i = 0; i < runs; i++) {
  // Interleaved, so that a burst of load on this shared machine hits every series alike.
  samples.node.push(time(["-e", "0"], ws));
  samples.version.push(time([bin, "--version"], ws));
  samples.cached.push(time([bin, "check", exercise], ws));
  samples.edited.push(time([bin, "check", exercise], ws, () => appendFileSync(target, `// edit ${++edit}\n`)));
}
const verifyRuns = [1, 2, 3].map(() => time([bin, "verify"], root));

const base = median(samples.node);
const row = (label, ms) => `${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms   ${(ms / base).toFixed(2)}× node -e 0`;
console.log(`latutor bench: ${runs} interleaved runs each, medians (node ${process.version}, ${process.platform})`);
console.log(row("node -e 0", base));
console.log(row("latutor --version", median(samples.version)));
console.log(row(`latutor check ${exercise} (unchanged file)`, median(samples.cached)));
console.log(row(`latutor check ${exercise} (just edited)`, median(samples.edited)));
console.log(row(`latutor verify (whole course, 3 seeds)`, median(verifyRuns)));
const ratio = median(samples.cached) / base;
console.log(`\ncheck / node start-up: ${ratio.toFixed(2)} (target ≤ 3)   edited: ${(median(samples.edited) / base).toFixed(2)}`);
rmSync(home, { recursive: true, force: true });
