import { describe, expect, it } from "vitest";
import * as d from "../../src/grader/diagnoses";
import type { JudgedCase } from "../../src/grader/spec";

const judged = (over: Partial<JudgedCase>): JudgedCase => ({ name: "c", call: "f", kind: "fixed", tier: "required", tags: [], passed: false, outcome: "returned", args: [], ...over });

describe("relations between a result and the answer", () => {
  it("recognise a flipped sign, a scale factor, a reordering and a transpose", () => {
    expect(d.negated([-1, 2], [1, -2])).toBe(true);
    expect(d.negated([1, 2], [1, 2])).toBe(false);
    expect(d.scaleFactor([2, 4], [1, 2])).toBeCloseTo(2);
    expect(d.reordered([2, 1, 3], [1, 2, 3])).toBe(true);
    expect(d.reordered([1, 2, 3], [1, 2, 3])).toBe(false);
    expect(d.transposed([[1, 3], [2, 4]], [[1, 2], [3, 4]])).toBe(true);
  });

  it("tell rounding from underflow and from a wrong scale", () => {
    expect(d.integerOnly([3, -1], [2.7, -1.2])).toBe(true);
    expect(d.integerOnly([0], [5e-200])).toBe(false);
    expect(d.integerOnly([1, 0], [0.99995, 0.0099995])).toBe(false);
  });

  it("see a skipped last entry only when the rest says something", () => {
    expect(d.lastEntrySkipped([1, 2, 0], [1, 2, 3])).toBe(true);
    expect(d.lastEntrySkipped([0, -4], [0, 4])).toBe(false);
  });
});

describe("choosing what to say", () => {
  const specific = [{ id: "own", message: "the exercise's own diagnosis", test: d.whenResult("f", (got) => got === 42) }];

  it("says nothing when every case passed", () => {
    expect(d.diagnose(specific, [judged({ passed: true, got: 42 })])).toEqual([]);
  });

  it("puts the exercise's own diagnosis first and drops generic guesses then", () => {
    const cases = [judged({ got: 42, expected: -42 }), judged({ got: [-1, 2], expected: [1, -2] })];
    expect(d.diagnose(specific, cases).map((x) => x.id)).toEqual(["own"]);
  });

  it("keeps the certain generic ones (a changed or returned input) alongside", () => {
    const cases = [judged({ got: 42 }), judged({ mutated: true })];
    expect(d.diagnose(specific, cases).map((x) => x.id)).toEqual(["own", "mutates-input"]);
  });

  it("falls back to generic guesses when nothing specific applies", () => {
    expect(d.diagnose(specific, [judged({ got: [-1, 2], expected: [1, -2] })]).map((x) => x.id)).toEqual(["sign-flipped"]);
  });

  it("ignores a detector that cannot read a strange result", () => {
    const broken = [{ id: "broken", message: "x", test: () => { throw new Error("bad shape"); } }];
    expect(d.diagnose(broken, [judged({ got: undefined })])).toEqual([]);
  });
});

describe("forgot to normalise", () => {
  it("is named when a unit answer comes back stretched", () => {
    expect(d.diagnose([], [judged({ got: [3, 4], expected: [0.6, 0.8] })]).map((x) => x.id)).toEqual(["not-unit"]);
  });
});
