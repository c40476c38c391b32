import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runnerExecArgv } from "../../src/grader/runner-process";

const ROOT = join(import.meta.dirname, "..", "..");
import { Sandbox } from "../../src/grader/sandbox";

/** Wraps plain JavaScript the way the compiler does (an IIFE whose value is the exports). */
const program = (body: string) => `var __latutorExports = (() => { ${body} })(); __latutorExports;`;

let box: Sandbox | undefined;
afterEach(async () => {
  await box?.close();
  box = undefined;
});

async function sandboxFor(body: string, options: Partial<{ timeLimitMs: number; memoryLimitMb: number; budgetMs: number; seed: number }> = {}) {
  box = new Sandbox({ timeLimitMs: 500, memoryLimitMb: 64, ...options });
  const loaded = await box.load(program(body), "learner.js");
  return { box, loaded };
}

describe("the sandbox", () => {
  it("seeds the learner's Math.random from the grading's seed: the same seed, the same numbers", async () => {
    const draw = async (seed: number) => {
      const { box, loaded } = await sandboxFor("return { f: () => [Math.random(), Math.random()] };", { seed });
      expect(loaded.kind).toBe("loaded");
      const out = await box.call("f", []);
      await box.close();
      return out.kind === "returned" ? (out.value as number[]) : [];
    };
    const a = await draw(7);
    expect(a).toHaveLength(2);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(await draw(7)).toEqual(a);
    expect(await draw(8)).not.toEqual(a);
  });

  it("returns plain data and the arguments as they were after the call", async () => {
    const { box, loaded } = await sandboxFor("return { f: (a) => { a.push(9); return a.map((x) => x * 2); } };");
    expect(loaded.kind).toBe("loaded");
    const out = await box.call("f", [[1, 2]]);
    expect(out).toMatchObject({ kind: "returned", value: [2, 4, 18], argsAfter: [[1, 2, 9]] });
  });

  it("stops an infinite loop and keeps going with a fresh worker", async () => {
    const { box } = await sandboxFor("return { spin: () => { for (;;) {} }, ok: () => 42 };");
    const outcomes = await box.callMany([{ fn: "spin", args: [] }, { fn: "ok", args: [] }], 300);
    expect(outcomes[0]).toMatchObject({ kind: "timeout" });
    expect(outcomes[1]).toMatchObject({ kind: "returned", value: 42 });
    expect(box.restarts).toBe(1);
  });

  it("gives a function that already timed out less time the next time", async () => {
    const { box } = await sandboxFor("return { spin: () => { for (;;) {} } };");
    const outcomes = await box.callMany([{ fn: "spin", args: [] }, { fn: "spin", args: [] }], 800);
    expect(outcomes.map((o) => o.kind === "timeout" && o.limitMs)).toEqual([800, 250]);
  });

  it("skips the rest once the run's time budget is spent", async () => {
    const { box } = await sandboxFor("return { spin: () => { for (;;) {} } };", { budgetMs: 600 });
    const outcomes = await box.callMany(Array.from({ length: 6 }, () => ({ fn: "spin", args: [] })), 400);
    expect(outcomes.at(-1)).toMatchObject({ kind: "skipped" });
  });

  it("reports running out of memory", async () => {
    const { box } = await sandboxFor("return { hog: () => { const xs = []; for (;;) xs.push(new Array(1e5).fill(Math.random())); } };", { timeLimitMs: 20_000 });
    const out = await box.call("hog", []);
    expect(out.kind).toBe("crashed");
    expect(out.kind === "crashed" && out.message).toMatch(/ran out of memory/);
  });

  it("refuses process.exit: the call throws, it never ends the grading", async () => {
    const { box } = await sandboxFor("return { quit: () => { process.exit(0); return 1; } };");
    expect(await box.call("quit", [])).toMatchObject({ kind: "threw", thrown: { name: "Refused", message: expect.stringMatching(/^process\.exit is not allowed in an exercise/) } });
  });

  it("reports a stack overflow as a thrown RangeError", async () => {
    const { box } = await sandboxFor("const f = (n) => f(n + 1) + 1; return { f };");
    const out = await box.call("f", [0]);
    expect(out).toMatchObject({ kind: "threw", thrown: { isError: true, name: "RangeError" } });
  });

  it("tells a thrown string from a thrown Error", async () => {
    const { box } = await sandboxFor("return { s: () => { throw 'nope'; }, e: () => { throw new TypeError('bad'); } };");
    expect(await box.call("s", [])).toMatchObject({ kind: "threw", thrown: { isError: false, message: '"nope"' } });
    expect(await box.call("e", [])).toMatchObject({ kind: "threw", thrown: { isError: true, name: "TypeError", message: "bad" } });
  });

  it("refuses results that are not plain data", async () => {
    const { box } = await sandboxFor(
      "return { p: () => new Proxy([1], {}), pr: () => Promise.resolve(1), fn: () => () => 1, async: async () => 1 };",
    );
    for (const fn of ["p", "pr", "fn", "async"]) {
      const out = await box.call(fn, []);
      expect(out.kind, fn).toBe("unclonable");
    }
  });

  it("reads a lying getter once, in the worker", async () => {
    const { box } = await sandboxFor("let n = 0; return { g: () => { const o = {}; Object.defineProperty(o, 'x', { get: () => ++n, enumerable: true }); return o; } };");
    expect(await box.call("g", [])).toMatchObject({ kind: "returned", value: { x: 1 } });
  });

  it("crashes cleanly on an unhandled rejection after returning", async () => {
    const { box } = await sandboxFor("return { later: () => { Promise.reject(new Error('boom')); return 1; }, ok: () => 2 };");
    const [first] = await box.callMany([{ fn: "later", args: [] }]);
    expect(first).toMatchObject({ kind: "returned", value: 1 });
    // The rejection kills that worker; the next call runs on a fresh one.
    await new Promise((r) => setTimeout(r, 100));
    expect(await box.call("ok", [])).toMatchObject({ kind: "returned", value: 2 });
  });

  it("refuses Node's ways out with a clear error: modules, processes, network, signals", async () => {
    const { box } = await sandboxFor(`const attempt = (f) => { try { f(); return "allowed"; } catch (e) { return e.name + ": " + e.message.split(":")[0]; } };
      return { probe: () => [
        attempt(() => process.getBuiltinModule("fs")), attempt(() => process.binding("fs")), attempt(() => require("child_process")),
        attempt(() => fetch("http://127.0.0.1:9")), attempt(() => process.kill(1)), attempt(() => process.dlopen()),
        Object.keys(process.env).length, typeof process.stdout.constructor.prototype.connect ] };`);
    const out = await box.call("probe", []);
    expect(out.kind).toBe("returned");
    const value = (out as { value: unknown[] }).value;
    for (const v of value.slice(0, 6)) expect(v).toMatch(/^Refused: .* is not allowed in an exercise/);
    expect(value.slice(6)).toEqual([0, "undefined"]);
  });

  it("runs under Node's permission model: even with fs in hand, no reads, writes or processes", () => {
    // Start a script with exactly the runner's flags and let it try what learner code cannot reach.
    const dir = mkdtempSync(join(tmpdir(), "latutor-perm-"));
    const probe = join(dir, "probe.mjs");
    writeFileSync(
      probe,
      `import fs from "node:fs"; import cp from "node:child_process";
       const tryIt = (f) => { try { f(); return "allowed"; } catch (e) { return e.code; } };
       console.log(JSON.stringify([
         tryIt(() => fs.readFileSync(${JSON.stringify(join(ROOT, "solutions/01-vectors/norms.ts"))})),
         tryIt(() => fs.writeFileSync(${JSON.stringify(join(dir, "pwned"))}, "x")),
         tryIt(() => cp.execFileSync("ls")),
       ]));`,
    );
    const out = execFileSync(process.execPath, [...runnerExecArgv(probe, 64), probe], { encoding: "utf8" });
    expect(JSON.parse(out)).toEqual(["ERR_ACCESS_DENIED", "ERR_ACCESS_DENIED", "ERR_ACCESS_DENIED"]);
  });

  it("refuses dynamic import at run time", async () => {
    const { box } = await sandboxFor("return { imp: () => { const m = 'node:' + 'fs'; return import(m).then(() => 'got fs', () => 'refused'); } };");
    expect((await box.call("imp", [])).kind).toBe("unclonable");
  });

  it("reports a file that throws while loading", async () => {
    box = new Sandbox({ timeLimitMs: 500, memoryLimitMb: 64 });
    const loaded = await box.load(program("throw new Error('top level');"), "learner.js");
    expect(loaded).toMatchObject({ kind: "load-error", thrown: { message: "top level" } });
  });

  it("keeps what the learner's code prints away from stdout", async () => {
    const { box } = await sandboxFor("return { talk: () => { console.log('hello from learner'); return 1; } };");
    await box.call("talk", []);
    await new Promise((r) => setTimeout(r, 50));
    expect(box.printed).toContain("hello from learner");
  });
});

describe("arguments cross into the learner's realm unchanged", () => {
  it("keeps undefined, NaN, ±Infinity, −0 and strings that look like tags", async () => {
    const box = new Sandbox({ timeLimitMs: 1000, memoryLimitMb: 64 });
    try {
      const code = `var __latutorExports = { echo: (...a) => a.map((x) => x === undefined ? "undefined" : Object.is(x, -0) ? "-0" : typeof x === "number" && !Number.isFinite(x) ? String(x) : x) }; __latutorExports;`;
      await box.load(code, "echo.js");
      const out = await box.call("echo", [undefined, NaN, Infinity, -Infinity, -0, "\u0000NaN", [1, undefined, 2]]);
      expect(out).toMatchObject({ kind: "returned", value: ["undefined", "NaN", "Infinity", "-Infinity", "-0", "\u0000NaN", [1, undefined, 2]] });
    } finally {
      await box.close();
    }
  });
});
