import { describe, expect, it } from "vitest";
import { loadBuiltinCourse } from "../../src/course/builtin";
import type { GradeResult } from "../../src/grader/result";
import { courseRecord, currentExercise, decideNext, recordResult, summarize } from "../../src/workspace/progress";
import { emptyState } from "../../src/workspace/state";

const course = loadBuiltinCourse();
const result = (exercise: string, passed: boolean, score = passed ? 1 : 0.5): GradeResult => ({ exercise, passed, score, seed: 1, cases: [], file: "x.ts", durationMs: 1 });

describe("what comes next", () => {
  it("starts with the welcome lesson", () => {
    const step = decideNext(course, emptyState());
    expect(step.kind).toBe("lesson");
    expect(step.kind === "lesson" && step.topic.id).toBe("00-welcome");
  });

  it("goes lesson → its first exercise → the next exercise → the next lesson", () => {
    const s = emptyState();
    s.lessonsRead.push("00-welcome");
    let step = decideNext(course, s);
    expect(step.kind === "lesson" && step.topic.id).toBe("01-vectors");
    expect(step.kind === "lesson" && step.exercise?.id).toBe("vector-arithmetic");
    s.lessonsRead.push("01-vectors");
    step = decideNext(course, s);
    expect(step.kind === "exercise" && step.exercise.id).toBe("vector-arithmetic");
    recordResult(s, result("vector-arithmetic", true));
    step = decideNext(course, s);
    expect(step.kind === "exercise" && step.exercise.id).toBe("norms");
    for (const id of ["norms", "cosine-similarity", "similarity-search"]) recordResult(s, result(id, true));
    step = decideNext(course, s);
    expect(step.kind === "lesson" && step.topic.id).toBe("02-projections");
  });

  it("is done when everything is read and passed", () => {
    const s = emptyState();
    for (const t of course.topics) s.lessonsRead.push(t.id);
    for (const e of course.exercises) recordResult(s, result(e.id, true));
    expect(decideNext(course, s).kind).toBe("done");
    expect(currentExercise(course, s)).toBeUndefined();
    expect(summarize(course, s).passed).toBe(course.exercises.length);
  });

  it("records attempts, best score, and never un-passes an exercise", () => {
    const s = emptyState();
    recordResult(s, result("norms", false, 0.25));
    recordResult(s, result("norms", true));
    recordResult(s, result("norms", false, 0.5));
    expect(s.exercises.norms).toMatchObject({ status: "passed", attempts: 3, bestScore: 1, lastScore: 0.5 });
    expect(s.exercises.norms.firstPassedAt).toBeDefined();
  });

  it("checks the exercise next showed last, also after it passes, until next moves on", () => {
    const s = emptyState();
    s.currentExercise = "cosine-similarity";
    expect(currentExercise(course, s)?.id).toBe("cosine-similarity");
    recordResult(s, result("cosine-similarity", true));
    expect(currentExercise(course, s)?.id).toBe("cosine-similarity");
    s.currentExercise = undefined;
    expect(currentExercise(course, s)?.id).toBe("vector-arithmetic");
  });

  it("does not count an untouched stub as an attempt (check --all over a fresh workspace)", () => {
    const s = emptyState();
    recordResult(s, { ...result("norms", false, 0), untouched: true });
    expect(s.exercises.norms).toBeUndefined();
    recordResult(s, result("norms", false, 0.5));
    recordResult(s, { ...result("norms", false, 0), untouched: true });
    expect(s.exercises.norms).toMatchObject({ status: "attempted", attempts: 2 });
  });

  it("keeps the going-deeper challenges met and open", () => {
    const s = emptyState();
    const r = { ...result("cosine-similarity", true), challenges: { total: 2, passed: ["tiny"], open: ["huge entries"] } };
    recordResult(s, r);
    recordResult(s, { ...r, challenges: { total: 2, passed: ["huge entries"], open: ["tiny"] } });
    expect(s.exercises["cosine-similarity"]).toMatchObject({ challengesMet: ["tiny", "huge entries"], challengesOpen: [] });
  });
});

describe("the end of the course", () => {
  it("lists what was built, with its lesson, and how it went", async () => {
    const { renderEpilogue } = await import("../../src/render/epilogue");
    const { makeStyle } = await import("../../src/render/style");
    const s = emptyState(new Date("2026-01-01T10:00:00Z"));
    for (const t of course.topics) s.lessonsRead.push(t.id);
    for (const e of course.exercises) recordResult(s, { ...result(e.id, true), challenges: { total: 1, passed: [], open: ["deep"] } }, new Date("2026-01-03T13:00:00Z"));
    const record = courseRecord(course, s);
    expect(record).toMatchObject({ attempts: course.exercises.length, challengesMet: 0, challengesOpen: course.exercises.length, days: 2, hours: 3 });
    const text = renderEpilogue(course, record, makeStyle(0));
    expect(text).toContain(`You have finished ${course.title}.`);
    expect(text).toMatch(/01-vectors \(latutor lesson 01-vectors\)\n {4}Vector arithmetic: add, subtract, scale, hadamard, dot/);
    expect(text).toMatch(/over 2 days and 3 hours from your first lesson to your last pass/);
    expect(text).toMatch(/Where to go next:\n {2}· /);
  });
});
