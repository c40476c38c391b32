// The fault catalogue for a workspace's progress (.latutor/state.json): a corrupt, truncated,
// empty, oversized, future-version or unwritable file, a folder or a lock where a file should be,
// many latutor processes at once, and processes killed at random points while they write. Each
// ends with a clear one-line message, the right exit code, nothing lost (a state set aside is kept
// whole in .latutor/backups, a state latutor cannot use is left as it was) and the learner's file
// untouched; progress is always the old version or the new one, never a broken one.
import { execFile, spawn } from "node:child_process";
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { readState, statePath, STATE_VERSION } from "../../src/workspace/state";
import { BIN, ROOT, type Run } from "../e2e/helpers";
import { faultArea, machine, on, parseJson, STACK_TRACE, type Machine } from "./harness";

const area = faultArea("state");
const EXERCISE = "vector-arithmetic";
const FILE = "exercises/01-vectors/vector-arithmetic.ts";
/** A wrong answer (every check of it is an attempt, recorded), and a right one. */
const WRONG = `export const add = () => [], subtract = () => [], scale = () => [], hadamard = () => [], dot = () => 0;\n`;

let m: Machine;
/** A workspace made once, with some progress in it; each fault works on a copy. */
let template: string;
let copies = 0;

beforeAll(async () => {
  m = machine();
  template = join(m.root, "template");
  const init = await on(m)(["init", template], m.root);
  expect(init.code, init.stderr).toBe(0);
  writeFileSync(join(template, FILE), WRONG);
  expect((await on(m)(["next"], template)).code).toBe(0);
  expect((await on(m)(["check", EXERCISE, "--json"], template)).code).toBe(1);
  expect(readState(template).state.exercises[EXERCISE]?.attempts).toBe(1);
});

afterAll(() => {
  if (!m) return;
  // Undo the read-only folders so that the machine can be removed.
  chmodSync(m.root, 0o755);
  rmSync(m.root, { recursive: true, force: true });
});

function workspace(): string {
  const ws = join(m.root, `ws${++copies}`);
  cpSync(template, ws, { recursive: true });
  return ws;
}

const stateText = (ws: string) => readFileSync(statePath(ws), "utf8");
const backups = (ws: string) => (existsSync(join(ws, ".latutor/backups")) ? readdirSync(join(ws, ".latutor/backups")) : []);
const lines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");
const leftovers = (ws: string) => readdirSync(join(ws, ".latutor")).filter((f) => f.endsWith(".tmp") || f === "state.lock");

/** Not running as root, or running as root: then this user, who cannot ignore a file's mode. */
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/** latutor as a user without write access to read-only files (root ignores modes: run as nobody). */
function latutorAsUser(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...m.env, NO_COLOR: "1" };
    delete env.FORCE_COLOR;
    execFile(process.execPath, [BIN, ...args], { cwd, env, timeout: 120_000, ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}) }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === "number" ? (error as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Lets the user latutorAsUser runs as read and write the machine, except what a fault locks. */
function openToUser(dir: string) {
  if (!asRoot) return;
  chmodSync(m.root, 0o777);
  for (const sub of ["home", "cache", "tmp"]) chmodSync(join(m.root, sub), 0o777);
  const walk = (d: string) => {
    chmodSync(d, 0o777);
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.isFile()) chmodSync(join(d, e.name), 0o666);
    }
  };
  walk(dir);
  if (existsSync(join(m.env.XDG_CACHE_HOME, "latutor"))) walk(join(m.env.XDG_CACHE_HOME, "latutor"));
}

interface StateFault {
  name: string;
  /** Puts the fault in place in a copy of a workspace with some progress. */
  setup: (ws: string) => void;
  command: string[];
  /** Run as a user that read-only files stop (see latutorAsUser). */
  asUser?: boolean;
  code: number;
  /** stderr: exactly one line, matching this. */
  says: RegExp;
  /** What becomes of the state file. */
  state: "set aside" | "left as it was" | "recorded";
}

const corrupt = (text: string | Buffer) => (ws: string) => writeFileSync(statePath(ws), text);

