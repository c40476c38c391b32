// Progress you can see, skipping, and starting where you want, through the real binary.
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { latutor, ROOT, tempDir } from "./helpers";

let ws: string;

beforeAll(async () => {
  ws = join(tempDir(), "ws");
  await latutor(["init", ws], join(ws, ".."));
  await latutor(["next"], ws); // lesson 00
  await latutor(["next"], ws); // lesson 01, vector-arithmetic
  copyFileSync(join(ROOT, "solutions/01-vectors/vector-arithmetic.ts"), join(ws, "exercises/01-vectors/vector-arithmetic.ts"));
  expect((await latutor(["check", "vector-arithmetic"], ws)).code).toBe(0);
});

describe("the learner's progress", () => {
  it("skip moves on without passing; list, progress and the end of the course remember it", async () => {
    expect((await latutor(["next"], ws)).stdout).toContain("Exercise norms");
    const skip = await latutor(["skip"], ws);
    expect(skip.code).toBe(0);
    expect(skip.stdout).toMatch(/skipped norms: it comes back once everything else is done/);
    expect(skip.stdout).toContain("Exercise cosine-similarity");
    const state = JSON.parse(readFileSync(join(ws, ".latutor/state.json"), "utf8"));
    expect(state.exercises.norms.status).toBe("skipped");
    expect(state.currentExercise).toBe("cosine-similarity");
    expect((await latutor(["list"], ws)).stdout).toMatch(/norms\s.*⤼ skipped/);
    const passed = await latutor(["skip", "vector-arithmetic"], ws);
    expect(passed.code).toBe(0);
    expect(passed.stdout).toMatch(/has passed already: nothing to skip/);
    expect((await latutor(["skip", "no-such"], ws)).code).toBe(2);
  });

  it("progress shows bars per topic, exercises, challenges, quizzes, attempts, time and the next step", async () => {
    const quiz = await latutor(["quiz", "00"], ws, { LATUTOR_ANSWERS: "2,1,0,1,0,0,0,0,0,0" });
    expect(quiz.code).toBe(0);
    const r = await latutor(["progress"], ws);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/01-vectors ◀ +█+░+ {2}1\/4 exercises · 1 skipped ⤼/);
    expect(r.stdout).toMatch(/00-welcome +█{20} {2}lesson read · quiz \d\/\d+/);
    expect(r.stdout).toMatch(/Exercises: 1 of \d+ passed \(\d+%\), 1 skipped ⤼/);
    expect(r.stdout).toMatch(/Quizzes: 1 of \d+ taken, \d+ of \d+ answers right/);
    expect(r.stdout).toMatch(/Attempts: 1 check, 0 hints/);
    expect(r.stdout).toMatch(/Time: /);
    expect(r.stdout).toMatch(/Next: latutor next: the exercise cosine-similarity \(01-vectors\)/);
    const json = JSON.parse((await latutor(["progress", "--json"], ws)).stdout);
    expect(json.exercises).toMatchObject({ passed: 1, skipped: 1 });
    expect(json.quizzes.taken).toBe(1);
    const list = await latutor(["list"], ws);
    expect(list.stdout).toMatch(/00-welcome.*lesson read · quiz \d\/\d+/);
    expect(list.stdout).toMatch(/1 skipped, 1\/\d+ quizzes taken/);
    expect(JSON.parse((await latutor(["list", "--json"], ws)).stdout).topics[0].quiz).toMatchObject({ total: expect.any(Number) });
  });

  it("next --topic starts where the learner wants, and next goes on from there", async () => {
    const r = await latutor(["next", "--topic", "06"], ws);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Topic 06-elimination/);
    expect(r.stdout).toContain("Exercise gaussian-elimination");
    expect(r.stdout).toMatch(/Try it on your own input: latutor try gaussian-elimination 'solve\(\[\[2, 1\], \[1, 3\]\], \[3, 5\]\)'/);
    const next = await latutor(["next"], ws);
    expect(next.stdout).toContain("Exercise gaussian-elimination");
    expect((await latutor(["next", "--topic", "99"], ws)).stderr).toMatch(/no topic "99": topics are 00-welcome/);
  });

  it("scripted quiz answers that fit no choice are one clear line, exit 2", async () => {
    const r = await latutor(["quiz", "00"], ws, { LATUTOR_ANSWERS: '["maybe"]' });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/LATUTOR_ANSWERS: "maybe" is not one of the choices of "\(1\/\d+\)/);
    const broken = await latutor(["quiz", "00"], ws, { LATUTOR_ANSWERS: "[1, 2" });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/LATUTOR_ANSWERS is not a valid JSON array/);
  });
});
