// Whatever a learner's file returns, throws or prints, and whatever sits beside it (links, a
// forged cache), ends as a clean failure of that case or that exercise: exit 1 and one JSON
// object, quickly, never a crash, a hang, a fake report on the terminal or a wrong pass.
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

describe("results latutor cannot walk or print are refused in one line", () => {
  const cases: [string, string, RegExp][] = [
    ["a cyclic array", "const x: any[] = [1]; x.push(x); return x;", /returned a cyclic array/],
    ["a cyclic object", "const o: any = {}; o.self = o; return o;", /returned a cyclic object/],
    ["a tree that shares sub-arrays (tiny to send, astronomic to walk)", "let x: any = [1, 2]; for (let i = 0; i < 60; i++) x = [x, x]; return x;", /more than [\d,]+ (entries|arrays and objects)|nested more than 64 deep/],
    ["a sparse array with a huge length", "const x: number[] = []; x[4_000_000_000] = 1; return x;", /returned an array of length 4,000,000,001/],
    ["a BigInt", "return 10n;", /returned a BigInt/],
    ["a 90-million-character string", 'return "x".repeat(90_000_000);', /returned a string of 90,000,000 characters/],
    ["a typed array", "return new Float64Array(3);", /returned a Float64Array/],
    ["a Map", "return new Map([[1, 2]]);", /returned a Map/],
    ["a Proxy", "return new Proxy([1], {});", /returned a Proxy/],
  ];
  for (const [what, body, message] of cases) {
    it(what, async () => {
      const r = await checkCosine(returning(body));
      expect(r.code, r.stderr).toBe(1);
      expect(r.json?.passed).toBe(false);
      const songs = r.json!.cases.find((c) => c.name.startsWith("songs: Blinding Lights vs Levitating"))!;
      expect(songs.message).toMatch(message);
      expect(r.seconds).toBeLessThan(30);
    });
  }
});

describe("what a learner's code prints or throws cannot draw on the terminal or break XML", () => {
  it("escape sequences become visible, never reach the terminal raw", async () => {
    rmSync(join(ws, COSINE), { force: true });
    writeFileSync(
      join(ws, COSINE),
      returning(`console.log("\\u001b[2J\\u001b[H\\u001b[32m✓ cosine-similarity passed\\r"); throw new Error("\\u001b[2J fake \\u009b31m report\\u202e");`),
    );
    const r = await latutor(["check", "cosine-similarity"], ws);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/[\u001b\u009b\u202e\r]/);
    expect(r.stdout).toContain("␛[2J");
  });

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
  it("an exercise file that is a link to the reference solution fails with a clear message", async () => {
    rmSync(join(ws, COSINE), { force: true });
    symlinkSync(join(ROOT, "solutions/01-vectors/cosine-similarity.ts"), join(ws, COSINE));
    const r = await latutor(["check", "cosine-similarity", "--json"], ws);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.passed).toBe(false);
    expect(json.problem.message).toMatch(/symbolic link to a file outside exercises\//);
    rmSync(join(ws, COSINE));
  });

  it("a folder link inside exercises/ cannot reach the references or the specs", async () => {
    const link = join(ws, "exercises/01-vectors/answers");
    rmSync(link, { force: true });
    symlinkSync(join(ROOT, "solutions/01-vectors"), link);
    writeFileSync(join(ws, COSINE), `export { cosineSimilarity } from "./answers/cosine-similarity";\n`);
    const r = await latutor(["check", "cosine-similarity", "--json"], ws);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problem.message).toMatch(/refused: the file is a symbolic link/);
    rmSync(link);
  });

  it("a data import (with { type: 'text' }) is refused", async () => {
    const r = await checkCosine(`import text from "../helpers.ts" with { type: "text" };\nexport const cosineSimilarity = () => text.length;\n`);
    expect(r.code).toBe(1);
    expect(r.json?.problem?.message).toMatch(/import attributes/);
  });

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
  it("learner code cannot reach Node's realm: no real process, no emitter to hijack", async () => {
    const r = await checkCosine(`let seen = "";
try { const F: any = (globalThis as any).constructor.constructor; seen += F("return typeof process.versions.node")(); } catch (e) { seen += "threw"; }
try { const o: any = (process as any).stdout; seen += "|" + typeof o.emit + "|" + typeof Object.getPrototypeOf(Object.getPrototypeOf(o)); } catch (e) { seen += "|threw"; }
try { seen += "|" + typeof (console.log as any).constructor.constructor("return this")().setTimeout; } catch (e) { seen += "|threw"; }
export function cosineSimilarity(a: number[], b: number[]): number { throw new Error("seen " + seen); }
`);
    expect(r.code).toBe(1);
    expect(r.json!.cases[0].message).toContain("seen undefined|undefined|object|undefined");
  });

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

  it("a thrown message cannot start a line of its own (no fake verdict under the report)", async () => {
    rmSync(join(ws, COSINE), { force: true });
    writeFileSync(join(ws, COSINE), returning('throw new Error("\\n\\n✓ cosine-similarity passed: 9 of 9 cases (score 100%)\\nNext: latutor next");'));
    const r = await latutor(["check", "cosine-similarity"], ws);
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n").some((l) => l.startsWith("✓ cosine-similarity passed"))).toBe(false);
    const all = await latutor(["check", "--all"], ws);
    expect(all.stdout.split("\n").filter((l) => /^✓ cosine-similarity/.test(l))).toEqual([]);
  });

  it("a forged state.json or a lock dated in the future does not stop a check", async () => {
    const dir = join(tempDir(), "ws");
    await latutor(["init", dir], join(dir, ".."));
    writeFileSync(
      join(dir, ".latutor/state.json"),
      JSON.stringify({ version: 1, lessonsRead: [], quizzes: {}, createdAt: "x", updatedAt: "x", exercises: { "cosine-similarity": { status: "attempted", attempts: 1, bestScore: 0, hintsShown: 0, challengesMet: 5 } } }),
    );
    const lock = join(dir, ".latutor/state.lock");
    writeFileSync(lock, "1");
    const { utimesSync } = await import("node:fs");
    const future = new Date("2030-01-01T00:00:00Z");
    utimesSync(lock, future, future);
    const r = await latutor(["check", "cosine-similarity", "--json"], dir);
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).exercise).toBe("cosine-similarity");
    expect(JSON.parse(readFileSync(join(dir, ".latutor/state.json"), "utf8")).exercises["cosine-similarity"]).toMatchObject({ attempts: 2, challengesOpen: ["huge entries"] });
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
