import { afterEach, describe, expect, it } from "vitest";
import { RunnerPool } from "../../src/grader/runner-process";
import { Sandbox, type CallOutcome } from "../../src/grader/sandbox";

/** Wraps plain JavaScript the way the compiler does (an IIFE whose value is the exports). */
const program = (body: string) => `var __latutorExports = (() => { ${body} })(); __latutorExports;`;

const pools: RunnerPool[] = [];
afterEach(() => {
  for (const p of pools.splice(0)) p.close();
});

function pool(): RunnerPool {
  const p = new RunnerPool(2);
  pools.push(p);
  return p;
}

async function run(runners: RunnerPool, body: string, calls: { fn: string; args: unknown[] }[], limitMs = 500) {
  const box = new Sandbox({ timeLimitMs: limitMs, memoryLimitMb: 64, pool: runners });
  const loaded = await box.load(program(body), "learner.js");
  const outcomes = loaded.kind === "loaded" ? await box.callMany(calls, limitMs) : [];
  await box.close();
  return { loaded, outcomes };
}

const pidOf = async (runners: RunnerPool) => (await run(runners, "return { pid: () => 0 };", [{ fn: "pid", args: [] }])).outcomes;

describe("runners reused from a pool", () => {
  it("run the next file on the same process, in a realm of its own", async () => {
    const runners = pool();
    // The first file changes its realm's globals; the second must not see any of it.
    const first = await run(runners, "globalThis.leak = 41; Math.max = () => 0; Array.prototype.sum = 1; return { f: () => Math.max(1, 2) };", [{ fn: "f", args: [] }]);
    expect(first.outcomes[0]).toMatchObject({ kind: "returned", value: 0 });
    const second = await run(runners, "return { g: () => [typeof globalThis.leak, Math.max(1, 2), [].sum === undefined] };", [{ fn: "g", args: [] }]);
    expect(second.outcomes[0]).toMatchObject({ kind: "returned", value: ["undefined", 2, true] });
  });

  it("reuse a healthy runner, and never one that timed out", async () => {
    const runners = pool();
    let started = 0;
    const acquire = runners.acquire.bind(runners);
    // Count the runners the pool had to start: an idle one handed out again is not counted.
    const idleBefore = () => (runners as unknown as { idle: unknown[] }).idle.length;
    runners.acquire = (limits) => {
      if (idleBefore() === 0) started++;
      return acquire(limits);
    };
    await pidOf(runners);
    await pidOf(runners);
    expect(started).toBe(1);
    const spun = await run(runners, "return { spin: () => { for (;;) {} } };", [{ fn: "spin", args: [] }], 200);
    expect(spun.outcomes[0]).toMatchObject({ kind: "timeout" });
    // The time-out killed the runner it had: the next file needs a new one.
    const before = started;
    await pidOf(runners);
    expect(started).toBe(before + 1);
  });
});

describe("timing runs", () => {
  it("send back only how long each call took", async () => {
    const box = new Sandbox({ timeLimitMs: 1000, memoryLimitMb: 64 });
    await box.load(program("return { sum: (v) => { let s = 0; for (const x of v) s += x; return [s]; } };"), "learner.js");
    const args = [Array.from({ length: 5000 }, (_, i) => i)];
    const outcomes = await box.callMany(Array.from({ length: 3 }, () => ({ fn: "sum", args })), 1000, { timing: true });
    await box.close();
    expect(outcomes).toHaveLength(3);
    for (const o of outcomes) {
      expect(o.kind).toBe("returned");
      if (o.kind !== "returned") continue;
      expect(o.value).toBeNull();
      expect(o.argsAfter).toEqual([]);
      expect(o.ms).toBeGreaterThanOrEqual(0);
    }
  });
});

describe("outcomes as they arrive", () => {
  it("are handed to the caller one by one, in order", async () => {
    const box = new Sandbox({ timeLimitMs: 1000, memoryLimitMb: 64 });
    await box.load(program("return { twice: (x) => 2 * x };"), "learner.js");
    const seen: [number, CallOutcome][] = [];
    const outcomes = await box.callMany(
      [1, 2, 3].map((x) => ({ fn: "twice", args: [x] })),
      1000,
      { onOutcome: (o, i) => seen.push([i, o]) },
    );
    await box.close();
    expect(seen.map(([i]) => i)).toEqual([0, 1, 2]);
    expect(seen.map(([, o]) => o)).toEqual(outcomes);
  });

  it("reject the calls when the caller's handler throws, instead of escaping into an event handler", async () => {
    const box = new Sandbox({ timeLimitMs: 1000, memoryLimitMb: 64 });
    await box.load(program("return { id: (x) => x };"), "learner.js");
    const calls = box.callMany([{ fn: "id", args: [1] }, { fn: "id", args: [2] }], 1000, {
      onOutcome: () => {
        throw new Error("a broken spec");
      },
    });
    await expect(calls).rejects.toThrow("a broken spec");
    await box.close();
  });
});

describe("arguments", () => {
  it("arrive exactly, whether or not they need tags (NaN, ±Infinity, −0, undefined, tagged strings)", async () => {
    const box = new Sandbox({ timeLimitMs: 1000, memoryLimitMb: 64 });
    await box.load(program("return { echo: (...a) => a.map((x) => (Array.isArray(x) ? x.map((y) => (Object.is(y, -0) ? '-0' : y === undefined ? 'undef' : Number.isNaN(y) ? 'nan' : y)) : x)) };"), "learner.js");
    const plain = await box.call("echo", [[1, 2.5, -3], "text", { a: [1] }]);
    const tagged = await box.call("echo", [[NaN, Infinity, -Infinity, -0, undefined], "\u0000x"]);
    await box.close();
    expect(plain).toMatchObject({ kind: "returned", value: [[1, 2.5, -3], "text", { a: [1] }] });
    expect(tagged).toMatchObject({ kind: "returned", value: [["nan", Infinity, -Infinity, "-0", "undef"], "\u0000x"] });
  });
});
