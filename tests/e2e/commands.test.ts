// The command table (src/cli/commands.ts) drives commander, the README and these tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allCommands } from "../../src/cli/commands";
import { discardPrestartedRunner } from "../../src/grader/runner-process";
import { latutor, ROOT, tempDir } from "./helpers";

describe("the command table", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");

  for (const { path, spec: command } of allCommands()) {
    it(`${path}: documented in the README, and --help lists its options`, async () => {
      expect(readme).toMatch(new RegExp(`\\b${path}\\b`));
      const r = await latutor([...path.split(" "), "--help"], tempDir());
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: latutor ${path}`);
      for (const option of command.options) {
        const long = /--[a-z-]+/.exec(option.flags)![0];
        expect(r.stdout).toContain(long);
      }
    });
  }

  it("every command's module loads and exports run", async () => {
    for (const { spec } of allCommands()) expect(typeof (await spec.load!()).run).toBe("function");
    discardPrestartedRunner(); // loading check boots a runner for the grading that will not come
  });
});
