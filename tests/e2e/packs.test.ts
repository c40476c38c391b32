// Instructor packs end to end, the way an instructor works: pack new → verify → build (twice:
// the same bytes) → install → init --pack → a learner solves an exercise → a newer version is
// installed under the learner → a class of five synthetic students is graded into a gradebook →
// CI files for GitHub Classroom and GitLab. Every run uses its own LATUTOR_HOME. (Every malicious
// archive is refused through the CLI in the fault suite: tests/faults/packs.test.ts.)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { latutor, tempDir } from "./helpers";

const SOLUTION = `export function centroid(points: number[][]): number[] {
  if (points.length === 0) throw new Error("no points");
  const d = points[0].length;
  const sum = new Array<number>(d).fill(0);
  for (const p of points) {
    if (p.length !== d) throw new Error("ragged");
    for (let j = 0; j < d; j++) sum[j] += p[j];
  }
  return sum.map((s) => s / points.length);
}
`;
// Right answers, but no checks: the two "must throw" cases fail (3 of 5 cases pass).
const HALF = `export function centroid(points: number[][]): number[] {
  const d = points[0]?.length ?? 0;
  const sum = new Array<number>(d).fill(0);
  for (const p of points) for (let j = 0; j < d; j++) sum[j] += p[j] ?? 0;
  return sum.map((s) => s / points.length);
}
`;
const LOOPS = `export function centroid(points: number[][]): number[] {
  for (;;) {}
}
`;
const SYNTAX = `export function centroid(points: number[][]): number[] {
  return points[0].map((_, j) => points.reduce((s, p) => s + p[j], 0) / points.length;
}
`;

