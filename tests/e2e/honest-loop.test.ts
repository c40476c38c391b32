// The learner's loop tells no small lies: check grades the exercise the learner is on, a reset
// says who depends on it and a "not implemented" names the right file, the report never says
// "expected 1, got 1", and a clone before npm ci gets one line, not a stack trace.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, latutor, ROOT, tempDir } from "./helpers";

const solution = (rel: string) => readFileSync(join(ROOT, "solutions", rel), "utf8");

describe("the loop", () => {
  it("check with no id keeps grading the exercise the learner is on after it passes, until next", async () => {
    const ws = join(tempDir(), "ws");
    await latutor(["init", ws], join(ws, ".."));
    await latutor(["next"], ws); // 00-welcome
    await latutor(["next"], ws); // 01-vectors: vector-arithmetic
    writeFileSync(join(ws, "exercises/01-vectors/vector-arithmetic.ts"), solution("01-vectors/vector-arithmetic.ts"));
    const first = await latutor(["check"], ws);
    expect(first.code).toBe(0);
    expect(first.stdout.split("\n")[0]).toMatch(/^✓ vector-arithmetic passed/);
    const again = await latutor(["check"], ws);
    expect(again.stdout.split("\n")[0]).toMatch(/^✓ vector-arithmetic passed/);
    await latutor(["next"], ws);
    const moved = await latutor(["check"], ws);
    expect(moved.code).toBe(1);
    expect(moved.stdout.split("\n")[0]).toMatch(/^✗ norms failed/);
  });

  it("a reset warns about the exercises that import it, and their failure names the file to finish", async () => {
    const ws = join(tempDir(), "ws");
    await latutor(["init", ws], join(ws, ".."));
    const learner = (rel: string) => join(ws, "exercises", rel);
    writeFileSync(learner("01-vectors/vector-arithmetic.ts"), solution("01-vectors/vector-arithmetic.ts"));
    writeFileSync(learner("01-vectors/norms.ts"), solution("01-vectors/norms.ts"));
    writeFileSync(learner("01-vectors/cosine-similarity.ts"), solution("01-vectors/cosine-similarity.ts"));
    expect((await latutor(["check", "cosine-similarity"], ws)).code).toBe(0);
    const reset = await latutor(["reset", "norms", "--yes"], ws);
    expect(reset.code).toBe(0);
    expect(reset.stderr).toMatch(/cosine-similarity imports norms: it fails with "not implemented yet" until you solve norms again/);
    const r = await latutor(["check", "cosine-similarity", "--json"], ws);
    expect(r.code).toBe(1);
    const first = JSON.parse(r.stdout).cases[0];
    expect(first.message).toMatch(/^cosineSimilarity calls norm2, which is not implemented yet .*: finish exercises\/01-vectors\/norms\.ts \(exercise norms\) first$/);
  });

  it("a textbook cosine passes with its challenge open, a note on rounding, and never 'expected 1 got 1'", async () => {
    const ws = join(tempDir(), "ws");
    await latutor(["init", ws], join(ws, ".."));
    writeFileSync(join(ws, "exercises/01-vectors/cosine-similarity.ts"), readFileSync(join(ROOT, "tests/submissions/cosine-similarity/textbook.ts"), "utf8"));
    writeFileSync(join(ws, "exercises/01-vectors/vector-arithmetic.ts"), solution("01-vectors/vector-arithmetic.ts"));
    const r = await latutor(["check", "cosine-similarity"], ws);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/passed: 9 of 9 cases \(score 100%\) · 1 going-deeper challenge open: huge entries ★/);
    expect(r.stdout).toMatch(/Note \(same direction, different lengths\): 1\.0000000000000002 lies a rounding outside \[−1, 1\]/);
    expect(r.stdout).toMatch(/Going deeper ★[^]*huge entries[^]*latutor lesson 01-vectors --section overflow/);
    const json = JSON.parse((await latutor(["check", "cosine-similarity", "--json"], ws)).stdout);
    expect(json.passed).toBe(true);
    expect(json.challenges).toEqual({ total: 1, passed: [], open: ["huge entries"] });
    expect(json.cases.find((c: { name: string }) => c.name === "huge entries").tier).toBe("challenge");
    const list = await latutor(["list"], ws);
    expect(list.stdout).toMatch(/cosine-similarity.*✓ passed.*☆ 0\/1/);
    const junit = await latutor(["check", "cosine-similarity", "--junit", "r.xml"], ws);
    expect(junit.code).toBe(0);
    expect(readFileSync(join(ws, "r.xml"), "utf8")).toMatch(/failures="0" skipped="1"/);
  });

  it("a clone whose dependencies are not installed says so in one line", async () => {
    const clone = tempDir();
    for (const rel of ["bin", "scripts", "package.json"]) cpSync(join(ROOT, rel), join(clone, rel), { recursive: true });
    mkdirSync(join(clone, "node_modules"));
    // The clone's own launcher, not the repository's (which has its dependencies).
    const { execFile } = await import("node:child_process");
    const clonedRun = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(process.execPath, [join(clone, "bin/latutor.js"), "next"], { cwd: clone }, (error, _out, stderr) => resolve({ code: error ? (error as { code: number }).code : 0, stderr })),
    );
    expect(BIN).not.toBe(join(clone, "bin/latutor.js"));
    expect(clonedRun.code).toBe(2);
    expect(clonedRun.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^latutor: its dependencies are not installed \(esbuild is missing\): run npm ci in .* first$/)]);
  });
});
