import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadBuiltinCourse } from "../../src/course/builtin";
import { findTopic } from "../../src/course/course";
import type { GradeResult } from "../../src/grader/result";
import { ACTIVE_GAP_CAP_MS, currentExercise, decideNext, recordResult, skipExercise, startExercise, stepInTopic, topicsFrom, touch } from "../../src/workspace/progress";
import { formatDuration, progressReport } from "../../src/workspace/progress-report";
import { emptyState, readState, statePath, STATE_VERSION, writeState, type State } from "../../src/workspace/state";

const course = loadBuiltinCourse();
const result = (exercise: string, passed: boolean, score = passed ? 1 : 0.5): GradeResult => ({ exercise, passed, score, seed: 1, cases: [], file: "x.ts", durationMs: 1 });
const ex = (id: string) => course.exercises.find((e) => e.id === id)!;

/** A learner who has read 00 and 01 and passed vector-arithmetic. */
function underway(): State {
  const s = emptyState();
  s.lessonsRead.push("00-welcome", "01-vectors");
  s.currentTopic = "01-vectors";
  recordResult(s, result("vector-arithmetic", true));
  return s;
}

describe("skipping", () => {
  it("moves on without passing, and offers the skipped exercise again once everything else is done", () => {
    const s = underway();
    expect(skipExercise(s, ex("norms"))).toBe(true);
    expect(s.exercises.norms.status).toBe("skipped");
    const step = decideNext(course, s);
    expect(step.kind === "exercise" && step.exercise.id).toBe("cosine-similarity");
    // Everything else done: the skipped one comes back, marked as a revisit.
    for (const t of course.topics) if (!s.lessonsRead.includes(t.id)) s.lessonsRead.push(t.id);
    for (const e of course.exercises) if (e.id !== "norms") recordResult(s, result(e.id, true));
    const back = decideNext(course, s);
    expect(back).toMatchObject({ kind: "exercise", exercise: { id: "norms" }, revisit: true });
    expect(currentExercise(course, { ...s, currentExercise: undefined })?.id).toBe("norms");
    recordResult(s, result("norms", true));
    expect(decideNext(course, s).kind).toBe("done");
  });

  it("keeps a skipped exercise skipped when a check of it fails, and passes it when one passes", () => {
    const s = underway();
    skipExercise(s, ex("norms"));
    recordResult(s, result("norms", false));
    expect(s.exercises.norms.status).toBe("skipped");
    expect(s.exercises.norms.attempts).toBe(1);
    recordResult(s, result("norms", true));
    expect(s.exercises.norms.status).toBe("passed");
  });

  it("does not skip a passed exercise", () => {
    const s = underway();
    expect(skipExercise(s, ex("vector-arithmetic"))).toBe(false);
    expect(s.exercises["vector-arithmetic"].status).toBe("passed");
  });
});

describe("starting where the learner wants", () => {
  it("goes on from the current topic, and comes back to what was left before it at the end", () => {
    const s = underway();
    s.currentTopic = "06-elimination";
    expect(topicsFrom(course, s)[0].id).toBe("06-elimination");
    expect(topicsFrom(course, s)).toHaveLength(course.topics.length);
    const step = decideNext(course, s);
    expect(step).toMatchObject({ kind: "lesson", topic: { id: "06-elimination" }, exercise: { id: "gaussian-elimination" } });
    // From 06 to the end of the course, then back to 01's unfinished exercises.
    for (const t of course.topics.slice(course.topics.findIndex((t) => t.id === "06-elimination"))) {
      s.lessonsRead.push(t.id);
      for (const e of t.exercises) recordResult(s, result(e.id, true));
    }
    const wrapped = decideNext(course, s);
    expect(wrapped).toMatchObject({ kind: "exercise", exercise: { id: "norms" } });
  });

  it("next --topic: the unread lesson first, then the first unfinished exercise, a finished topic's lesson again", () => {
    const s = underway();
    const t06 = findTopic(course, "06")!;
    expect(stepInTopic(t06, s)).toMatchObject({ kind: "lesson", topic: { id: "06-elimination" }, exercise: { id: "gaussian-elimination" } });
    s.lessonsRead.push("06-elimination");
    recordResult(s, result("gaussian-elimination", true));
    expect(stepInTopic(t06, s)).toMatchObject({ kind: "exercise", exercise: { id: "lu-decomposition" } });
    skipExercise(s, ex("lu-decomposition"));
    expect(stepInTopic(t06, s)).toMatchObject({ kind: "exercise", exercise: { id: "lu-decomposition" }, revisit: true });
    for (const e of t06.exercises) recordResult(s, result(e.id, true));
    expect(stepInTopic(t06, s)).toMatchObject({ kind: "lesson", topic: { id: "06-elimination" } });
  });
});

