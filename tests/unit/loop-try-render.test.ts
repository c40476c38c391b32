import { describe, expect, it } from "vitest";
import { makeStyle } from "../../src/render/style";
import { difference, plottable, renderDifference, renderPlots, renderValue } from "../../src/render/try";

const plain = makeStyle(0);

describe("showing a try result", () => {
  it("shows a number, a vector, and a matrix as an aligned table with its shape", () => {
    expect(renderValue(5, plain)).toEqual(["5"]);
    expect(renderValue(0.1 + 0.2, plain)).toEqual(["0.3"]);
    expect(renderValue([0.8, 1.4], plain)).toEqual(["[0.8, 1.4]"]);
    expect(renderValue([[1, 2], [3, 40]], plain)).toEqual(["2×2 matrix", "⎡ 1   2 ⎤", "⎣ 3  40 ⎦"]);
  });

  it("shows an object field by field, matrices under their name", () => {
    const lines = renderValue({ value: 4, vector: [0.4472, 0.8944], Q: [[1, 0], [0, 1]] }, plain);
    expect(lines).toEqual(["value: 4", "vector: [0.4472, 0.8944]", "Q:", "  2×2 matrix", "  ⎡ 1  0 ⎤", "  ⎣ 0  1 ⎦"]);
  });

  it("makes text from learner code safe to print", () => {
    expect(renderValue("\u001b[2Jhi", plain).join("")).not.toContain("\u001b");
    expect(renderValue({ "\u001b[31mkey": 1 }, plain).join("")).not.toContain("\u001b");
  });
});

describe("the difference from the reference", () => {
  it("subtracts numbers, vectors and matrices of the same shape", () => {
    expect(difference(1.5, 1)).toMatchObject({ kind: "numbers", diff: 0.5, maxAbs: 0.5, relative: 0.5 });
    expect(difference([1, 2], [1, 2.5])).toMatchObject({ kind: "numbers", diff: [0, -0.5], maxAbs: 0.5, relative: 0.2 });
    expect(difference([[1, 2], [3, 4]], [[1, 2], [3, 4]])).toMatchObject({ kind: "numbers", maxAbs: 0 });
    expect(renderDifference(difference([[1, 2], [3, 4]], [[1, 2], [3, 4]]), plain)).toEqual(["identical, to the last digit"]);
  });

  it("says when two vectors differ only by sign", () => {
    const d = difference([0.6, -0.8], [-0.6, 0.8]);
    expect(d).toMatchObject({ kind: "numbers", signFlip: true });
    expect(renderDifference(d, plain).join("\n")).toMatch(/up to sign/);
    expect(difference([0.6, -0.8], [0.6, 0.8])).toMatchObject({ signFlip: false });
  });

  it("compares objects field by field and says which shapes cannot be compared", () => {
    const d = difference({ value: 4, vector: [1, 0], iterations: 12 }, { value: 4.5, vector: [1, 0], iterations: 12 });
    expect(d).toMatchObject({ kind: "fields", fields: [{ key: "value", difference: { kind: "numbers", maxAbs: 0.5 } }] });
    expect(difference([1, 2, 3], [[1, 2, 3]])).toMatchObject({ kind: "incomparable", why: "yours is an array of length 3, the reference's a 1×3 matrix" });
  });

  it("handles a result of 300,000 entries (more than a spread can take) without running out of stack", () => {
    const big = Array.from({ length: 300_000 }, (_, i) => i);
    expect(difference(big, big)).toMatchObject({ kind: "numbers", maxAbs: 0 });
    expect(renderPlots(big, plain, 100).join("\n")).toMatch(/index: 0 … 299999/);
  });
});

describe("plots of a try result", () => {
  it("finds the lists of numbers: a vector, a matrix's rows, an object's lists", () => {
    expect(plottable([1, 2, 3]).map((p) => p.name)).toEqual(["value"]);
    expect(plottable([[1, 2], [3, 4]]).map((p) => p.name)).toEqual(["row 0", "row 1"]);
    expect(plottable({ value: 4, history: [1, 3, 3.9, 4] }).map((p) => p.name)).toEqual(["history"]);
    expect(plottable(5)).toEqual([]);
  });

  it("draws a chart, and the reference's beside it when comparing", () => {
    const alone = renderPlots({ history: [1, 3, 3.9, 4] }, plain, 100).join("\n");
    expect(alone).toMatch(/^history/);
    expect(alone).toMatch(/[┼┤]/);
    const both = renderPlots([1, 2, 3], plain, 100, [1, 2, 4]).join("\n");
    expect(both).toMatch(/yours/);
    expect(both).toMatch(/reference/);
  });

  it("says so when there is nothing to plot", () => {
    expect(renderPlots(5, plain, 100).join("")).toMatch(/nothing to plot/);
  });
});
