// The built-in course proves itself: every reference solution passes its hidden spec on several
// seeds, every untouched stub fails it, and every worked example in a lesson is what the
// reference code computes.
import { describe, expect, it } from "vitest";
import { loadBuiltinCourse } from "../src/course/builtin";
import { verifyExercise, verifyLessons } from "../src/grader/verify";

const course = loadBuiltinCourse();
const seeds = [11, 2024, 987654321];

describe("every exercise of the built-in course", () => {
  for (const exercise of course.exercises) {
    it(`${exercise.id}: the reference passes on ${seeds.length} seeds and the stub fails`, async () => {
      const verdict = await verifyExercise(course, exercise, seeds);
      expect(verdict.problems).toEqual([]);
      expect(verdict.stubRun?.passed).toBe(false);
      for (const run of verdict.referenceRuns) expect(run.score).toBe(1);
    });
  }
});

describe("every lesson", () => {
  it("has worked examples that the reference code backs", async () => {
    const verdicts = await verifyLessons(course);
    expect(verdicts.flatMap((v) => v.problems)).toEqual([]);
    for (const v of verdicts.filter((x) => x.topic !== "00-welcome")) expect(v.examples, v.topic).toBeGreaterThan(5);
  });

  it("has the sections that exercises and hints point at", async () => {
    const { readLesson } = await import("../src/course/course");
    const { sections } = await import("../src/render/markdown");
    for (const e of course.exercises) {
      if (!e.section) continue;
      const topic = course.topics.find((t) => t.id === e.topicId)!;
      expect(sections(readLesson(course, topic)).map((s) => s.id), e.id).toContain(e.section);
    }
  });
});
