import { describe, expect, it } from "vitest";
import { isAccidental, judge, type Reference } from "../../src/grader/judge";
import { closeVector } from "../../src/grader/numeric";
import { defineSpec, fixed, throws } from "../../src/grader/spec";

const reference: Reference = { double: (v) => (v as number[]).map((x) => 2 * x) };
const spec = defineSpec({
  exercise: "double",
  params: { double: ["v"] },
  checks: { double: (got, { expected }) => closeVector(got, expected as number[]) },
  cases: [fixed("two", "double", [[1, 2]]), throws("nothing", "double", [[]], "an empty vector has nothing to double")],
});
const [plain, mustThrow] = spec.cases;
const returned = (value: unknown, argsAfter: unknown[] = [[1, 2]], extra = {}) => ({ kind: "returned" as const, value, argsAfter, ms: 0, ...extra });

describe("judging one call", () => {
  it("passes a right answer and fails a wrong one with the check's words", () => {
    expect(judge(spec, reference, plain, [[1, 2]], returned([2, 4]))).toMatchObject({ passed: true, outcome: "returned" });
    expect(judge(spec, reference, plain, [[1, 2]], returned([2, 5]))).toMatchObject({ passed: false, message: expect.stringMatching(/^double: the result\[1\] is 5, expected 4/) });
  });

  it("names a changed input by its parameter name and position", () => {
    const e = judge(spec, reference, plain, [[1, 2]], returned([2, 4], [[1, 3]]));
    expect(e).toMatchObject({ passed: false, mutated: true, message: expect.stringContaining("changed its 1st argument (v): element [1] was 2, now 3") });
  });

  it("fails a result that is the input array itself", () => {
    const e = judge(spec, reference, plain, [[1, 2]], returned([1, 2], [[1, 2]], { aliased: { arg: 0, part: false } }));
    expect(e).toMatchObject({ passed: false, aliased: true, message: expect.stringContaining("returned its 1st argument (v) itself") });
  });

  it("a case that must throw: an Error with a message passes; a string, a refusal or a value do not", () => {
    const threw = (thrown: object) => ({ kind: "threw" as const, thrown: { isError: true, name: "Error", message: "empty", ...thrown }, ms: 0 });
    expect(judge(spec, reference, mustThrow, [[]], threw({})).passed).toBe(true);
    expect(judge(spec, reference, mustThrow, [[]], threw({ isError: false, name: "string", message: '"no"' })).message).toMatch(/not an Error/);
    expect(judge(spec, reference, mustThrow, [[]], threw({ message: " " })).message).toMatch(/empty message/);
    expect(judge(spec, reference, mustThrow, [[]], threw({ name: "Refused", message: "process.exit is not allowed in an exercise" })).message).toMatch(/was refused/);
    expect(judge(spec, reference, mustThrow, [[]], threw({ message: "TODO: implement double(v)" })).message).toMatch(/not implemented yet/);
    expect(judge(spec, reference, mustThrow, [[]], returned([], [[]])).message).toMatch(/returned \[\], but it should throw an Error because an empty vector/);
  });

  it("turns time-outs and crashes into hard failures (not shrunk)", () => {
    expect(judge(spec, reference, plain, [[1, 2]], { kind: "timeout", limitMs: 250 })).toMatchObject({ passed: false, hard: true, message: expect.stringContaining("did not finish within 250 ms") });
    expect(judge(spec, reference, plain, [[1, 2]], { kind: "crashed", message: "ran out of memory" })).toMatchObject({ hard: true });
    expect(judge(spec, reference, plain, [[1, 2]], { kind: "missing" }).message).toBe("your file does not export a function named double");
  });
});

describe("a must-throw case", () => {
  it("does not count JavaScript's own complaints from code that never checked its input", () => {

    for (const [name, message] of [
      ["TypeError", "Cannot read properties of undefined (reading 'map')"],
      ["TypeError", "Cannot read properties of null (reading 'length')"],
      ["TypeError", "Reduce of empty array with no initial value"],
      ["TypeError", "points[0].map is not a function"],
      ["TypeError", "v is not iterable"],
      ["TypeError", "Cannot convert undefined or null to object"],
      ["RangeError", "Invalid array length"],
    ]) expect(isAccidental({ name, message }), message).toBe(true);
    for (const [name, message] of [
      ["Error", "Cannot read properties of undefined"],
      ["RangeError", "k must be between 1 and 3, got 7"],
      ["TypeError", "the vectors have different lengths"],
      ["Error", "centroid: there are no points"],
    ]) expect(isAccidental({ name, message }), message).toBe(false);
  });
});
