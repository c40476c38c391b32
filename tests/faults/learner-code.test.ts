// The fault suite for learner code: whatever an exercise file does (loops, allocates, exits,
// patches built-ins, returns things that are not data, imports what it may not, tries to reach
// Node, the disk, a process or the network, prints a fake verdict) ends as a clean failure of
// that case or that exercise: exit 1, one JSON object, a message that says what happened, no
// pass, the other exports' and exercises' cases still graded, the learner's file untouched and
// nothing written outside the workspace. The faults themselves are in learner-catalogue.ts.
//
// For speed, each fault is one exercise's file (or one export of it: the other exports are the
// reference, copied into exercises/ as the learner's own file, and must still pass), and a whole
// workspace of faults is graded by one `latutor check --all --json`. Two workspaces run side by side.
import { builtinModules } from "node:module";
import { lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { basename, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileLearnerFile } from "../../src/grader/compile";
import type { GradeResult } from "../../src/grader/result";
import { ROOT, type Run } from "../e2e/helpers";
import { course } from "../support/grade-file";
import { changes, faultArea, machine, on, parseJson, snapshot, STACK_TRACE } from "./harness";
import { CONTROL, FAULTS, type LearnerFault, type Setting } from "./learner-catalogue";


interface Graded {
  setting: Setting;
  run: Run;
  /** Run 2 only: the same workspace checked again for a terminal (the report, and --all). */
  human?: { one: Run; all: Run };
  json: { results: GradeResult[]; passed: boolean };
  /** Every learner file written, with its content (or link target). */
  files: Map<string, string>;
  outsideBefore: Map<string, string>;
  outsideAfter: Map<string, string>;
  workspaceBefore: Map<string, string>;
  workspaceAfter: Map<string, string>;
}

const exerciseOf = (id: string) => {
  const e = course.exercises.find((x) => x.id === id);
  if (!e) throw new Error(`the fault table names an exercise the course does not have: ${id}`);
  return e;
};

/** A reference solution, copied into exercises/ beside the learner's file, as the learner's own. */
const refCopy = (id: string) => `_ref-${id}.ts`;

function writeFaults(s: Setting, run: 1 | 2): Map<string, string> {
  const files = new Map<string, string>();
  const byExercise = new Map<string, LearnerFault[]>();
  for (const f of FAULTS.filter((x) => x.run === run)) byExercise.set(f.exercise, [...(byExercise.get(f.exercise) ?? []), f]);
  for (const [id, faults] of byExercise) {
    const e = exerciseOf(id);
    const file = join(s.ws, e.workspacePath);
    const whole = faults.filter((f) => !f.call);
    if (whole.length > 1 || (whole.length && faults.length > 1)) throw new Error(`${id}: a whole-file fault must be the only fault of its exercise`);
    let text: string;
    if (whole.length) text = whole[0].source(s);
    else {
      const reference = readFileSync(join(ROOT, e.solution), "utf8");
      if (/^import /m.test(reference)) throw new Error(`${id}: its reference imports other files; give it whole-file faults only`);
      writeFileSync(join(dirname(file), refCopy(id)), reference);
      files.set(join(dirname(file), refCopy(id)), reference);
      const faulty = faults.map((f) => f.call!);
      const honest = e.exports.filter((x) => !faulty.includes(x));
      text = `import * as ref from "./${refCopy(id).replace(/\.ts$/, "")}";\n${honest.length ? `export { ${honest.join(", ")} } from "./${refCopy(id).replace(/\.ts$/, "")}";\n` : ""}${faults.map((f) => f.source(s)).join("\n")}`;
    }
    writeFileSync(file, text);
    for (const f of faults) f.setup?.(s, file);
    const st = lstatSync(file);
    files.set(file, st.isSymbolicLink() ? `-> ${readlinkSync(file)}` : readFileSync(file, "utf8"));
  }
  if (run === CONTROL.run) {
    const e = exerciseOf(CONTROL.exercise);
    if (byExercise.has(e.id)) throw new Error("the control exercise must hold no fault");
    const text = readFileSync(join(ROOT, e.solution), "utf8");
    writeFileSync(join(s.ws, e.workspacePath), text);
    files.set(join(s.ws, e.workspacePath), text);
  }
  return files;
}

const area = faultArea("learner code");
const graded = new Map<1 | 2, Graded>();
const machines: string[] = [];
let server: Server;
let connections = 0;

beforeAll(async () => {
  server = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await Promise.all(
    ([1, 2] as const).map(async (run) => {
      const m = machine();
      machines.push(m.root);
      const ws = join(m.root, `ws${run}`);
      const latutor = on(m);
      const init = await latutor(["init", ws], m.root);
      if (init.code !== 0) throw new Error(`latutor init failed: ${init.stderr}`);
      const setting: Setting = { machine: m, ws, port };
      const files = writeFaults(setting, run);
      // latutor's own writes: the compile cache key (in the cache folder) and the workspace's .latutor/.
      const outsideSkip = [basename(ws), "cache/latutor"];
      const outsideBefore = snapshot(m.root, outsideSkip);
      const workspaceBefore = snapshot(ws, [".latutor"]);
      const started = Date.now();
      const r = await latutor(["check", "--all", "--json"], ws);
      debug(run, r, Date.now() - started);
      const outsideAfter = snapshot(m.root, outsideSkip);
      const workspaceAfter = snapshot(ws, [".latutor"]);
      // While run 1 waits out its time limits: the human report of the fake verdicts.
      const human = run === 2 ? { one: await latutor(["check", "image-filters"], ws), all: await latutor(["check", "--all"], ws) } : undefined;
      graded.set(run, { setting, run: r, json: parseJson(r), human, files, outsideBefore, outsideAfter, workspaceBefore, workspaceAfter });
    }),
  );
}, 300_000);

afterAll(() => {
  server?.close();
  for (const root of machines) rmSync(root, { recursive: true, force: true });
});

/** FAULTS_DEBUG=<folder>: each run's JSON is kept there, and its time per exercise printed. */
function debug(run: number, r: Run, ms: number) {
  const folder = process.env.FAULTS_DEBUG;
  if (!folder) return;
  writeFileSync(join(folder, `run${run}.json`), r.stdout);
  const results = (JSON.parse(r.stdout) as { results: GradeResult[] }).results;
  process.stderr.write(`run ${run}: ${ms} ms\n${results.map((x) => `  ${x.exercise} ${Math.round(x.durationMs)} ms`).join("\n")}\n${r.stderr}\n`);
}

/** What holds for every fault of a run: the run itself ended cleanly and wrote nothing it should not. */
function runEndedCleanly(g: Graded) {
  // Exit 2 would mean latutor itself failed on an exercise: say which, and why.
  const internal = g.json.results.filter((r) => r.problem?.kind === "internal").map((r) => `${r.exercise}: ${r.problem!.message}`);
  expect(g.run.code, [...internal, g.run.stderr.slice(0, 2000)].join("\n")).toBe(1);
  expect(g.run.stderr).not.toMatch(STACK_TRACE);
  expect(g.json.passed).toBe(false);
  expect(g.json.results.map((r) => r.exercise)).toEqual(course.exercises.map((e) => e.id));
  expect(changes(g.outsideBefore, g.outsideAfter), "written outside the workspace").toEqual([]);
  expect(changes(g.workspaceBefore, g.workspaceAfter), "changed in the workspace outside .latutor/").toEqual([]);
  for (const [file, text] of g.files) {
    const st = lstatSync(file);
    expect(st.isSymbolicLink() ? `-> ${readlinkSync(file)}` : readFileSync(file, "utf8"), `${file} changed`).toBe(text);
  }
  expect(connections, "connections reached the test's server").toBe(0);
}

describe("learner code", () => {
  for (const f of FAULTS) {
    area(`${f.name} (${f.exercise}${f.call ? `: ${f.call}` : ""})`, () => {
      const g = graded.get(f.run)!;
      runEndedCleanly(g);
      const r = g.json.results.find((x) => x.exercise === f.exercise)!;
      expect(r.passed, `${f.exercise} passed`).toBe(false);
      const mine = f.call ? r.cases.filter((c) => c.call === f.call) : r.cases;
      expect(mine.length, "cases of the faulty code").toBeGreaterThan(0);
      // No ordinary case was won (a thrown Error may satisfy a case that expects a throw).
      expect(mine.filter((c) => c.passed && c.kind !== "throws").map((c) => c.name)).toEqual([]);
      const messages = [r.problem?.message, ...mine.filter((c) => !c.passed).map((c) => c.message)].filter((m): m is string => Boolean(m));
      expect(messages.some((m) => f.says.test(m)), `no message matches ${f.says}:\n${messages.slice(0, 4).join("\n")}`).toBe(true);
      // The exports beside a fault are the reference's: every one of their cases was still graded, and passed.
      const honest = exerciseOf(f.exercise).exports.filter((x) => f.call && !FAULTS.some((y) => y.exercise === f.exercise && y.call === x));
      for (const call of honest) {
        const theirs = r.cases.filter((c) => c.call === call);
        expect(theirs.length, `cases of ${call}`).toBeGreaterThan(0);
        expect(theirs.filter((c) => !c.passed).map((c) => `${c.name}: ${c.message}`)).toEqual([]);
      }
      f.also?.(r, g.setting);
    });
  }

  area("importing any Node built-in, by either name", async () => {
    const m = machine();
    machines.push(m.root);
    const dir = join(m.root, "exercises");
    mkdirSync(dir);
    const names = [...new Set([...builtinModules, ...builtinModules.map((n) => `node:${n}`), "node:test"])].filter((n) => !n.startsWith("node:node:"));
    expect(names.length).toBeGreaterThan(100);
    const refused: string[] = [];
    for (const [i, name] of names.entries()) {
      const entry = join(dir, `b${i}.ts`);
      writeFileSync(entry, `import * as m from ${JSON.stringify(name)};\nexport const f = () => m;\n`);
      const out = await compileLearnerFile({ entry, allowedRoot: dir, displayRoot: m.root });
      if (!out.ok && out.problem.kind === "import-refused" && out.problem.message.startsWith(`import "${name}" refused`)) refused.push(name);
    }
    expect(names.filter((n) => !refused.includes(n))).toEqual([]);
  });

  it("the control exercise (a reference in place of the learner's file) passes in the same run", () => {
    const r = graded.get(CONTROL.run)!.json.results.find((x) => x.exercise === CONTROL.exercise)!;
    expect(r.passed, JSON.stringify(r.cases.filter((c) => !c.passed)).slice(0, 500)).toBe(true);
  });
});

describe("what a learner's code prints or throws cannot draw on the terminal", () => {
  area("a fake verdict, escape sequences and a fake JSON report, in the human report", () => {
    const { one, all } = graded.get(2)!.human!;
    expect(one.code).toBe(1);
    expect(one.stdout).not.toMatch(/[\u001b\u009b\u202e\r]/);
    expect(one.stdout).toContain("␛[2J");
    expect(one.stdout.split("\n").filter((l) => l.startsWith("✓"))).toEqual([]);
    expect(all.code).toBe(1);
    expect(all.stdout).not.toMatch(/[\u001b\u009b\u202e\r]/);
    expect(all.stdout.split("\n").filter((l) => /^✓ (image-filters|qr-algorithm|pagerank)/.test(l))).toEqual([]);
    expect(all.stdout).toMatch(/^✓ cholesky/m);
  });
});
