import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadBuiltinCourse } from "../../src/course/builtin";
import { checkExpression, closestName, exampleExpression, exportedNames, wrapperSource } from "../../src/workspace/try-expression";

describe("a try expression, read as hostile input", () => {
  it("accepts ordinary expressions: calls, literals, arithmetic, arrows, strings", () => {
    for (const ok of [
      "solve([[0,1],[1,1]], [1,2])",
      "norm2([3, 4]) / 5",
      "powerMethod([[2, 1], [1, 3]], { tolerance: 1e-8 }).history",
      "Array.from({ length: 5 }, (_, i) => norm2([i, 1]))",
      "denseForward([[1]], [0], [[2]], \"relu\")",
      "[1, 2].map((x) => { const y = x * 2; return y; })",
      "rotation(Math.PI / 2)",
      "-det([[1e-8, 2], [3, 4]])",
    ]) {
      expect(checkExpression(ok), ok).toBeUndefined();
    }
  });

  it("refuses statements: a ';' outside a function body", () => {
    expect(checkExpression("solve(A, b); evil()")).toMatchObject({ message: expect.stringMatching(/one expression only/), column: 12 });
    expect(checkExpression("f([1;2])")?.message).toMatch(/one expression only/);
  });

  it("refuses brackets that could close the wrapper: unbalanced or mismatched", () => {
    expect(checkExpression("1); import('fs'); (1")?.message).toMatch(/closes nothing/);
    expect(checkExpression("solve([[0,1],[1,1]], [1,2]]")).toMatchObject({ message: expect.stringMatching(/"\(" at character 6 needs a "\)"/), column: 27 });
    expect(checkExpression("solve([[0,1]")?.message).toMatch(/never closed/);
    expect(checkExpression("}")?.message).toMatch(/closes nothing/);
  });

  it("refuses what a simple reader could misjudge: comments, templates, regular expressions", () => {
    expect(checkExpression("norm2([3,4]) // hi")?.message).toMatch(/comments/);
    expect(checkExpression("norm2([3,4]) /* x */")?.message).toMatch(/comments/);
    expect(checkExpression("`${1}`")?.message).toMatch(/template strings/);
    expect(checkExpression('/")/.test("x")')?.message).toMatch(/regular expressions/);
    expect(checkExpression("f(/a/)")?.message).toMatch(/regular expressions/);
  });

  it("keeps a quote inside a string from opening anything", () => {
    expect(checkExpression('f(")", "\\"(")')).toBeUndefined();
    expect(checkExpression('f("abc')?.message).toMatch(/not closed/);
  });

  it("refuses import, export and await, and control or direction-changing characters", () => {
    expect(checkExpression('import("fs")')?.message).toMatch(/not import anything/);
    expect(checkExpression("await f()")?.message).toMatch(/synchronous/);
    expect(checkExpression("f(1)\u001b[2J")?.message).toMatch(/control/);
    expect(checkExpression("f('\u202e')")?.message).toMatch(/direction/);
  });

  it("refuses an empty or huge expression", () => {
    expect(checkExpression("  ")?.message).toMatch(/empty/);
    expect(checkExpression("1+".repeat(6000) + "1")?.message).toMatch(/at most 10000/);
  });
});

describe("the names an expression can use", () => {
  it("reads a module's exported values, not its types", () => {
    const source = `export type Vector = number[];
export interface X { a: number }
export function solve(A: number[][]) { return A; }
export const EPS = 1e-12, other = 2;
export class Solver {}
function local() {}
export { local as renamed, type Vector as V };
export async function* weird() {}`;
    expect(exportedNames(source).sort()).toEqual(["EPS", "Solver", "renamed", "solve", "weird"]);
  });

  it("suggests a near name for a typo, and nothing for an unrelated word", () => {
    expect(closestName("solv", ["solve", "shape"])).toBe("solve");
    expect(closestName("Norm2", ["norm2", "norm1"])).toBe("norm2");
    expect(closestName("banana", ["solve", "shape"])).toBeUndefined();
  });
});

describe("the wrapper module", () => {
  it("imports both modules, puts the exercise's names after the helpers', and holds the expression on its own lines", () => {
    const w = wrapperSource("solve(A,\nb)", { helpers: "./helpers", exercise: "./06-elimination/gaussian-elimination" }, ["solve", "identity", "solve", "bad name", "__latutorTry", "default"]);
    expect(w.names).toEqual(["solve", "identity"]);
    const lines = w.source.split("\n");
    expect(lines[w.expressionLine - 1]).toBe("solve(A,");
    expect(lines[w.expressionLine]).toBe("b)");
    expect(w.source).toContain('import * as __latutorHelpers from "./helpers";');
    expect(w.source).toContain("{ ...__latutorHelpers, ...__latutorExercise }");
    expect(w.source).toContain("const { solve, identity } = __latutorScope;");
  });
});

describe("examples to try, from the stubs", () => {
  const course = loadBuiltinCourse();

  it("finds a call of an export made of literals, for most exercises, and each passes the expression check", () => {
    let found = 0;
    for (const e of course.exercises) {
      const example = exampleExpression(readFileSync(join(course.root, e.stub), "utf8"), e.exports);
      if (!example) continue;
      found++;
      expect(checkExpression(example), `${e.id}: ${example}`).toBeUndefined();
      expect(e.exports).toContain(/^([A-Za-z_$][\w$]*)\(/.exec(example)![1]);
    }
    expect(found).toBeGreaterThan(course.exercises.length * 0.75);
  });

  it("skips examples that use names of their own", () => {
    expect(exampleExpression("//   predictRating(model, 2, 3)  → 4.5\n//   norm2([3, 4]) → 5", ["predictRating", "norm2"])).toBe("norm2([3, 4])");
    expect(exampleExpression("//   predictRating(model, 2, 3)  → 4.5", ["predictRating"])).toBeUndefined();
  });
});
