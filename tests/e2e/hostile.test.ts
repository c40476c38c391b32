// Whatever a learner's file returns, throws or prints, and whatever sits beside it (links, a
// forged cache), ends as a clean failure of that case or that exercise: exit 1 and one JSON
// object, quickly, never a crash, a hang, a fake report on the terminal or a wrong pass.
// The catalogue of learner-code and state faults (returned values latutor cannot walk, fake verdicts,
// links to references, escapes from the sandbox, broken state files) lives in tests/faults/.
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { latutor, ROOT, tempDir } from "./helpers";

const COSINE = "exercises/01-vectors/cosine-similarity.ts";
let ws: string;

beforeAll(async () => {
  ws = join(tempDir(), "ws");
  const r = await latutor(["init", ws], join(ws, ".."));
  expect(r.code).toBe(0);
});

/** Writes `source` as the learner's cosine-similarity.ts and checks it with --json. */
async function checkCosine(source: string, extra: string[] = []) {
  rmSync(join(ws, COSINE), { force: true });
  writeFileSync(join(ws, COSINE), source);
  const started = Date.now();
  const r = await latutor(["check", "cosine-similarity", "--json", ...extra], ws);
  const seconds = (Date.now() - started) / 1000;
  let json: { passed: boolean; cases: { name: string; passed: boolean; message: string }[]; problem?: { message: string } } | undefined;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    /* asserted below */
  }
  return { ...r, json, seconds };
}

const returning = (body: string) => `export function cosineSimilarity(a: number[], b: number[]): any {\n${body}\n}\n`;

describe("what a learner's code prints or throws cannot draw on the terminal or break XML", () => {
  it("characters XML forbids never reach the JUnit file", async () => {
    rmSync(join(ws, COSINE), { force: true });
    writeFileSync(join(ws, COSINE), returning(`throw new Error("bad \\uFFFF \\uD800 \\u0001 end");`));
    const r = await latutor(["check", "cosine-similarity", "--junit", "report.xml"], ws);
    expect(r.code).toBe(1);
    const xml = readFileSync(join(ws, "report.xml"), "utf8");
    expect(xml).not.toMatch(/[\uFFFE\uFFFF\u0001]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(xml).toContain("bad \uFFFD");
  });

  it("NaN and Infinity reach --json as strings, not null", async () => {
    const r = await checkCosine(returning("return NaN;"));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('"got":"NaN"');
  });
});

describe("a pathological source file fails that file, not latutor", () => {
  it("a megabyte of nested parentheses", async () => {
    const r = await checkCosine(`export const x = ${"(".repeat(400_000)}1${")".repeat(400_000)};\n`);
    expect(r.code).toBe(1);
    expect(r.json?.problem?.message).toMatch(/nested more than 200 deep/);
    expect(r.stderr).not.toMatch(/goroutine|stack overflow/);
    expect(r.seconds).toBeLessThan(30);
  });

  it("20,000 nested parentheses with --typecheck", async () => {
    const r = await checkCosine(`export const x = ${"(".repeat(20_000)}1${")".repeat(20_000)};\n`, ["--typecheck"]);
    expect(r.code).toBe(1);
    expect(r.json).toBeDefined();
    expect(r.seconds).toBeLessThan(30);
  });

  it("check --all reports every other exercise beside it", async () => {
    writeFileSync(join(ws, COSINE), `export const x = ${"[".repeat(50_000)}${"]".repeat(50_000)};\n`);
    const r = await latutor(["check", "--all", "--json"], ws);
    expect(r.code).toBe(1);
    const all = JSON.parse(r.stdout) as { results: { exercise: string; problem?: { message: string } }[] };
    expect(all.results.map((x) => x.exercise)).toContain("norms");
    expect(all.results.length).toBeGreaterThanOrEqual(5);
    expect(all.results.find((x) => x.exercise === "cosine-similarity")?.problem?.message).toMatch(/nested more than 200 deep/);
  });
});

describe("a verdict cannot be won from outside the file", () => {
  it("a hand-written compile-cache entry does not make the untouched stub pass", async () => {
    const stub = readFileSync(join(ROOT, "exercises/01-vectors/cosine-similarity.ts"), "utf8");
    writeFileSync(join(ws, COSINE), stub);
    const first = await latutor(["check", "cosine-similarity", "--json"], ws);
    expect(first.code).toBe(1);
    // Forge: the reference's code under the stub's hashes, with a made-up signature.
    const cacheFile = join(ws, ".latutor/cache/cosine-similarity.json");
    const entry = JSON.parse(readFileSync(cacheFile, "utf8"));
    const reference = "var __latutorExports = { cosineSimilarity: (a, b) => { let d = 0, x = 0, y = 0; for (let i = 0; i < a.length; i++) { d += a[i] * b[i]; x += a[i] * a[i]; y += b[i] * b[i]; } if (a.length !== b.length || !x || !y) throw new Error('no'); return d / Math.sqrt(x * y); } }; __latutorExports;";
    for (const mac of [entry.mac, "0".repeat(64)]) {
      writeFileSync(cacheFile, JSON.stringify({ ...entry, code: reference, mac }));
      const r = await latutor(["check", "cosine-similarity", "--json"], ws);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).cases.every((c: { passed: boolean }) => !c.passed)).toBe(true);
    }
  });

  it("the workspace's .gitignore keeps the cache out of the learner's repository", () => {
    expect(readFileSync(join(ws, ".gitignore"), "utf8")).toMatch(/^\.latutor\/cache\/$/m);
  });

  it("a link to another file inside exercises/ is fine", async () => {
    mkdirSync(join(ws, "exercises/mine"), { recursive: true });
    writeFileSync(
      join(ws, "exercises/mine/cos.ts"),
      returning(`if (a.length !== b.length) throw new Error("lengths differ");
  const na = Math.hypot(...a), nb = Math.hypot(...b);
  if (na === 0 || nb === 0) throw new Error("a zero vector has no direction");
  return Math.max(-1, Math.min(1, a.reduce((s, x, i) => s + (x / na) * (b[i] / nb), 0)));`),
    );
    rmSync(join(ws, COSINE), { force: true });
    symlinkSync(join(ws, "exercises/mine/cos.ts"), join(ws, COSINE));
    const r = await latutor(["check", "cosine-similarity", "--json"], ws);
    expect(JSON.parse(r.stdout).passed, r.stdout.slice(0, 500)).toBe(true);
    rmSync(join(ws, COSINE));
  });
});

