import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { growthExponent, judgeGrowth } from "../../src/grader/extras";
import { typecheck } from "../../src/grader/typecheck";
import { renderSeries } from "../../src/render/plot";
import { makeStyle } from "../../src/render/style";
import { gradeSource, reference } from "../support/grade-file";

describe("growth exponents", () => {
  it("fits ms ≈ c·nᵏ", () => {
    const sizes = [1000, 2000, 4000, 8000];
    expect(growthExponent(sizes, sizes.map((n) => 3e-6 * n))).toBeCloseTo(1, 5);
    expect(growthExponent(sizes, sizes.map((n) => 1e-9 * n ** 3))).toBeCloseTo(3, 5);
  });

  it("never calls a quadratic dot product as expected, and only advises", async () => {
    const slow = reference("vector-arithmetic").replace("sum += a[i] * b[i];", "sum += a[i] * b[b.indexOf(b[i])];");
    const r = await gradeSource("vector-arithmetic", slow);
    expect(r.passed).toBe(true);
    // Timings on a shared machine may be too noisy to say anything (then nothing is said), but
    // what is said about a quadratic dot product is never "as expected". The decision itself is
    // tested on fixed timings below ("what the timings say").
    if (r.complexity) {
      expect(r.complexity.slow).toBe(true);
      expect(r.complexity.exponent).toBeGreaterThan(1.6);
      expect(r.complexity.message).toMatch(/grows like n\^[\d.]+ .*expected n\^1: .*indexOf/);
    }
  });

  it("is not measured for a wrong answer", async () => {
    const wrong = reference("vector-arithmetic").replace("sum += a[i] * b[i];", "sum += a[i] + b[i];");
    expect((await gradeSource("vector-arithmetic", wrong)).complexity).toBeUndefined();
  });
});

describe("plots", () => {
  it("carry the learner's values next to the reference's, as data", async () => {
    const naive = reference("norms").replace(/export function norm2[\s\S]*?\n}\n/, "export function norm2(v: Vector): number { return Math.sqrt(v.reduce((s, x) => s + x * x, 0)); }\n");
    const r = await gradeSource("norms", naive);
    const s = r.series![0];
    expect(s.x[0]).toBe(-300);
    expect(s.reference.every((y) => y !== null && y > 14)).toBe(true);
    expect(s.learner[0]).toBe(0); // 3e-300 squared underflows: no correct digit
    expect(s.learner[12]).toBeGreaterThan(14); // k = 0 is fine
  });

  it("draw two labelled charts without colour, one with a legend with colour", () => {
    const series = { title: "t", xLabel: "k", yLabel: "digits", x: [1, 2, 3], learner: [0, 16, null], reference: [16, 16, 16] };
    const plain = renderSeries(series, makeStyle(0), 80);
    expect(plain).toContain("yours (y: digits)");
    expect(plain).toContain("reference");
    expect(plain).toContain("1 of your values were not finite");
    expect(plain).not.toContain("\u001b[");
    expect(renderSeries(series, makeStyle(1), 80)).toContain("━ yours");
  });
});

describe("type checking on demand", () => {
  it("reports type errors with file:line:column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "latutor-tc-"));
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, lib: ["ES2023"], types: [] } }));
    const file = join(dir, "a.ts");
    writeFileSync(file, "export function f(v: number[]): number {\n  const s: string = v.length;\n  return s.length;\n}\n");
    const problems = await typecheck([file], { tsconfig: join(dir, "tsconfig.json"), displayRoot: dir });
    expect(problems).toEqual([expect.objectContaining({ file: "a.ts", line: 2, column: 9, code: 2322 })]);
  });
});

describe("what the timings say", () => {
  const c = { call: "dot", expected: 1, hint: "is there a loop inside a loop?" };
  const sizes = [1000, 2000, 4000, 8000];
  it("says 'as expected' only within the stated margin", () => {
    const r = judgeGrowth(c, sizes, sizes.map((n) => 1e-4 * n));
    expect(r?.slow).toBe(false);
    expect(r?.message).toMatch(/as expected for n\^1 \(within ±0\.6\)/);
  });
  it("advises when the growth is clearly faster than expected", () => {
    expect(judgeGrowth(c, sizes, sizes.map((n) => 1e-8 * n * n))?.slow).toBe(true);
  });
  it("says nothing when the timings are too flat, too small or too noisy to fit", () => {
    expect(judgeGrowth(c, sizes, sizes.map((n) => 1 + 1e-6 * n))).toBeUndefined(); // n^0.0: overhead
    expect(judgeGrowth(c, sizes, sizes.map((n) => 1e-7 * n))).toBeUndefined(); // under 0.05 ms
    expect(judgeGrowth(c, sizes, [1, 0.2, 3, 0.9])).toBeUndefined(); // noise
  });
});
