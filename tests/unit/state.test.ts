import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitError } from "../../src/util/errors";
import { readState, statePath, STATE_VERSION, updateState, writeState, emptyState } from "../../src/workspace/state";

function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), "latutor-state-"));
  mkdirSync(join(root, ".latutor"));
  return root;
}

describe("progress state", () => {
  it("starts empty when there is no state file", () => {
    const { state, warning } = readState(workspace());
    expect(state.version).toBe(STATE_VERSION);
    expect(state.lessonsRead).toEqual([]);
    expect(warning).toBeUndefined();
  });

  it("round-trips through an atomic write and leaves no temporary files", () => {
    const root = workspace();
    const s = emptyState();
    s.lessonsRead.push("00-welcome");
    s.exercises.norms = { status: "passed", attempts: 3, bestScore: 1, hintsShown: 1 };
    writeState(root, s);
    expect(readState(root).state.exercises.norms.attempts).toBe(3);
    expect(readdirSync(join(root, ".latutor")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("sets a corrupt file aside, says so, and starts again", () => {
    const root = workspace();
    writeFileSync(statePath(root), "{ this is not json");
    const { state, warning } = readState(root);
    expect(state.lessonsRead).toEqual([]);
    expect(warning).toMatch(/unreadable; it was moved aside to \.latutor\/backups\/state\.json\.corrupt-/);
    const backups = readdirSync(join(root, ".latutor", "backups"));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(root, ".latutor", "backups", backups[0]), "utf8")).toBe("{ this is not json");
  });

  it("treats a state of the wrong shape as corrupt", () => {
    const root = workspace();
    writeFileSync(statePath(root), JSON.stringify({ version: 1, lessonsRead: "nope" }));
    expect(readState(root).warning).toMatch(/unreadable/);
  });

  it("refuses a newer format without touching it, keeping a backup", () => {
    const root = workspace();
    const newer = JSON.stringify({ version: STATE_VERSION + 1, anything: true });
    writeFileSync(statePath(root), newer);
    expect(() => readState(root)).toThrow(ExitError);
    expect(() => readState(root)).toThrow(/newer latutor/);
    expect(readFileSync(statePath(root), "utf8")).toBe(newer);
    expect(readdirSync(join(root, ".latutor", "backups")).some((f) => f.includes("newer"))).toBe(true);
  });

  it("loses no update when several processes write at once", () => {
    const root = workspace();
    writeState(root, emptyState());
    const script = `
      import { updateState } from ${JSON.stringify(join(process.cwd(), "src/workspace/state.ts"))};
      for (let i = 0; i < 25; i++) updateState(process.argv[2], (s) => {
        const p = s.exercises.counter ?? { status: "attempted", attempts: 0, bestScore: 0, hintsShown: 0 };
        s.exercises.counter = { ...p, attempts: p.attempts + 1 };
      });`;
    const file = join(root, "hammer.ts");
    writeFileSync(file, script);
    const esbuild = join(process.cwd(), "node_modules/.bin/esbuild");
    const out = join(root, "hammer.mjs");
    execFileSync(esbuild, [file, "--bundle", "--platform=node", "--format=esm", `--outfile=${out}`, "--log-level=error"]);
    const runs = Array.from({ length: 4 }, () =>
      new Promise<void>((resolve, reject) => {
        import("node:child_process").then(({ execFile }) => execFile(process.execPath, [out, root], (err) => (err ? reject(err) : resolve())));
      }),
    );
    return Promise.all(runs).then(() => {
      expect(readState(root).state.exercises.counter.attempts).toBe(100);
      expect(existsSync(join(root, ".latutor", "state.lock"))).toBe(false);
    });
  });

  it("breaks a lock left by a process that died", () => {
    const root = workspace();
    writeFileSync(join(root, ".latutor", "state.lock"), "999999");
    const s = updateState(root, (st) => st.lessonsRead.push("01-vectors"));
    expect(s.lessonsRead).toEqual(["01-vectors"]);
  });
});
