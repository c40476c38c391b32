import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import type { ClassGrades } from "../../src/classroom/class-grade";
import { csvField, histogram, toCsv } from "../../src/classroom/gradebook";
import { githubWorkflow, gitlabJob, stepId } from "../../src/classroom/workflow";
import { loadBuiltinCourse } from "../../src/course/builtin";
import type { GradeResult } from "../../src/grader/result";
import { classroomOutput, toClassroom } from "../../src/render/classroom";

const grades = (percents: number[]): ClassGrades => ({
  course: { id: "c", version: "1.0.0", title: "C" },
  seed: 1,
  exercises: [
    { id: "a", points: 10 },
    { id: "b", points: 5 },
  ],
  pointsPossible: 15,
  students: percents.map((p, i) => ({
    student: `s${i}`,
    cells: [
      { exercise: "a", points: 10, earned: 7.5, score: 0.75, passed: false },
      { exercise: "b", points: 5, earned: 5, score: 1, passed: true },
    ],
    total: 12.5,
    percent: p,
    status: i === 0 ? 'a: syntax error; said "hi", twice' : "",
  })),
  checks: 2 * percents.length,
  seconds: 1,
});

describe("the gradebook", () => {
  it("writes a points-possible row, then one row per student, quoting what needs it", () => {
    expect(toCsv(grades([83.33])).split("\r\n")).toEqual(["student,a,b,total,percent,status", "points possible,10,5,15,100,", 's0,7.5,5,12.5,83.33,"a: syntax error; said ""hi"", twice"', ""]);
  });

  it("never lets a cell read as a spreadsheet formula", () => {
    expect(csvField("=HYPERLINK(\"x\")")).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@sum")).toBe("'@sum");
    expect(csvField(-3)).toBe("-3");
    expect(csvField("bob;=1+1")).toBe('"bob;=1+1"');
    expect(csvField("\u001b]52;c;aGk=\u0007x")).toBe('"\\x1b]52;c;aGk=\\x07x"');
  });

  it("draws a histogram of totals by tenths", () => {
    const lines = histogram(grades([5, 95, 100, 97]), 10);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatch(/^ {2}0– {2}9 % │█{3} 1$/);
    expect(lines[9]).toMatch(/^ 90–100 % │█{10} 3$/);
    expect(lines[5]).toMatch(/│$/);
  });
});

describe("GitHub Classroom's result format", () => {
  const course = loadBuiltinCourse({ checkFiles: false });
  const result = (exercise: string, passed: boolean, score: number, extra: Partial<GradeResult> = {}): GradeResult =>
    ({ exercise, passed, score, seed: 1, file: `exercises/x/${exercise}.ts`, cases: [{ name: "c", call: "f", kind: "fixed", tier: "required", weight: 1, passed, message: passed ? "ok" : "f returned 3, expected 4" }], durationMs: 1234, ...extra }) as GradeResult;

  it("gives each exercise its points times its score, and the status of the worst", () => {
    const r = toClassroom([result("norms", true, 1), result("projection", false, 0.5)], course.exercises);
    expect(r).toMatchObject({ version: 1, status: "fail", max_score: 20 });
    expect(r.tests).toEqual([
      { name: "norms", status: "pass", score: 10, message: "passed", test_code: "latutor check norms", filename: "exercises/x/norms.ts", line_no: 0, execution_time: "1.23s" },
      { name: "projection", status: "fail", score: 5, message: "f returned 3, expected 4", test_code: "latutor check projection", filename: "exercises/x/projection.ts", line_no: 0, execution_time: "1.23s" },
    ]);
    const internal = toClassroom([result("norms", false, 0, { problem: { kind: "internal", message: "broken spec" } })], course.exercises);
    expect(internal.status).toBe("error");
    expect(internal.tests[0].message).toBe("broken spec");
  });

  it("encodes a step output as result=<base64>", () => {
    const r = toClassroom([result("norms", true, 1)], course.exercises);
    const line = classroomOutput(r);
    expect(JSON.parse(Buffer.from(line.replace(/^result=/, ""), "base64").toString())).toEqual(r);
  });
});

describe("CI files", () => {
  const course = loadBuiltinCourse({ checkFiles: false });
  const o = { course, digest: "ab".repeat(32), packSource: ".latutor-pack/x.latpack", latutorVersion: "0.1.0" };

  it("makes step ids that are valid step ids and env names", () => {
    expect(stepId("gaussian-elimination")).toBe("ex_gaussian_elimination");
  });

  it("writes the workflow in the shape GitHub Classroom generates, one step per exercise", () => {
    const wf = parseYaml(githubWorkflow(o));
    expect(wf.name).toBe("Autograding Tests");
    const job = wf.jobs["run-autograding-tests"];
    const steps = job.steps as { id?: string; run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, string> }[];
    const grading = steps.filter((s) => s.id?.startsWith("ex_"));
    expect(grading).toHaveLength(course.exercises.length);
    expect(grading[0].run).toBe(`latutor check ${course.exercises[0].id} --seed 1 --format classroom-output >> "$GITHUB_OUTPUT"`);
    const install = steps.find((s) => s.run?.includes("pack install"))!.run!;
    expect(install).toContain("npm install --global 'latutor@0.1.0'");
    expect(install).toContain(`latutor pack use ${course.id}`);
    expect(install).toContain(`--sha256 ${"ab".repeat(32)}`);
    const reporter = steps[steps.length - 1];
    expect(reporter.with!.runners.split(",")).toHaveLength(course.exercises.length);
    expect(Object.keys(reporter.env!)).toContain("EX_GAUSSIAN_ELIMINATION_RESULTS");
  });

  it("downloads from --url with curl, and the GitLab job publishes JUnit", () => {
    const wf = githubWorkflow({ ...o, packSource: "https://example.edu/p.latpack" });
    expect(wf).toContain("curl -fsSL 'https://example.edu/p.latpack'");
    const gl = parseYaml(gitlabJob({ ...o, workspace: "my work" }));
    expect(gl["latutor-grading"].script).toContain("cd 'my work'");
    expect(gl["latutor-grading"].artifacts).toEqual({ when: "always", reports: { junit: "latutor-junit.xml" } });
  });
});