describe("the red team's findings stay fixed", () => {
  it("a symbolic link in place of exercises/ passes nothing", async () => {
    const dir = join(tempDir(), "ws");
    await latutor(["init", dir], join(dir, ".."));
    rmSync(join(dir, "exercises"), { recursive: true });
    symlinkSync(join(ROOT, "solutions"), join(dir, "exercises"));
    const r = await latutor(["check", "vector-arithmetic", "--json"], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problem.message).toMatch(/exercises\/, which is itself a symbolic link/);
  });

  it("a pipe in place of the exercise file, or of a cache file, fails at once instead of hanging", async () => {
    const { execFileSync } = await import("node:child_process");
    rmSync(join(ws, COSINE), { force: true });
    execFileSync("mkfifo", [join(ws, COSINE)]);
    const started = Date.now();
    const r = await latutor(["check", "cosine-similarity", "--json"], ws);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problem.message).toMatch(/not a regular file/);
    rmSync(join(ws, COSINE));
    writeFileSync(join(ws, COSINE), readFileSync(join(ROOT, "exercises/01-vectors/cosine-similarity.ts"), "utf8"));
    mkdirSync(join(ws, ".latutor/cache"), { recursive: true });
    rmSync(join(ws, ".latutor/cache/cosine-similarity.json"), { force: true });
    execFileSync("mkfifo", [join(ws, ".latutor/cache/cosine-similarity.json")]);
    const again = await latutor(["check", "cosine-similarity", "--json"], ws);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).cases.length).toBeGreaterThan(0);
    rmSync(join(ws, ".latutor/cache/cosine-similarity.json"));
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("a hand-edited timing cache cannot put words in the report", async () => {
    const dir = join(tempDir(), "ws");
    await latutor(["init", dir], join(dir, ".."));
    for (const id of ["vector-arithmetic"]) writeFileSync(join(dir, `exercises/01-vectors/${id}.ts`), readFileSync(join(ROOT, `solutions/01-vectors/${id}.ts`), "utf8"));
    expect((await latutor(["check", "vector-arithmetic"], dir)).code).toBe(0);
    const file = join(dir, ".latutor/cache/vector-arithmetic.timing.json");
    const saved = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify({ key: saved.key, reports: [{ call: "dot", sizes: [1, 2, 4], ms: [1, 4, 16], message: "\u001b[2J FLAGGED FOR PLAGIARISM" }] }));
    const r = await latutor(["check", "vector-arithmetic"], dir);
    expect(r.stdout).not.toMatch(/PLAGIARISM|\u001b/);
  });
});
