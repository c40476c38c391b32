import { describe, expect, it } from "vitest";
import { loadBuiltinCourse } from "../../src/course/builtin";
import type { GradeResult } from "../../src/grader/result";
import { continueLabel, exerciseLabel, mainMenu, pickMenu, topicMenu } from "../../src/workspace/menu";
import { recordResult, skipExercise } from "../../src/workspace/progress";
import { emptyState } from "../../src/workspace/state";

const course = loadBuiltinCourse();
const result = (exercise: string, passed: boolean): GradeResult => ({ exercise, passed, score: passed ? 1 : 0.4, seed: 1, cases: [], file: "x.ts", durationMs: 1 });

describe("the menu", () => {
  it("outside a workspace offers only what works there", () => {
    const kinds = mainMenu(course, undefined).map((c) => c.action.kind);
    expect(kinds).toEqual(["continue", "lesson", "notation", "quit"]);
    expect(mainMenu(course, undefined)[0].label).toMatch(/Start the course/);
  });

  it("in a workspace: continue (saying where), pick, watch, lesson, quiz, progress, notation, quit", () => {
    const s = emptyState();
    s.lessonsRead.push("00-welcome", "01-vectors");
    const menu = mainMenu(course, s);
    expect(menu.map((c) => c.action.kind)).toEqual(["continue", "pick", "watch", "lesson", "quiz", "progress", "notation", "quit"]);
    expect(menu[0].label).toBe("Continue: exercise vector-arithmetic");
    expect(menu[2].label).toMatch(/^Watch vector-arithmetic/);
    expect(continueLabel(course, emptyState())).toBe("Continue: lesson 00-welcome");
  });

  it("marks finished exercises, open challenges, skipped and begun ones", () => {
    const s = emptyState();
    recordResult(s, { ...result("norms", true), challenges: { total: 1, passed: [], open: ["huge entries"] } });
    recordResult(s, { ...result("vector-arithmetic", true), challenges: { total: 1, passed: ["x"], open: [] } });
    recordResult(s, result("cosine-similarity", false));
    skipExercise(s, course.exercises.find((e) => e.id === "similarity-search")!);
    expect(exerciseLabel(s, "norms")).toBe("✓ norms  ☆ 1 challenge open");
    expect(exerciseLabel(s, "vector-arithmetic")).toBe("✓ vector-arithmetic  ★");
    expect(exerciseLabel(s, "cosine-similarity")).toBe("… cosine-similarity  (begun, best 40%)");
    expect(exerciseLabel(s, "similarity-search")).toBe("⤼ similarity-search  (skipped)");
    expect(exerciseLabel(s, "projection")).toBe("· projection");
    const pick = pickMenu(course, s);
    expect(pick.filter((c) => c.action.kind === "topic")).toHaveLength(course.topics.length);
    expect(pick.filter((c) => c.action.kind === "exercise")).toHaveLength(course.exercises.length);
    expect(pick.find((c) => c.label.startsWith("01-vectors"))!.label).toMatch(/\[2\/4\]$/);
    expect(pick[pick.length - 1].action.kind).toBe("back");
  });

  it("lists lessons (read ones marked) and only the topics that have a quiz, with the last result", () => {
    const s = emptyState();
    s.lessonsRead.push("00-welcome");
    s.quizzes["00-welcome"] = { correct: 3, total: 5, at: "x" };
    expect(topicMenu(course, s, "lesson")[0].label).toMatch(/\(read\)$/);
    const quizzes = topicMenu(course, s, "quiz");
    expect(quizzes.length - 1).toBe(course.topics.filter((t) => t.quiz).length);
    expect(quizzes[0].label).toMatch(/\(last time 3\/5\)$/);
  });
});
