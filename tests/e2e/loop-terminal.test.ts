// watch's keys and the menu, at a real (pseudo-)terminal, the way a learner meets them.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, latutor, ROOT, tempDir } from "./helpers";
import { openPty, ptyTool, terminalEnv, terminalRestored, type Pty } from "./loop-pty";

if (ptyTool.kind === "none") console.warn(`skipping the terminal tests: ${ptyTool.why}`);
const withPty = ptyTool.kind === "none" ? describe.skip : describe;

const solution = readFileSync(join(ROOT, "solutions/01-vectors/norms.ts"), "utf8");
const wrong = solution.replace("export function norm1(v: Vector): number {", "export function norm1(v: Vector): number {\n  return 42;");
const node = JSON.stringify(process.execPath);
const bin = JSON.stringify(BIN);

let open: Pty[] = [];
afterEach(() => {
  for (const p of open) p.kill(); // never leave a watcher behind
  open = [];
});

/** A workspace whose learner has read lessons 00 and 01 (current: vector-arithmetic). */
async function workspace(): Promise<string> {
  const ws = join(tempDir(), "ws");
  await latutor(["init", ws], join(ws, ".."));
  await latutor(["next"], ws);
  await latutor(["next"], ws);
  return ws;
}

/** The program, then its exit code and the terminal's settings, in one pty. */
function run(args: string, cwd: string): Pty {
  const p = openPty(`${node} ${bin} ${args}; echo "EXIT=$?"; stty -a`, cwd, terminalEnv());
  open.push(p);
  return p;
}

withPty(`latutor watch at a terminal (through ${ptyTool.kind})`, () => {
  it("shows both verdicts of a wrong then a right save, answers every key, and Ctrl-C gives the terminal back", async () => {
    const ws = await workspace();
    const file = join(ws, "exercises/01-vectors/norms.ts");
    const t = run("watch norms --no-plot", ws);
    await t.waitFor(/✗ norms failed[^]*x reset · q quit/);

    const key = async (k: string, expected: RegExp) => {
      t.mark();
      t.type(k);
      await t.waitFor(expected);
    };
    await key("n", /n moves on once norms passes/);
    await key("s", /The solution shows once norms passes/);
    await key("h", /Hint 1 of 3 \(norms\)/);
    await key("h", /Hint 2 of 3 \(norms\)/);
    await key("l", /01-vectors[^]*norms ◀[^]*exercises passed/);
    await key("c", /going-deeper challenges|Going deeper/);
    await key("?", /Keys:[^]*x {2}reset/);
    await key("x", /Reset exercises\/01-vectors\/norms\.ts to the original stub\?/);
    await key("k", /Nothing changed\./);

    t.mark();
    writeFileSync(file, wrong);
    await t.waitFor(/✗ norms failed/);
    t.mark();
    writeFileSync(file, solution);
    await t.waitFor(/✓ norms passed[^]*n next/);

    await key("s", /Reference solution of norms[^]*export function norm2/);
    await key("r", /✓ norms passed/);
    await key("x", /original stub\?/);
    await key("y", /✗ norms failed[^]*is the original stub again; your version is at \.latutor\/backups\/norms\.ts\.reset-/);
    expect(readFileSync(file, "utf8")).toContain('throw new Error("TODO');

    t.mark();
    writeFileSync(file, solution);
    await t.waitFor(/✓ norms passed/);
    await key("n", /Exercise vector-arithmetic/);

    await key("\u0003", /Stopped watching\.[^]*EXIT=0/);
    await t.waitFor(/EXIT=0[^]*icanon/);
    expect(await t.exited).toBe(0);
    const after = t.output().slice(t.output().lastIndexOf("EXIT=0"));
    expect(terminalRestored(after)).toBe(true);
  });

  it("q quits and gives the terminal back too", async () => {
    const ws = await workspace();
    const t = run("watch norms --no-plot", ws);
    await t.waitFor(/✗ norms failed[^]*q quit/);
    t.mark();
    t.type("q");
    await t.waitFor(/EXIT=0[^]*icanon/);
    expect(terminalRestored(t.since().slice(t.since().indexOf("EXIT=0")))).toBe(true);
  });
});

withPty(`latutor with no arguments at a terminal (through ${ptyTool.kind})`, () => {
  const down = "\u001b[B";

  it("outside a workspace: the menu reads a lesson, and Ctrl-C leaves cleanly", async () => {
    const dir = tempDir();
    const t = run("", dir);
    await t.waitFor(/what next\?[^]*Start the course/);
    t.mark();
    t.type(down);
    await new Promise((r) => setTimeout(r, 300));
    t.type("\r");
    await t.waitFor(/Which lesson\?/);
    t.mark();
    t.type("\r");
    await t.waitFor(/Welcome[^]*what next\?/);
    t.mark();
    t.type("\u0003");
    await t.waitFor(/EXIT=0[^]*icanon/);
    expect(terminalRestored(t.since())).toBe(true);
  });

  it("in a workspace: progress from the menu, then Quit", async () => {
    const ws = await workspace();
    const t = run("", ws);
    await t.waitFor(/what next\?[^]*Continue: exercise vector-arithmetic/);
    t.mark();
    for (let i = 0; i < 5; i++) {
      t.type(down);
      await new Promise((r) => setTimeout(r, 150));
    }
    t.type("\r");
    await t.waitFor(/Your progress through[^]*Next:[^]*what next\?/);
    t.mark();
    for (let i = 0; i < 9; i++) {
      t.type(down);
      await new Promise((r) => setTimeout(r, 150));
    }
    t.type("\r");
    await t.waitFor(/EXIT=0[^]*icanon/);
    expect(terminalRestored(t.since())).toBe(true);
  });
});
