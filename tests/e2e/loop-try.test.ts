// latutor try: the learner's own functions on their own input, isolated like check.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { latutor, ROOT, tempDir } from "./helpers";

let ws: string;
const mine = (rel: string) => copyFileSync(join(ROOT, "solutions", rel), join(ws, "exercises", rel));

beforeAll(async () => {
  ws = join(tempDir(), "ws");
  await latutor(["init", ws], join(ws, ".."));
  for (const rel of ["06-elimination/gaussian-elimination.ts", "06-elimination/inverse.ts", "10-eigen/power-method.ts", "01-vectors/vector-arithmetic.ts"]) mine(rel);
});

describe("latutor try", () => {
  it("prints a matrix result as a table", async () => {
    const r = await latutor(["try", "inverse", "inverse([[4, 7], [2, 6]])"], ws);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("inverse([[4, 7], [2, 6]])");
    expect(r.stdout).toMatch(/= 2×2 matrix\n\s+⎡\s+0\.6\s+-0\.7 ⎤\n\s+⎣ -0\.2\s+0\.4 ⎦/);
  });

  it("prints a number and a vector, and finds the exercise from the function called", async () => {
    const dot = await latutor(["try", "vector-arithmetic", "dot([1, 2, 3], [4, 5, 6])"], ws);
    expect(dot.stdout).toMatch(/^= 32$/m);
    const r = await latutor(["try", "solve([[0,1],[1,1]], [1,2])"], ws);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\(gaussian-elimination, your exercises\/06-elimination\/gaussian-elimination\.ts\)\n= \[1, 1\]/);
  });

  it("says in one line what is wrong with an expression that does not parse (exit 2)", async () => {
    const r = await latutor(["try", "gaussian-elimination", "solve([[0,1],[1,1]], [1,2]]"], ws);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^latutor: in the expression: .*at character 27 of "solve\(\[\[0,1\],\[1,1\]\], \[1,2\]\]"/);
    const esbuild = await latutor(["try", "gaussian-elimination", "solve(,)"], ws);
    expect(esbuild.code).toBe(2);
    expect(esbuild.stderr.trim().split("\n")).toHaveLength(1);
    expect(esbuild.stderr).toMatch(/in the expression: Unexpected ","/);
  });

  it("names what the expression can use when it calls something else (exit 2)", async () => {
    const r = await latutor(["try", "gaussian-elimination", "solv([[1]], [1])"], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/solv is not defined \(did you mean solve\?\): the expression can use solve, shape, zeros, identity/);
  });

  it("--compare evaluates the reference the same way and shows the difference", async () => {
    const same = await latutor(["try", "inverse", "inverse([[4, 7], [2, 6]])", "--compare"], ws);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/yours: {6}2×2 matrix[^]*reference: {2}2×2 matrix[^]*difference: identical/);
    // A learner's solve that is a little off: the difference is shown entry by entry.
    const file = join(ws, "exercises/06-elimination/gaussian-elimination.ts");
    const good = readFileSync(file, "utf8");
    writeFileSync(file, good.replace(/export function solve\(A: Matrix, b: Vector\): Vector \{/, "export function solve(A: Matrix, b: Vector): Vector {\n  if (A.length === 2) return [1.5, 1];"));
    try {
      const off = await latutor(["try", "gaussian-elimination", "solve([[0,1],[1,1]], [1,2])", "--compare"], ws);
      expect(off.code).toBe(0);
      expect(off.stdout).toMatch(/yours: {6}\[1\.5, 1\]\nreference: {2}\[1, 1\]\ndifference: \[0\.5, 0\]\n\s+largest \|difference\| 0\.5, relative 0\.5/);
    } finally {
      writeFileSync(file, good);
    }
  });

  it("--plot draws a series, --json prints one object", async () => {
    const plot = await latutor(["try", "power-method", "powerMethod([[2, 1], [1, 3]])", "--plot"], ws);
    expect(plot.code).toBe(0);
    expect(plot.stdout).toMatch(/^history$/m);
    expect(plot.stdout).toMatch(/[┼┤]/);
    const json = JSON.parse((await latutor(["try", "inverse", "inverse([[2, 0], [0, 4]])", "--json", "--compare"], ws)).stdout);
    expect(json).toMatchObject({ exercise: "inverse", ok: true, value: [[0.5, 0], [0, 0.25]], reference: { ok: true }, difference: { kind: "numbers", maxAbs: 0 } });
  });

  it("runs the expression isolated: no process, no endless loop, no import; the learner's failure exits 1", async () => {
    const exit = await latutor(["try", "inverse", "globalThis.process.exit(3)"], ws);
    expect(exit.code).toBe(1);
    expect(exit.stdout).toMatch(/Refused: process\.exit is not allowed/);
    const loop = await latutor(["try", "inverse", "(() => { while (true) {} })()"], ws);
    expect(loop.code).toBe(1);
    expect(loop.stdout).toMatch(/did not finish within \d+ ms/);
    const dynamic = await latutor(["try", "inverse", 'eval("import(\\"node:fs\\")")'], ws);
    expect(dynamic.code).not.toBe(0);
    expect(dynamic.stdout + dynamic.stderr).not.toMatch(/\[object Module\]|readFileSync/);
    const stub = await latutor(["try", "norms", "norm2([3, 4])"], ws);
    expect(stub.code).toBe(1);
    expect(stub.stdout).toMatch(/threw Error: TODO: implement norm2\(v\) \(that function is still the stub: write it first\)/);
    // No scratch module is left in the learner's folder.
    expect(readdirSync(join(ws, "exercises")).filter((f) => f.startsWith(".latutor-try"))).toEqual([]);
  });

  it("refuses an import in the learner's file by the same rule as check", async () => {
    const file = join(ws, "exercises/02-projections/projection.ts");
    const before = readFileSync(file, "utf8");
    writeFileSync(file, `import { readFileSync } from "node:fs";\nexport function project() { return readFileSync; }\n`);
    try {
      const r = await latutor(["try", "projection", "project()"], ws);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/import "node:fs" refused/);
    } finally {
      writeFileSync(file, before);
    }
  });
});
