import { describe, expect, it } from "vitest";
import { checkExamples, claimMatches, parseExamples } from "../../src/course/examples";

describe("lesson examples", () => {
  it("parses expression/claim pairs from ts example blocks only", () => {
    const md = ["Text", "```ts example", "dot([1, 2], [3, 4])", "// → 11", "add(", "  [1], [2])", "// → [3]", "```", "```ts", "notAnExample()", "// → 1", "```"].join("\n");
    const ex = parseExamples(md);
    expect(ex).toHaveLength(2);
    expect(ex[0]).toEqual({ line: 4, expression: "dot([1, 2], [3, 4])", claim: "11" });
    expect(ex[1].expression).toBe("add(\n  [1], [2])");
  });

  it("compares numbers to the decimals written", () => {
    expect(claimMatches("0.983", 0.98288).ok).toBe(true);
    expect(claimMatches("0.94", 0.98288).ok).toBe(false);
    expect(claimMatches("[0.6, -0.8]", [0.6000000001, -0.8]).ok).toBe(true);
    expect(claimMatches("32", 32.4).ok).toBe(true);
    expect(claimMatches("32", 32.6).ok).toBe(false);
    expect(claimMatches("1.414e200", 1.4142e200).ok).toBe(true);
    expect(claimMatches("[1, 2]", [1, 2, 3]).ok).toBe(false);
    expect(claimMatches("true", true).ok).toBe(true);
  });

  it("reports an example whose claim the code does not back", () => {
    const md = "```ts example\ndouble(2)\n// → 5\ndouble(3)\n// → 6\n```\n";
    const { checked, failures } = checkExamples(md, { double: (x: number) => 2 * x });
    expect(checked).toBe(2);
    expect(failures).toHaveLength(1);
    expect(failures[0].example.line).toBe(3);
  });
});