const FAULTS: StateFault[] = [
  { name: "a corrupt state file (not JSON)", setup: corrupt("{ this is not json \u0000\u00ff"), command: ["check", EXERCISE, "--json"], code: 1, says: /^warning: \.latutor\/state\.json was unreadable; it was moved aside to \.latutor\/backups\/state\.json\.corrupt-/, state: "set aside" },
  {
    name: "a truncated state file",
    setup: (ws) => writeFileSync(statePath(ws), stateText(ws).slice(0, Math.floor(stateText(ws).length / 2))),
    command: ["check", EXERCISE, "--json"],
    code: 1,
    says: /^warning: \.latutor\/state\.json was unreadable; it was moved aside/,
    state: "set aside",
  },
  { name: "an empty state file", setup: corrupt(""), command: ["check", EXERCISE, "--json"], code: 1, says: /^warning: \.latutor\/state\.json was unreadable; it was moved aside/, state: "set aside" },
  {
    name: "a state file of the wrong shape (JSON, not a state)",
    setup: corrupt(JSON.stringify({ version: STATE_VERSION, lessonsRead: "all of them", exercises: [] })),
    command: ["next"],
    code: 0,
    says: /^warning: \.latutor\/state\.json was unreadable; it was moved aside/,
    state: "set aside",
  },
  {
    name: "a state file written by a newer latutor (check)",
    setup: corrupt(JSON.stringify({ version: STATE_VERSION + 1, lessonsRead: [], exercises: {}, somethingNew: true })),
    command: ["check", EXERCISE, "--json"],
    code: 2,
    says: /^latutor: \.latutor\/state\.json was written by a newer latutor \(state format \d+; this one reads \d+\): upgrade latutor \(a copy is in \.latutor\/backups\/state\.json\.newer-/,
    state: "left as it was",
  },
  {
    name: "a state file written by a newer latutor (next)",
    setup: corrupt(JSON.stringify({ version: STATE_VERSION + 1, lessonsRead: [], exercises: {} })),
    command: ["next"],
    code: 2,
    says: /^latutor: \.latutor\/state\.json was written by a newer latutor/,
    state: "left as it was",
  },
  {
    name: "a state file larger than 20 MB",
    setup: corrupt(`{"version":${STATE_VERSION},"pad":"${"x".repeat(21_000_000)}"}`),
    command: ["check", EXERCISE, "--json"],
    code: 2,
    says: /^latutor: \.latutor\/state\.json is larger than 20 MB/,
    state: "left as it was",
  },
  {
    name: "a folder in place of the state file",
    setup: (ws) => {
      rmSync(statePath(ws));
      mkdirSync(statePath(ws));
    },
    command: ["check", EXERCISE, "--json"],
    code: 2,
    says: /^latutor: \.latutor\/state\.json is not a regular file/,
    state: "left as it was",
  },
  {
    name: "an unwritable state (check still reports its verdict)",
    setup: (ws) => {
      openToUser(ws);
      chmodSync(statePath(ws), 0o444);
      chmodSync(join(ws, ".latutor"), 0o555);
    },
    asUser: true,
    command: ["check", EXERCISE, "--json"],
    code: 1,
    says: /^warning: your progress was not recorded: latutor cannot read or write its progress in \.latutor\/ \((EACCES|EPERM)\)/,
    state: "left as it was",
  },
  {
    name: "an unwritable state (next)",
    setup: (ws) => {
      openToUser(ws);
      chmodSync(statePath(ws), 0o444);
      chmodSync(join(ws, ".latutor"), 0o555);
    },
    asUser: true,
    command: ["next"],
    code: 2,
    says: /^latutor: latutor cannot read or write its progress in \.latutor\/ \((EACCES|EPERM)\): make that folder yours and writable/,
    state: "left as it was",
  },
  {
    name: "a folder in place of the lock",
    setup: (ws) => mkdirSync(join(ws, ".latutor/state.lock")),
    command: ["check", EXERCISE, "--json"],
    code: 1,
    says: /^warning: your progress was not recorded: .*state\.lock is not a lock file latutor made/,
    state: "left as it was",
  },
  {
    name: "a lock left by a process that died",
    setup: (ws) => writeFileSync(join(ws, ".latutor/state.lock"), "999999"),
    command: ["check", EXERCISE, "--json"],
    code: 1,
    says: /^$/,
    state: "recorded",
  },
  {
    name: "an empty lock (its maker killed before it wrote its pid)",
    setup: (ws) => {
      const lock = join(ws, ".latutor/state.lock");
      writeFileSync(lock, "");
      const past = new Date(Date.now() - 10_000);
      utimesSync(lock, past, past);
    },
    command: ["check", EXERCISE, "--json"],
    code: 1,
    says: /^$/,
    state: "recorded",
  },
  {
    name: "a forged state.json and a lock dated in the future",
    setup: (ws) => {
      const forged = JSON.parse(stateText(ws));
      // Forged fields of the wrong type are dropped, never trusted.
      forged.exercises[EXERCISE] = { status: "attempted", attempts: 1, bestScore: "100%", hintsShown: null, challengesMet: 5, lastSeed: "x" };
      writeFileSync(statePath(ws), JSON.stringify(forged));
      const lock = join(ws, ".latutor/state.lock");
      writeFileSync(lock, "1");
      const future = new Date("2030-01-01T00:00:00Z");
      utimesSync(lock, future, future);
    },
    command: ["check", EXERCISE, "--json"],
    code: 1,
    says: /^$/,
    state: "recorded",
  },
];

describe("state", () => {
  for (const f of FAULTS) {
    area(`${f.name}: latutor ${f.command.join(" ")}`, async () => {
      const ws = workspace();
      const learnerFile = readFileSync(join(ws, FILE), "utf8");
      f.setup(ws);
      const before = lstatSync(statePath(ws)).isFile() ? readFileSync(statePath(ws), "latin1") : "(a folder)";
      const r = f.asUser ? await latutorAsUser(f.command, ws) : await on(m)(f.command, ws);
      expect(r.code, r.stderr).toBe(f.code);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      const said = lines(r.stderr);
      if (f.says.source === "^$") expect(said).toEqual([]);
      else {
        expect(said, r.stderr).toHaveLength(1);
        expect(said[0]).toMatch(f.says);
      }
      // A check's verdict reaches its reader whatever became of the progress.
      if (f.command[0] === "check" && f.code !== 2) expect(parseJson<{ exercise: string; passed: boolean }>(r)).toMatchObject({ exercise: EXERCISE, passed: false });
      if (f.state === "set aside") {
        const kept = backups(ws).filter((b) => b.includes("corrupt"));
        expect(kept).toHaveLength(1);
        expect(readFileSync(join(ws, ".latutor/backups", kept[0]), "latin1")).toBe(before);
        expect(readState(ws).warning).toBeUndefined();
        expect(existsSync(statePath(ws)) ? readFileSync(statePath(ws), "latin1") : "", "the unreadable file still in place").not.toBe(before);
      } else if (f.state === "left as it was") {
        expect(lstatSync(statePath(ws)).isFile() ? readFileSync(statePath(ws), "latin1") : "(a folder)").toBe(before);
      } else {
        const { state, warning } = readState(ws);
        expect(warning).toBeUndefined();
        expect(state.exercises[EXERCISE]).toMatchObject({ status: "attempted", attempts: 2, bestScore: expect.any(Number), hintsShown: 0 });
        expect(state.exercises[EXERCISE].lastSeed).toEqual(expect.any(Number));
      }
      if (!f.asUser) expect(leftovers(ws)).toEqual(f.name.includes("folder in place of the lock") ? ["state.lock"] : []);
      expect(readFileSync(join(ws, FILE), "utf8")).toBe(learnerFile);
    });
  }

  area("many checks, lessons and nexts at once lose no update", async () => {
    const ws = workspace();
    writeFileSync(join(ws, "exercises/01-vectors/norms.ts"), "export const norm1 = () => 0, norm2 = () => 0, normInf = () => 0, normalize = () => [];\n");
    const learnerFile = readFileSync(join(ws, FILE), "utf8");
    const latutor = on(m);
    // Each of these adds something of its own to the progress: an attempt, or a lesson read.
    const topics = ["03-matrices", "04-transformations", "05-matrix-types", "06-elimination"];
    const adding = [
      ...Array.from({ length: 4 }, () => ["check", EXERCISE, "--json"]),
      ...Array.from({ length: 2 }, () => ["check", "norms", "--json"]),
      ...topics.map((t) => ["lesson", t]),
    ];
    const all = [...adding, ["next"], ["next"]];
    const runs = await Promise.all(all.map((args) => latutor(args, ws)));
    for (const [i, r] of runs.entries()) {
      expect(r.code, `latutor ${all[i].join(" ")}: ${r.stderr}`).toBe(i < 6 ? 1 : 0);
      expect(r.stderr, `process ${i}`).toBe("");
    }
    const { state, warning } = readState(ws);
    expect(warning).toBeUndefined();
    // The template's one check, and every one of these.
    expect(state.exercises[EXERCISE].attempts).toBe(1 + 4);
    expect(state.exercises.norms.attempts).toBe(2);
    expect(state.lessonsRead).toEqual(expect.arrayContaining(["00-welcome", ...topics]));
    expect(leftovers(ws)).toEqual([]);
    expect(readFileSync(join(ws, FILE), "utf8")).toBe(learnerFile);
  });

  area("a writer killed at random points, 25 times: the state is always the old or the new version", async () => {
    const ws = workspace();
    // A process that does nothing but update the state, the way every command does (updateState),
    // with a state large enough that a kill often lands inside a write.
    const dir = join(m.root, "writer");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "writer.ts"),
      `import { writeSync } from "node:fs";
      import { updateState } from ${JSON.stringify(join(ROOT, "src/workspace/state.ts"))};
      const root = process.argv[2];
      writeSync(1, "ready\\n");
      for (;;) {
        updateState(root, (s) => {
          const next = (s.exercises["e0"]?.attempts ?? 0) + 1;
          for (let i = 0; i < 400; i++) s.exercises["e" + i] = { status: "attempted", attempts: next, bestScore: 0.5, hintsShown: 1, lastCheckedAt: new Date().toISOString() };
        });
        writeSync(1, "wrote\\n");
      }`,
    );
    const { execFileSync } = await import("node:child_process");
    execFileSync(join(ROOT, "node_modules/.bin/esbuild"), [join(dir, "writer.ts"), "--bundle", "--platform=node", "--format=esm", `--outfile=${join(dir, "writer.mjs")}`, "--log-level=error"]);
    let last = 0;
    const torn = new Set<string>();
    for (let round = 0; round < 25; round++) {
      const child = spawn(process.execPath, [join(dir, "writer.mjs"), ws], { stdio: ["ignore", "pipe", "inherit"] });
      // The kill comes after a random number of the writer's writes (0 to 3), then a random few
      // milliseconds: counted in writes, not in time, so that a slow machine moves it on too.
      const writes = Math.floor(Math.random() * 4);
      await new Promise<void>((resolve) => {
        let seen = -1;
        child.stdout.on("data", (chunk: Buffer) => {
          seen += chunk.toString().split("\n").filter(Boolean).length;
          if (seen >= writes) resolve();
        });
      });
      await new Promise((r) => setTimeout(r, Math.random() * 8));
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
      const { state, warning } = readState(ws);
      expect(warning, `round ${round}`).toBeUndefined();
      const counts = new Set(Object.keys(state.exercises).filter((k) => /^e\d+$/.test(k)).map((k) => state.exercises[k].attempts));
      // One write is one version: every entry carries the same count, and counts only grow.
      expect(counts.size, `round ${round}: entries from different writes`).toBeLessThanOrEqual(1);
      const now = [...counts][0] ?? 0;
      expect(now, `round ${round}`).toBeGreaterThanOrEqual(last);
      last = now;
      for (const f of readdirSync(join(ws, ".latutor"))) if (f.endsWith(".tmp")) torn.add(f);
    }
    expect(last, "the writer never got to write").toBeGreaterThan(0);
    // latutor itself still works on what the kills left (a stale lock, half-written temporary files).
    const r = await on(m)(["check", EXERCISE, "--json"], ws);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe("");
    expect(readState(ws).state.exercises[EXERCISE].attempts).toBe(2);
    expect(readState(ws).state.exercises.e0.attempts).toBe(last);
    // The half-written temporary files of killed writers are swept away by the next write.
    expect(leftovers(ws)).toEqual([]);
    process.stderr.write(`fault suite (state): ${last} writes made it through 25 kills; ${torn.size} kills landed inside a write\n`);
  }, 180_000);

  area("latutor check killed at random points, 8 times: the state is always the old or the new version", async () => {
    const ws = workspace();
    let attempts = readState(ws).state.exercises[EXERCISE].attempts;
    for (let round = 0; round < 8; round++) {
      const child = spawn(process.execPath, [BIN, "check", EXERCISE, "--json"], { cwd: ws, env: { ...process.env, ...m.env, NO_COLOR: "1" }, stdio: "ignore" });
      const exited = new Promise((resolve) => child.once("exit", resolve));
      setTimeout(() => child.kill("SIGKILL"), 100 + Math.random() * 900);
      await exited;
      const { state, warning } = readState(ws);
      expect(warning, `round ${round}`).toBeUndefined();
      const now = state.exercises[EXERCISE].attempts;
      expect([attempts, attempts + 1], `round ${round}`).toContain(now);
      attempts = now;
    }
    const r = await on(m)(["check", EXERCISE, "--json"], ws);
    expect(r.code, r.stderr).toBe(1);
    expect(readState(ws).state.exercises[EXERCISE].attempts).toBe(attempts + 1);
  });
});
