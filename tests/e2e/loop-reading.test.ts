// Reading comfort, the menu without a terminal, completion and latutor with no arguments.
import { execFileSync } from "node:child_process";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, latutor, tempDir } from "./helpers";

let ws: string;
beforeAll(async () => {
  ws = join(tempDir(), "ws");
  await latutor(["init", ws], join(ws, ".."));
});

describe("reading comfort", () => {
  it("notation prints the cheat sheet alone", async () => {
    const r = await latutor(["notation"], tempDir());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/A notation cheat sheet/);
    expect(r.stdout).toMatch(/ℝⁿ/);
    expect(r.stdout).not.toMatch(/How latutor works/);
    expect(r.stdout).toMatch(/latutor lesson 00-welcome --section notation/);
  });

  it("lessons wrap to the width they are given, and --no-pager prints them", async () => {
    const r = await latutor(["lesson", "01", "--no-pager"], ws, { COLUMNS: "50" });
    expect(r.code).toBe(0);
    const prose = r.stdout.split("\n").filter((l) => !l.startsWith("    "));
    expect(prose.length).toBeGreaterThan(50);
    for (const line of prose) expect(line.length).toBeLessThan(50);
  });

  it("open runs $VISUAL or $EDITOR on the exercise's file, and says how to set one when none is", async () => {
    const dir = tempDir();
    const editor = join(dir, "editor");
    const log = join(dir, "log");
    writeFileSync(editor, `#!/bin/sh\nprintf '%s' "$1" > ${JSON.stringify(log)}\n`);
    chmodSync(editor, 0o755);
    const r = await latutor(["open", "norms"], ws, { VISUAL: "", EDITOR: editor });
    expect(r.code).toBe(0);
    expect(readFileSync(log, "utf8")).toBe(join(ws, "exercises/01-vectors/norms.ts"));
    const none = await latutor(["open", "norms"], ws, { VISUAL: "", EDITOR: "" });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^latutor: no editor set: export VISUAL or EDITOR .* or open exercises\/01-vectors\/norms\.ts yourself\n$/);
    const missing = await latutor(["open", "norms"], ws, { VISUAL: "no-such-editor-here", EDITOR: "" });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/could not start the editor "no-such-editor-here"/);
  });

  it("names the exercise file as a terminal hyperlink where the terminal shows them", async () => {
    const dir = tempDir();
    await latutor(["next"], dir);
    const r = await latutor(["next"], join(dir, "latutor-workspace"), { FORCE_HYPERLINK: "1" });
    expect(r.stdout).toContain(`\u001b]8;;file://${join(dir, "latutor-workspace", "exercises/01-vectors/vector-arithmetic.ts")}\u001b\\exercises/01-vectors/vector-arithmetic.ts\u001b]8;;\u001b\\`);
    const plain = await latutor(["list"], join(dir, "latutor-workspace"));
    expect(plain.stdout).not.toContain("\u001b]8");
  });
});

describe("latutor with no arguments, and the menu without a terminal", () => {
  it("prints the help and exits 0 without a terminal", async () => {
    const r = await latutor([], tempDir());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: latutor/);
    expect(r.stdout).toMatch(/watch \[options\] \[id\]/);
  });

  it("menu takes scripted answers (by text or number) and quits", async () => {
    const r = await latutor(["menu"], ws, { LATUTOR_ANSWERS: '["See your progress", "Quit"]' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Your progress through/);
    const lesson = await latutor(["menu"], ws, { LATUTOR_ANSWERS: JSON.stringify(["Read a lesson", "1", "Quit"]) });
    expect(lesson.code).toBe(0);
    expect(lesson.stdout).toMatch(/Vectors/);
    const none = await latutor(["menu"], ws);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Not asking without a terminal/);
  });
});

describe("shell completion", () => {
  it("a real bash accepts the script: source <(latutor completion bash); complete -p latutor", () => {
    const out = execFileSync("bash", ["-c", `source <(${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} completion bash); complete -p latutor`], { encoding: "utf8" });
    expect(out.trim()).toBe("complete -F _latutor latutor");
  });

  it("completes ids from the course of the workspace it runs in, through the real latutor", () => {
    const program = `source <(${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} completion bash); COMP_WORDS=(latutor check gauss); COMP_CWORD=2; _latutor; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const out = execFileSync("bash", ["-c", program], { encoding: "utf8", cwd: ws, env: { ...process.env, PATH: "/usr/bin:/bin" } });
    expect(out.trim()).toBe("gaussian-elimination");
  });

  it("__complete lists the ids, and an unknown shell is one line, exit 2", async () => {
    const ids = await latutor(["__complete", "exercises"], ws);
    expect(ids.stdout.split("\n")).toContain("gaussian-elimination");
    expect((await latutor(["__complete", "topics"], tempDir())).stdout.split("\n")[0]).toBe("00-welcome");
    expect((await latutor(["__complete", "nonsense"], ws)).stdout).toBe("");
    for (const shell of ["zsh", "fish"]) expect((await latutor(["completion", shell], ws)).stdout).toContain("__complete");
    const bad = await latutor(["completion", "tcsh"], ws);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('latutor: no completion for "tcsh": latutor completion bash, zsh or fish\n');
  });
});