describe("instructor packs, end to end", () => {
  const base = tempDir("latutor-packs-");
  const env = { LATUTOR_HOME: join(base, "home"), XDG_CACHE_HOME: join(base, "cache") };
  const pack = join(base, "linalg-101");
  const run = (args: string[], cwd = base) => latutor(args, cwd, env);

  beforeAll(async () => {
    const r = await run(["pack", "new", "linalg-101"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // Quick time limits keep the student who loops forever quick to grade.
    const manifest = JSON.parse(readFileSync(join(pack, "course.json"), "utf8"));
    manifest.topics[0].exercises[0].timeLimitMs = 300;
    manifest.topics[0].exercises[0].budgetMs = 3000;
    writeFileSync(join(pack, "course.json"), JSON.stringify(manifest, null, 2));
  });

  it("pack new scaffolds a pack that verifies green", async () => {
    const r = await run(["pack", "verify", "linalg-101", "--json"]);
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ ok: true, pack: { name: "linalg-101", version: "0.1.0", exercises: 1, topics: 1 }, problems: [] });
    expect(report.exercises[0]).toMatchObject({ exercise: "centroid", ok: true, referencePassed: 3, stub: "fails" });
    expect(report.lessons[0].examples).toBeGreaterThan(0);
    expect(r.code).toBe(0);
  });

  it("pack verify names the file and field of a broken manifest, and a reference that fails", async () => {
    const broken = join(base, "broken");
    await run(["pack", "new", "broken"]);
    const manifest = JSON.parse(readFileSync(join(broken, "course.json"), "utf8"));
    delete manifest.topics[0].exercises[0].hints;
    writeFileSync(join(broken, "course.json"), JSON.stringify(manifest));
    let r = await run(["pack", "verify", "broken"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/course\.json: topics\[0\]\.exercises\[0\]\.hints: is required/);
    manifest.topics[0].exercises[0].hints = ["h"];
    writeFileSync(join(broken, "course.json"), JSON.stringify(manifest));
    writeFileSync(join(broken, "solutions/01-centroids/centroid.ts"), "export function centroid(points: number[][]): number[] { return points[0]; }\n");
    r = await run(["pack", "verify", "broken", "--seeds", "1", "--json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.exercises[0].problems[0]).toMatch(/^the reference fails its spec with seed 1000: "no points": centroid returned undefined, but it should throw/);
    expect(report.lessons[0].problems[0]).toMatch(/^lessons\/01-centroids\.md:14: centroid\(.*claims \[2\.6666666666666665, 0\.6666666666666666\], but/);
  });

  it("pack build is deterministic, and refuses a pack that does not verify", async () => {
    const a = await run(["pack", "build", "linalg-101", "-o", "a.latpack"]);
    const b = await run(["pack", "build", "linalg-101", "-o", "b.latpack", "--no-verify"]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(readFileSync(join(base, "a.latpack")).equals(readFileSync(join(base, "b.latpack")))).toBe(true);
    expect(a.stdout).toMatch(/sha256 [0-9a-f]{64}/);
    const r = await run(["pack", "build", "broken", "-o", "broken.latpack"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not verify, so it was not built/);
    expect(existsSync(join(base, "broken.latpack"))).toBe(false);
  });

  it("installs, lists, makes a workspace with init --pack, and grades a learner there", async () => {
    const digest = /sha256 ([0-9a-f]{64})/.exec((await run(["pack", "build", "linalg-101", "-o", "a.latpack", "--no-verify"])).stdout)![1];
    let r = await run(["pack", "install", "a.latpack", "--sha256", "0".repeat(64)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not the 0{64} asked for: refusing to install it/);
    r = await run(["pack", "install", "a.latpack", "--sha256", digest]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/installed linalg-101 0\.1\.0/);
    r = await run(["pack", "list", "--json"]);
    expect(JSON.parse(r.stdout).courses.map((c: { name: string }) => c.name)).toEqual(["latutor-core", "linalg-101"]);

    r = await run(["init", "ws", "--pack", "linalg-101"]);
    expect(r.code).toBe(0);
    const ws = join(base, "ws");
    expect(readFileSync(join(ws, "exercises/01-centroids/centroid.ts"), "utf8")).toMatch(/TODO: implement centroid/);
    r = await run(["check", "centroid"], ws);
    expect(r.code).toBe(1);
    writeFileSync(join(ws, "exercises/01-centroids/centroid.ts"), SOLUTION);
    r = await run(["check", "centroid", "--json"], ws);
    expect(JSON.parse(r.stdout)).toMatchObject({ exercise: "centroid", passed: true, score: 1 });
    expect(r.code).toBe(0);
    r = await run(["pack", "list"], ws);
    expect(r.stdout).toMatch(/● linalg-101/);
    // The report points at the pack's own lesson: it is there.
    r = await run(["lesson", "01-centroids", "--section", "centroid"], ws);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/the centroid is c = \(p₁/);
  });

  it("a newer version keeps the learner's files and progress, scaffolds new exercises, puts a changed stub beside", async () => {
    const v2 = join(base, "linalg-101-v2");
    await run(["pack", "new", "linalg-101-v2"]);
    // Version 0.2.0 of the same pack: the centroid stub changed, and a second exercise arrived.
    const manifest = JSON.parse(readFileSync(join(pack, "course.json"), "utf8"));
    manifest.version = "0.2.0";
    manifest.topics[0].exercises.push({ ...manifest.topics[0].exercises[0], id: "centroid-again", title: "Again", section: undefined });
    writeFileSync(join(v2, "course.json"), JSON.stringify(manifest, null, 2));
    const stub = readFileSync(join(v2, "exercises/01-centroids/centroid.ts"), "utf8");
    writeFileSync(join(v2, "exercises/01-centroids/centroid.ts"), stub.replace("Rules:", "Rules (read them twice):"));
    for (const [from, to] of [
      ["exercises/01-centroids/centroid.ts", "exercises/01-centroids/centroid-again.ts"],
      ["solutions/01-centroids/centroid.ts", "solutions/01-centroids/centroid-again.ts"],
    ]) writeFileSync(join(v2, to), readFileSync(join(v2, from), "utf8").replace(/latutor (check|hint) centroid/g, "latutor $1 centroid-again"));
    writeFileSync(join(v2, "tests/specs/01-centroids/centroid-again.spec.ts"), readFileSync(join(v2, "tests/specs/01-centroids/centroid.spec.ts"), "utf8").replace('exercise: "centroid"', 'exercise: "centroid-again"'));
    let r = await run(["pack", "install", "linalg-101-v2"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/updated linalg-101 from 0\.1\.0 to 0\.2\.0/);

    const ws = join(base, "ws");
    r = await run(["list"], ws);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/The course linalg-101 was updated from 0\.1\.0 to 0\.2\.0/);
    expect(r.stderr).toMatch(/new exercise: exercises\/01-centroids\/centroid-again\.ts/);
    expect(r.stderr).toMatch(/centroid\.ts: its stub changed; your file is kept, and the new stub is beside it in exercises\/01-centroids\/centroid\.stub-0\.2\.0\.ts/);
    expect(readFileSync(join(ws, "exercises/01-centroids/centroid.ts"), "utf8")).toBe(SOLUTION);
    expect(readFileSync(join(ws, "exercises/01-centroids/centroid.stub-0.2.0.ts"), "utf8")).toMatch(/read them twice/);
    const state = JSON.parse(readFileSync(join(ws, ".latutor/state.json"), "utf8"));
    expect(state.exercises.centroid.status).toBe("passed");
    // Told once: the next command is quiet about it.
    r = await run(["list"], ws);
    expect(r.stderr).not.toMatch(/updated/);
  });

  it("grades a class of five into exactly the right gradebook, twice the same", async () => {
    const subs = join(base, "class");
    const student = async (name: string, file?: string) => {
      const dir = join(subs, name);
      mkdirSync(dir, { recursive: true });
      if (file === undefined) return;
      expect((await run(["init", join(dir, "repo"), "--pack", "linalg-101"])).code).toBe(0);
      writeFileSync(join(dir, "repo", "exercises/01-centroids/centroid.ts"), file);
    };
    await student("ada", SOLUTION);
    await student("bob");
    await student("cy", SYNTAX);
    await student("dee", LOOPS);
    await student("eve", HALF);
    const r = await run(["grade", "class", "--pack", "linalg-101", "--workers", "2", "--out", "grades.csv", "--json", "grades.json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const csv = readFileSync(join(base, "grades.csv"), "utf8");
    expect(csv.split("\r\n")).toEqual([
      "student,centroid,centroid-again,total,percent,status",
      "points possible,10,10,20,100,",
      "ada,10,0,10,50,1 not started",
      "bob,0,0,0,0,no workspace found",
      'cy,0,0,0,0,"centroid: syntax error; 1 not started"',
      'dee,0,0,0,0,"centroid: time-out; 1 not started"',
      "eve,6,0,6,30,1 not started",
      "",
    ]);
    const report = JSON.parse(readFileSync(join(base, "grades.json"), "utf8"));
    expect(report.students[4].exercises.centroid.cases.filter((c: { passed: boolean }) => !c.passed).map((c: { name: string }) => c.name)).toEqual(["no points", "points of different lengths"]);
    expect(r.stdout).toMatch(/5 students × 2 exercises/);
    expect(r.stdout).toMatch(/gradebook written to/);
    const again = await run(["grade", "class", "--pack", "linalg-101", "--workers", "1", "--out", "again.csv"]);
    expect(again.code).toBe(0);
    expect(readFileSync(join(base, "again.csv"), "utf8")).toBe(csv);
  });

  it("writes a GitHub Classroom workflow and a GitLab job, pinned by sha256", async () => {
    const repo = join(base, "template-repo");
    const r = await run(["pack", "classroom", "a.latpack", "-o", repo]);
    expect(r.code).toBe(0);
    const digest = /sha256 ([0-9a-f]{64})/.exec(r.stdout)![1];
    const wf = parseYaml(readFileSync(join(repo, ".github/workflows/classroom.yml"), "utf8"));
    expect(wf.on).toEqual(["push", "repository_dispatch", "workflow_dispatch"]);
    expect(wf.permissions).toEqual({ checks: "write", actions: "read", contents: "read" });
    const steps = wf.jobs["run-autograding-tests"].steps;
    expect(steps[0].uses).toBe("actions/checkout@v4");
    expect(steps.map((s: { run?: string }) => s.run ?? "").join("\n")).toContain(`--sha256 ${digest}`);
    const reporter = steps[steps.length - 1];
    expect(reporter.uses).toBe("classroom-resources/autograding-grading-reporter@v1");
    expect(reporter.with.runners).toBe("ex_centroid");
    expect(reporter.env.EX_CENTROID_RESULTS).toBe("${{ steps.ex_centroid.outputs.result }}");
    expect(existsSync(join(repo, ".latutor-pack", "linalg-101-0.1.0.latpack"))).toBe(true);
    const gl = parseYaml(readFileSync(join(repo, ".gitlab/latutor.gitlab-ci.yml"), "utf8"));
    expect(gl["latutor-grading"].artifacts.reports.junit).toBe("latutor-junit.xml");
  });

  it("check --format classroom gives partial credit by the exercise's points", async () => {
    const ws = join(base, "class", "eve", "repo");
    let r = await run(["check", "centroid", "--seed", "1", "--format", "classroom"], ws);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ version: 1, status: "fail", max_score: 10, tests: [{ name: "centroid", status: "fail", score: 6 }] });
    r = await run(["check", "centroid", "--seed", "1", "--format", "classroom-output"], ws);
    const line = r.stdout.trim();
    expect(line).toMatch(/^result=[A-Za-z0-9+/=]+$/);
    const decoded = JSON.parse(Buffer.from(line.slice(7), "base64").toString());
    expect(decoded.tests[0].execution_time).toMatch(/^\d+\.\d\ds$/);
    expect({ ...decoded, tests: [{ ...decoded.tests[0], execution_time: "" }] }).toEqual({ ...result, tests: [{ ...result.tests[0], execution_time: "" }] });
  });
});
