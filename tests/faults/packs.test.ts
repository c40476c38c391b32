// The fault catalogue for instructor packs: every malicious or broken archive `latutor pack
// install` must refuse (links, devices, absolute paths, "..", duplicates, checksum mismatches,
// truncation, bombs, a bad manifest, an incompatible latutor), and a pack whose own code (a hidden
// spec) throws, hangs or allocates without end while a learner's file is graded. Each ends with a
// one-line message, exit 2 (the pack's fault, not the learner's), nothing installed or written
// anywhere else, and no pass awarded.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { newPackFiles } from "../../src/pack/template";
import type { GradeResult } from "../../src/grader/result";
import type { Run } from "../e2e/helpers";
import { craft, indexFor, maliciousArchives } from "../support/craft-archive";
import { changes, faultArea, machine, on, parseJson, snapshot, STACK_TRACE, type Machine } from "./harness";

const area = faultArea("packs");

/** A valid pack's files (path → text), from latutor pack new, with `edit` applied to its manifest. */
function packFiles(name: string, edit: (manifest: Record<string, any>) => void = () => {}): Record<string, string> {
  const files = Object.fromEntries(newPackFiles(name));
  const manifest = JSON.parse(files["course.json"]);
  edit(manifest);
  files["course.json"] = JSON.stringify(manifest, null, 2);
  return files;
}

const SPEC = "tests/specs/01-centroids/centroid.spec.ts";

/** An archive of a pack whose files are right but whose content is not acceptable. */
const archiveOf = (files: Record<string, string>, name = "evil-pack", version = "1.0.0") => craft(files, [], indexFor(files, name, version));

interface PackFault {
  name: string;
  archive: () => Buffer;
  /** Extra arguments to pack install. */
  args?: string[];
  says: RegExp;
}

const evil = (edit: (m: Record<string, any>) => void = () => {}) => packFiles("evil-pack", (m) => ((m.version = "1.0.0"), edit(m)));

const FAULTS: PackFault[] = [
  // The archive itself: what readArchive refuses before anything is written.
  ...maliciousArchives(evil()).map(([name, archive, says]): PackFault => ({ name, archive, says: new RegExp(`^latutor: not a valid latutor pack: .*${says.source}`) })),
  // A well-formed archive whose content may not be installed.
  { name: "a checksum other than the one asked for (--sha256)", archive: () => archiveOf(evil()), args: ["--sha256", "0".repeat(64)], says: /^latutor: .*its sha256 is [0-9a-f]{64}, not the 0{64} asked for: refusing to install it$/ },
  { name: "a manifest that is not valid", archive: () => archiveOf(evil((m) => (m.topics = "none"))), says: /^latutor: course\.json: topics\b/ },
  { name: "a pack for an incompatible latutor", archive: () => archiveOf(evil((m) => (m.latutor = ">=99"))), says: /^latutor: the pack evil-pack 1\.0\.0 needs latutor >=99, but this is latutor / },
  { name: "an index that disagrees with its manifest", archive: () => archiveOf(evil(), "other-pack", "9.9.9"), says: /^latutor: not a valid latutor pack: its index says other-pack 9\.9\.9 but course\.json says evil-pack 1\.0\.0$/ },
  {
    name: "a pack that takes the built-in course's name",
    archive: () => archiveOf(packFiles("latutor-core", (m) => (m.version = "1.0.0")), "latutor-core"),
    says: /^latutor: a pack may not be called latutor-core/,
  },
  {
    name: "a spec that imports a Node built-in",
    archive: () => {
      const files = evil();
      files[SPEC] = `import { readFileSync } from "node:fs";\nexport const stolen = readFileSync("/etc/hostname", "utf8");\n${files[SPEC]}`;
      return archiveOf(files);
    },
    says: /^latutor: the pack evil-pack does not compile: .*imports "node:fs": a pack's specs and references may import only latutor\/kit/,
  },
];

let m: Machine;
let archives: string;
const installs: Run[] = [];
let before: Map<string, string>;
let after: Map<string, string>;

/** Installs every archive of FAULTS (four at a time: each is a short latutor process). */
async function installAll() {
  archives = join(m.root, "archives");
  mkdirSync(archives);
  const env = { LATUTOR_HOME: join(m.root, "home", "latutor") };
  for (const [i, f] of FAULTS.entries()) writeFileSync(join(archives, `${i}.latpack`), f.archive());
  // latutor's own folders (its data home, its compile-cache key) may appear; no file may.
  before = snapshot(m.root, ["cache/latutor", "home/latutor", "runtime"]);
  for (let i = 0; i < FAULTS.length; i += 4) {
    const batch = FAULTS.slice(i, i + 4).map((f, k) => on(m)(["pack", "install", join(archives, `${i + k}.latpack`), ...(f.args ?? [])], archives, env));
    installs.push(...(await Promise.all(batch)));
  }
  after = snapshot(m.root, ["cache/latutor", "home/latutor", "runtime"]);
}

afterAll(() => {
  if (m) rmSync(m.root, { recursive: true, force: true });
});

// The two halves run side by side: the second mostly waits for a hung spec's time limit.
beforeAll(async () => {
  m = machine();
  mkdirSync(join(m.root, "runtime"));
  await Promise.all([installAll(), misbehave()]);
}, 300_000);

