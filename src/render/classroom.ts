/**
 * The result JSON that GitHub Classroom's grading reporter reads (one "runner"): each exercise is
 * one test worth its points, scored by the share of its required cases passed, so a half-done
 * exercise earns half its points, which Classroom's own command grader cannot give.
 */
import type { Exercise } from "../course/course";
import type { GradeResult } from "../grader/result";
import { capText, oneLine, round2 } from "./format";

export interface ClassroomTest {
  name: string;
  status: "pass" | "fail" | "error";
  score: number;
  message: string;
  test_code: string;
  filename: string;
  line_no: number;
  execution_time: string;
}

export interface ClassroomResult {
  version: 1;
  status: "pass" | "fail" | "error";
  max_score: number;
  tests: ClassroomTest[];
}


function summary(r: GradeResult): string {
  if (r.passed) return r.challenges?.open.length ? `passed; going-deeper challenges open: ${r.challenges.open.join(", ")}` : "passed";
  const first = r.problem?.message ?? r.cases.find((c) => !c.passed && c.tier !== "challenge")?.message ?? "failed";
  return oneLine(capText(first, 300));
}

export function toClassroom(results: GradeResult[], exercises: Exercise[]): ClassroomResult {
  const tests = results.map((r): ClassroomTest => {
    const points = exercises.find((e) => e.id === r.exercise)?.points ?? 0;
    return {
      name: r.exercise,
      status: r.problem?.kind === "internal" ? "error" : r.passed ? "pass" : "fail",
      score: round2(r.score * points),
      message: summary(r),
      test_code: `latutor check ${r.exercise}`,
      filename: r.file ?? "",
      line_no: 0,
      execution_time: `${((r.durationMs ?? 0) / 1000).toFixed(2)}s`,
    };
  });
  const status = tests.some((t) => t.status === "error") ? "error" : tests.every((t) => t.status === "pass") ? "pass" : "fail";
  const max = exercises.filter((e) => results.some((r) => r.exercise === e.id)).reduce((n, e) => n + e.points, 0);
  return { version: 1, status, max_score: max, tests };
}

/** The line a workflow step appends to $GITHUB_OUTPUT: result=<the JSON, base64>. */
export const classroomOutput = (result: ClassroomResult) => `result=${Buffer.from(JSON.stringify(result)).toString("base64")}`;