describe("time on exercises", () => {
  it("adds up the gaps between events, each capped", () => {
    const s = emptyState();
    const t0 = new Date("2026-01-01T10:00:00Z");
    startExercise(s, ex("norms"), t0);
    recordResult(s, result("norms", false), new Date(t0.getTime() + 5 * 60_000));
    recordResult(s, result("norms", false), new Date(t0.getTime() + 7 * 60_000));
    // A day away: that gap counts as the cap, not as a day.
    recordResult(s, result("norms", true), new Date(t0.getTime() + 7 * 60_000 + 86_400_000));
    expect(s.exercises.norms.activeMs).toBe(7 * 60_000 + ACTIVE_GAP_CAP_MS);
    expect(s.exercises.norms.startedAt).toBe(t0.toISOString());
  });

  it("starting again after a pause does not count the pause", () => {
    const p = { status: "attempted" as const, attempts: 1, bestScore: 0, hintsShown: 0, lastActiveAt: "2026-01-01T10:00:00.000Z" };
    const s = emptyState();
    s.exercises.norms = p;
    startExercise(s, ex("norms"), new Date("2026-01-05T10:00:00Z"));
    expect(s.exercises.norms.activeMs ?? 0).toBe(0);
    const q = { ...s.exercises.norms };
    touch(q, new Date("2026-01-05T10:03:00Z"));
    expect(q.activeMs).toBe(3 * 60_000);
  });

  it("formats durations for people", () => {
    expect(formatDuration(20_000)).toBe("under a minute");
    expect(formatDuration(12 * 60_000)).toBe("12 min");
    expect(formatDuration(125 * 60_000)).toBe("2 h 05 min");
  });
});

describe("the progress report", () => {
  it("counts exercises, skips, challenges, quizzes, attempts, time and names the next step", () => {
    const s = underway();
    s.quizzes["00-welcome"] = { correct: 4, total: 5, at: "2026-01-01T00:00:00Z" };
    recordResult(s, { ...result("norms", true), challenges: { total: 2, passed: ["tiny"], open: ["huge entries"] } });
    skipExercise(s, ex("cosine-similarity"));
    s.exercises.norms.activeMs = 600_000;
    const r = progressReport(course, s);
    expect(r.exercises).toMatchObject({ passed: 2, skipped: 1, total: course.exercises.length });
    expect(r.challenges).toEqual({ met: 1, known: 2 });
    expect(r.quizzes).toMatchObject({ taken: 1, correct: 4, questions: 5 });
    expect(r.attempts).toBe(2);
    expect(r.activeMs).toBeGreaterThanOrEqual(600_000);
    expect(r.next).toMatchObject({ kind: "exercise", exercise: "similarity-search" });
    const t01 = r.topics.find((t) => t.id === "01-vectors")!;
    expect(t01).toMatchObject({ passed: 2, skipped: 1, current: true, lessonRead: true });
    expect(t01.done).toBe(0.5);
    expect(r.topics.find((t) => t.id === "00-welcome")).toMatchObject({ done: 1, quiz: { correct: 4 } });
  });
});

describe("the state file and the skipped status", () => {
  const workspace = () => {
    const root = mkdtempSync(join(tmpdir(), "latutor-loop-state-"));
    mkdirSync(join(root, ".latutor"));
    return root;
  };

  it("reads a format 1 file as it is, and writes the current format", () => {
    const root = workspace();
    const v1 = { version: 1, lessonsRead: ["00-welcome"], exercises: { norms: { status: "passed", attempts: 2, bestScore: 1, hintsShown: 0 } }, quizzes: {}, createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-01T00:00:00Z" };
    writeFileSync(statePath(root), JSON.stringify(v1));
    const { state, warning } = readState(root);
    expect(warning).toBeUndefined();
    expect(state.exercises.norms.status).toBe("passed");
    expect(state.version).toBe(STATE_VERSION);
    writeState(root, state);
    expect(JSON.parse(readFileSync(statePath(root), "utf8")).version).toBe(STATE_VERSION);
  });

  it("accepts skipped, drops a malformed time or quiz, and still refuses an unknown status", () => {
    const root = workspace();
    const s = emptyState();
    s.exercises.norms = { status: "skipped", attempts: 0, bestScore: 0, hintsShown: 0, activeMs: -5 } as never;
    (s.quizzes as Record<string, unknown>)["00-welcome"] = { correct: "four" };
    writeState(root, s);
    const back = readState(root);
    expect(back.warning).toBeUndefined();
    expect(back.state.exercises.norms.status).toBe("skipped");
    expect(back.state.exercises.norms.activeMs).toBeUndefined();
    expect(back.state.quizzes["00-welcome"]).toBeUndefined();
    writeFileSync(statePath(root), JSON.stringify({ ...s, exercises: { norms: { status: "abandoned", attempts: 0 } } }));
    expect(readState(root).warning).toMatch(/unreadable/);
  });
});