describe("packs: installing", () => {
  for (const [i, f] of FAULTS.entries()) {
    area(`${f.name}: latutor pack install is refused`, () => {
      const r = installs[i];
      expect(r.code, r.stderr).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).not.toMatch(STACK_TRACE);
      const lines = r.stderr.trim().split("\n");
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(f.says);
      // Nothing installed, nothing half-written, nothing anywhere else on the machine.
      const home = join(m.root, "home", "latutor");
      expect(existsSync(home) ? [...snapshot(home).keys()].filter((p) => !p.endsWith("/")) : []).toEqual([]);
      expect(changes(before, after)).toEqual([]);
    });
  }
});

/**
 * A pack whose hidden specs misbehave, one exercise each, beside an honest one; a learner's right
 * answer in every file. The pack's code runs in a worker thread latutor can stop.
 */
const RUNTIME: { exercise: string; name: string; check: string; says: RegExp }[] = [
  { exercise: "spec-throws", name: "a spec that throws", check: 'throw new TypeError("the spec has a bug");', says: /^centroid: the grader could not read the result \(the spec has a bug\)/ },
  { exercise: "spec-hangs", name: "a spec that never returns", check: "for (;;) {}", says: /^latutor could not grade spec-hangs: the pack's spec or reference did not finish within \d+ s$/ },
  {
    exercise: "spec-hoards",
    name: "a spec that allocates without end",
    check: "const hoard: number[][] = []; for (;;) hoard.push(new Array(1e6).fill(1));",
    says: /^latutor could not grade spec-hoards: the pack's spec or reference (ran out of memory|crashed|stopped|did not finish)/,
  },
];

let r: Run;
let results: GradeResult[];
let ws: string;
const answer = packFiles("x")["solutions/01-centroids/centroid.ts"];

/** Installs a pack whose specs misbehave (RUNTIME) and checks a learner's right answers in it. */
async function misbehave() {
  // Its own LATUTOR_HOME: the install half checks that nothing lands in the other one.
  const env = { LATUTOR_HOME: join(m.root, "runtime", "home") };
  const dir = join(m.root, "runtime", "fault-pack");
  const files = packFiles("fault-pack", (manifest) => {
    const topic = manifest.topics[0];
    const honest = topic.exercises[0];
    // Short limits: the pack's code gets the exercise's budget and a fixed margin.
    honest.budgetMs = 2000;
    for (const f of RUNTIME) topic.exercises.push({ ...honest, id: f.exercise, title: f.name });
  });
  for (const f of RUNTIME) {
    files[`exercises/01-centroids/${f.exercise}.ts`] = files["exercises/01-centroids/centroid.ts"];
    files[`solutions/01-centroids/${f.exercise}.ts`] = files["solutions/01-centroids/centroid.ts"];
    files[`tests/specs/01-centroids/${f.exercise}.spec.ts`] = files[SPEC].replace('exercise: "centroid"', `exercise: "${f.exercise}"`).replace("const close: Check = (got, { args, expected }) => {", `const close: Check = (got, { args, expected }) => {\n  ${f.check}`);
  }
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, ".."), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  const install = await on(m)(["pack", "install", dir], m.root, env);
  if (install.code !== 0) throw new Error(`the fault pack did not install: ${install.stderr}`);
  ws = join(m.root, "runtime", "ws");
  const init = await on(m)(["init", ws, "--pack", "fault-pack"], m.root, env);
  if (init.code !== 0) throw new Error(`init --pack failed: ${init.stderr}`);
  for (const id of ["centroid", ...RUNTIME.map((f) => f.exercise)]) writeFileSync(join(ws, `exercises/01-centroids/${id}.ts`), answer);
  const t = Date.now();
  r = await on(m)(["check", "--all", "--json"], ws, env);
  if (process.env.FAULTS_DEBUG) process.stderr.write(`pack check --all: ${Date.now() - t} ms\n${r.stdout.slice(0, 3000)}\n`);
  results = parseJson<{ results: GradeResult[] }>(r).results;
}

describe("packs: their own code misbehaving", () => {
  for (const f of RUNTIME) {
    area(`${f.name}: latutor check --all`, () => {
      // A pack's own failure is a set-up error (exit 2), reported beside every other exercise.
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(results.map((x) => x.exercise)).toEqual(["centroid", ...RUNTIME.map((x) => x.exercise)]);
      const mine = results.find((x) => x.exercise === f.exercise)!;
      expect(mine.passed).toBe(false);
      const messages = [mine.problem?.message, ...mine.cases.filter((c) => !c.passed).map((c) => c.message)].filter(Boolean) as string[];
      expect(messages.some((x) => f.says.test(x)), messages.slice(0, 3).join("\n")).toBe(true);
      // The honest exercise beside it was graded, and passed.
      expect(results.find((x) => x.exercise === "centroid")?.passed).toBe(true);
      // The learner's file is untouched, and latutor's failure is not counted as an attempt of theirs.
      expect(readFileSync(join(ws, `exercises/01-centroids/${f.exercise}.ts`), "utf8")).toBe(answer);
      const state = JSON.parse(readFileSync(join(ws, ".latutor/state.json"), "utf8"));
      if (mine.problem?.kind === "internal") expect(state.exercises[f.exercise]?.attempts ?? 0).toBe(0);
    });
  }
});
