import { spawn } from "node:child_process";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, latutor, ROOT, tempDir } from "./helpers";

describe("latutor watch", () => {
  it("grades on start, again on every save, and stops cleanly", async () => {
    const ws = join(tempDir(), "ws");
    await latutor(["init", ws], join(ws, ".."));
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
    delete env.FORCE_COLOR;
    const child = spawn(process.execPath, [BIN, "watch", "norms"], { cwd: ws, env });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    const waitFor = (pattern: RegExp, ms = 30_000) =>
      new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const tick = setInterval(() => {
          if (pattern.test(out)) {
            clearInterval(tick);
            resolve();
          } else if (Date.now() - started > ms) {
            clearInterval(tick);
            reject(new Error(`timed out waiting for ${pattern}; output so far:\n${out}`));
          }
        }, 50);
      });
    try {
      await waitFor(/✗ norms failed/);
      await waitFor(/Watching exercises/);
      writeFileSync(join(ws, "exercises/01-vectors/norms.ts"), readFileSync(join(ROOT, "solutions/01-vectors/norms.ts"), "utf8"));
      await waitFor(/✓ norms passed/);
    } catch (error) {
      child.kill("SIGKILL"); // never leave a watcher behind
      throw error;
    }
    const code = await new Promise<number | null>((resolve) => {
      child.on("exit", (c) => resolve(c));
      child.kill("SIGTERM");
    });
    expect(code).toBe(0);
    const state = JSON.parse(readFileSync(join(ws, ".latutor/state.json"), "utf8"));
    expect(state.exercises.norms.status).toBe("passed");
  });

  it("sees every save that renames a new file over the old one (vim, VS Code, sed -i), and a file deleted and made again", async () => {
    const ws = join(tempDir(), "ws");
    await latutor(["init", ws], join(ws, ".."));
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
    delete env.FORCE_COLOR;
    const child = spawn(process.execPath, [BIN, "watch", "norms"], { cwd: ws, env });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    const count = (pattern: RegExp) => out.match(new RegExp(pattern.source, "g"))?.length ?? 0;
    const waitForCount = (pattern: RegExp, n: number, ms = 30_000) =>
      new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const tick = setInterval(() => {
          if (count(pattern) >= n && /Watching exercises[^]*$/.test(out.slice(out.lastIndexOf("norms")))) {
            clearInterval(tick);
            resolve();
          } else if (Date.now() - started > ms) {
            clearInterval(tick);
            reject(new Error(`timed out waiting for ${n}× ${pattern}; output so far:\n${out}`));
          }
        }, 50);
      });
    const file = join(ws, "exercises/01-vectors/norms.ts");
    const stub = readFileSync(file, "utf8");
    const solution = readFileSync(join(ROOT, "solutions/01-vectors/norms.ts"), "utf8");
    const saveByRename = (text: string) => {
      const tmp = join(ws, "exercises/01-vectors/.norms.ts.tmp~");
      writeFileSync(tmp, text);
      renameSync(tmp, file);
    };
    try {
      await waitForCount(/✗ norms failed/, 1);
      saveByRename(solution);
      await waitForCount(/✓ norms passed/, 1);
      saveByRename(stub);
      await waitForCount(/✗ norms failed/, 2);
      saveByRename(solution);
      await waitForCount(/✓ norms passed/, 2);
      // Deleted, then made again (some tools do that): seen too.
      rmSync(file);
      await new Promise((r) => setTimeout(r, 300));
      writeFileSync(file, stub);
      await waitForCount(/✗ norms failed/, 3);
    } finally {
      child.kill("SIGKILL"); // never leave a watcher behind
    }
  });
});
