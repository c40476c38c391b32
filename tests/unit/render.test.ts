import { describe, expect, it } from "vitest";
import { describeShape, formatNumber } from "../../src/render/format";
import { renderMarkdown, sectionText, sections } from "../../src/render/markdown";
import { formatMatrix } from "../../src/render/matrix";
import { colorLevel, makeStyle } from "../../src/render/style";

const plain = makeStyle(0);

describe("numbers and shapes", () => {
  it("formats numbers compactly", () => {
    expect(formatNumber(32)).toBe("32");
    expect(formatNumber(0.98288333)).toBe("0.982883");
    expect(formatNumber(1e200)).toBe("1e+200");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(NaN)).toBe("NaN");
  });

  it("describes shapes", () => {
    expect(describeShape([[1, 2, 3], [4, 5, 6]])).toBe("a 2×3 matrix");
    expect(describeShape([1, 2])).toBe("an array of length 2");
    expect(describeShape(undefined)).toBe("undefined");
  });

  it("draws matrices with aligned columns", () => {
    expect(formatMatrix([[1, 20], [300, 4]])).toEqual(["⎡   1  20 ⎤", "⎣ 300   4 ⎦"]);
  });
});

describe("lesson markdown", () => {
  const md = "# Title\n\nIntro *text* with `code`.\n\n## First {#first}\n\nBody one.\n\n```ts example\nf(1)\n// → 2\n```\n\n## Second {#second}\n\n- a point\n- another\n";

  it("finds sections by anchor", () => {
    expect(sections(md).map((s) => s.id)).toEqual(["first", "second"]);
    expect(sectionText(md, "second")).toContain("- a point");
    expect(sectionText(md, "nope")).toBeUndefined();
  });

  it("renders without colour codes when colour is off, hiding anchors", () => {
    const out = renderMarkdown(md, plain, 80);
    expect(out).not.toContain("\u001b[");
    expect(out).not.toContain("{#first}");
    expect(out).toContain("■ First");
    expect(out).toContain("→ 2");
    expect(out).toContain("• a point");
  });

  it("wraps paragraphs to the width", () => {
    const long = "word ".repeat(60);
    for (const line of renderMarkdown(long, plain, 50).trimEnd().split("\n")) expect(line.length).toBeLessThanOrEqual(50);
  });
});

describe("colour decisions", () => {
  it("uses no colour without a TTY, with NO_COLOR or --no-color", () => {
    expect(colorLevel({ isTTY: false }, {})).toBe(0);
    expect(colorLevel({ isTTY: true }, { NO_COLOR: "1" })).toBe(0);
    expect(colorLevel({ isTTY: true }, {}, false)).toBe(0);
    expect(colorLevel({ isTTY: true }, {})).toBeGreaterThan(0);
    expect(colorLevel({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(1);
  });
});

describe("JUnit XML", () => {
  it("has one testsuite per exercise and escapes what XML cannot hold", async () => {
    const { renderJUnit } = await import("../../src/render/junit");
    const xml = renderJUnit([
      {
        exercise: "norms",
        passed: false,
        score: 0.5,
        seed: 42,
        file: "exercises/01-vectors/norms.ts",
        durationMs: 12,
        cases: [
          { name: "a < b", call: "norm1", kind: "fixed", tier: "required", weight: 1, passed: true, message: "ok" },
          { name: "huge", call: "norm2", kind: "fixed", tier: "required", weight: 1, passed: false, message: 'got "Infinity" & more\u0001' },
        ],
      },
    ]);
    expect(xml).toContain('<testsuites name="latutor" tests="2" failures="1">');
    expect(xml).toContain('name="norms: a &lt; b"');
    expect(xml).toContain("got &quot;Infinity&quot; &amp; more");
    expect(xml).not.toContain("\u0001");
    expect(xml).toContain("latutor check norms --seed 42");
  });
});

describe("the report", () => {
  const base = { exercise: "cosine-similarity", seed: 1, file: "exercises/01-vectors/cosine-similarity.ts", durationMs: 1 };
  const failing = (expected: unknown, got: unknown) => ({
    ...base,
    passed: false,
    score: 0,
    cases: [{ name: "parallel", call: "cosineSimilarity", kind: "fixed" as const, tier: "required" as const, weight: 1, passed: false, message: "off", expected, got, input: [[1, 8], [2, 16]] }],
  });

  it("never says 'expected 1, got 1': numbers that print alike are shown in full, with their difference", async () => {
    const { renderReport } = await import("../../src/render/report");
    const text = renderReport(failing(1, 1.0000000000000002), { style: makeStyle(0), width: 100 });
    expect(text).toMatch(/expected: 1\n/);
    expect(text).toMatch(/got: {6}1\.0000000000000002\n/);
    expect(text).toMatch(/they differ by 2\.22e-16/);
    const plain = renderReport(failing(1, 2), { style: makeStyle(0), width: 100 });
    expect(plain).not.toMatch(/differ by/);
  });

  it("shows text from learner code with control characters made visible", async () => {
    const { renderReport } = await import("../../src/render/report");
    const r = { ...failing(1, "\u001b[2J✓ passed"), printed: "\u001b[31mred\r\n", cases: [{ ...failing(1, 2).cases[0], message: "threw Error: \u001b[H\u202eevil" }] };
    const text = renderReport(r, { style: makeStyle(0), width: 100 });
    expect(text).not.toMatch(/[\u001b\u202e\r]/);
    expect(text).toContain("␛[31mred");
  });

  it("marks going-deeper challenges and never lets them fail the verdict line", async () => {
    const { renderReport } = await import("../../src/render/report");
    const r = {
      ...base,
      passed: true,
      score: 1,
      challenges: { total: 1, passed: [], open: ["huge entries"] },
      cases: [
        { name: "songs", call: "cosineSimilarity", kind: "fixed" as const, tier: "required" as const, weight: 1, passed: true, message: "ok" },
        { name: "huge entries", call: "cosineSimilarity", kind: "fixed" as const, tier: "challenge" as const, section: "overflow", weight: 1, passed: false, message: "returned NaN" },
      ],
    };
    const text = renderReport(r, { style: makeStyle(0), width: 100, topicId: "01-vectors" });
    expect(text.split("\n")[0]).toMatch(/^✓ cosine-similarity passed: 1 of 1 cases \(score 100%\) · 1 going-deeper challenge open: huge entries ★/);
    expect(text).toMatch(/Going deeper ★[^]*☆ huge entries[^]*→ latutor lesson 01-vectors --section overflow/);
  });
});
