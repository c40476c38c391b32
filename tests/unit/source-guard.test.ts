import { describe, expect, it } from "vitest";
import { MAX_NESTING, nestingDepth, sourceProblem } from "../../src/grader/source-guard";

describe("the source guard", () => {
  it("measures bracket nesting, skipping strings, comments and template text", () => {
    expect(nestingDepth("f(a[1], {b: (2)})").depth).toBe(3);
    expect(nestingDepth("const s = '((((('; // ((((\n/* (((( */ x").depth).toBe(0);
    expect(nestingDepth("const t = `a ${f(`b ${(1)}`)} (((`;").depth).toBe(4);
    expect(nestingDepth("x\n  ((y))").line).toBe(2);
  });

  it("reads regular expressions as text, so a quote inside one opens no string", () => {
    expect(nestingDepth(`const r = /"/; export const deep = ${"(".repeat(300)}0${")".repeat(300)}`).depth).toBe(300);
    expect(nestingDepth("const r = /\\)/; f((1))").depth).toBe(2);
    expect(nestingDepth('const x = a / b / (c); const s = "((";').depth).toBe(1);
    expect(nestingDepth("if (x) return /[/(]/.test(s);").depth).toBe(1);
  });

  it("refuses files that are too big or too deep, and passes ordinary code", () => {
    expect(sourceProblem("(".repeat(MAX_NESTING + 1))?.message).toMatch(/nested more than 200 deep/);
    expect(sourceProblem("x".repeat(1_000_001))?.message).toMatch(/at most 1 MB/);
    expect(sourceProblem("export const x = [[1, 2], [3, 4]].map((r) => r.map((v) => v * 2));")).toBeUndefined();
  });
});
