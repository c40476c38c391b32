// The watch's controller, driven without a terminal: real files, the real watcher and grader.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadBuiltinCourse } from "../../src/course/builtin";
import { readState, updateState } from "../../src/workspace/state";
import { WatchController, type WatchEvent } from "../../src/workspace/watch-controller";
import { findWorkspace, initWorkspace } from "../../src/workspace/workspace";

const course = loadBuiltinCourse();
const solution = readFileSync(join(course.root, "solutions/01-vectors/norms.ts"), "utf8");
const wrong = solution.replace("export function norm1(v: Vector): number {", "export function norm1(v: Vector): number {\n  return 42;");

let controllers: WatchController[] = [];
afterEach(async () => {
  for (const c of controllers) await c.stop();
  controllers = [];
});

function setUp(prepare?: (root: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), "latutor-watch-unit-"));
  initWorkspace(join(dir, "ws"), course, "test");
  const workspace = findWorkspace(join(dir, "ws"))!;
  prepare?.(workspace.root);
  const events: WatchEvent[] = [];
  const session = { workspace, course, state: readState(workspace.root).state };
  const start = (id?: string, extra: Partial<ConstructorParameters<typeof WatchController>[0]> = {}) => {
    const c = new WatchController({ session, id, plots: false, poll: false, emit: (e) => void events.push(e), ...extra });
    controllers.push(c);
    return c;
  };
  /** Waits until `count` events of `kind` have come (in all). */
  const waitFor = async <K extends WatchEvent["kind"]>(kind: K, count = 1, ms = 45_000): Promise<Extract<WatchEvent, { kind: K }>> => {
    const started = Date.now();
    for (;;) {
      const found = events.filter((e) => e.kind === kind);
      if (found.length >= count) return found[count - 1] as Extract<WatchEvent, { kind: K }>;
      if (Date.now() - started > ms) throw new Error(`no ${count}× ${kind}; events: ${events.map((e) => e.kind).join(", ")}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const file = join(workspace.root, "exercises/01-vectors/norms.ts");
  return { root: workspace.root, events, start, waitFor, file };
}

describe("the watch controller", () => {
  it("grades at start, after each save, and answers every key", async () => {
    const { start, waitFor, file, events, root } = setUp();
    const c = start("norms");
    await c.start();
    const first = await waitFor("graded");
    expect(first.result.passed).toBe(false);

    c.key("n");
    expect(await waitFor("needs-pass")).toMatchObject({ key: "n" });
    c.key("s");
    expect(await waitFor("needs-pass", 2)).toMatchObject({ key: "s" });
    c.key("h");
    expect((await waitFor("hint")).hint).toMatchObject({ number: 1, total: 3 });
    c.key("h");
    expect((await waitFor("hint", 2)).hint).toMatchObject({ number: 2 });
    expect(readState(root).state.exercises.norms.hintsShown).toBe(2);
    c.key("l");
    expect((await waitFor("list")).report.exercises.total).toBe(course.exercises.length);
    c.key("c");
    const ch = await waitFor("challenges");
    expect(ch.checked).toBe(true);
    expect(ch.items.map((i) => i.name)).toEqual(first.result.cases.filter((x) => x.tier === "challenge").map((x) => x.name));
    c.key("?");
    await waitFor("help");
    c.key("x");
    await waitFor("confirm-reset");
    c.key("k");
    await waitFor("reset-cancelled");

    // A wrong save, then a right one: both verdicts.
    writeFileSync(file, wrong);
    const second = await waitFor("graded", 2);
    expect(second).toMatchObject({ reason: "save" });
    expect(second.result.passed).toBe(false);
    writeFileSync(file, solution);
    const third = await waitFor("graded", 3);
    expect(third.result.passed).toBe(true);
    expect(third.progress.status).toBe("passed");

    c.key("s");
    expect((await waitFor("solution")).text).toContain("export function norm2");
    c.key("r");
    expect(await waitFor("graded", 4)).toMatchObject({ reason: "rerun" });

    c.key("x");
    await waitFor("confirm-reset", 2);
    c.key("y");
    const reset = await waitFor("reset");
    expect(reset.backup).toMatch(/norms\.ts\.reset-/);
    expect(readFileSync(reset.backup!, "utf8")).toBe(solution);
    // The stub written back is a save: graded, failing.
    expect((await waitFor("graded", 5)).result.passed).toBe(false);

    c.key("q");
    await c.done;
    const before = events.length;
    writeFileSync(file, solution);
    await new Promise((r) => setTimeout(r, 500));
    expect(events.length).toBe(before); // nothing after quitting
  });

  it("shows a finished exercise's recorded verdict without grading it, ignores saves elsewhere, and n moves on", async () => {
    const { start, waitFor, root, events } = setUp((r) =>
      updateState(r, (st) => {
        st.lessonsRead.push("00-welcome", "01-vectors");
        st.currentTopic = "01-vectors";
        st.currentExercise = "vector-arithmetic";
        st.exercises["vector-arithmetic"] = { status: "passed", attempts: 2, bestScore: 1, hintsShown: 0 };
      }),
    );
    const c = start();
    await c.start();
    const earlier = await waitFor("finished-earlier");
    expect(earlier.exercise.id).toBe("vector-arithmetic");
    writeFileSync(join(root, "exercises/helpers.ts"), readFileSync(join(root, "exercises/helpers.ts"), "utf8") + "\n// touched\n");
    expect(await waitFor("ignored-save")).toMatchObject({ why: "other" });
    expect(events.some((e) => e.kind === "graded")).toBe(false);
    c.key("n");
    const arrived = await waitFor("arrived");
    expect(arrived.step).toMatchObject({ kind: "exercise", exercise: { id: "norms" } });
    expect(readState(root).state.currentExercise).toBe("norms");
    expect(c.target()?.id).toBe("norms");
    expect(events.some((e) => e.kind === "graded")).toBe(false); // a fresh stub is not graded on arrival
  });

  it("follows a save of another unfinished exercise once the watched one has passed", async () => {
    const { start, waitFor, root } = setUp((r) =>
      updateState(r, (st) => {
        st.currentExercise = "vector-arithmetic";
        st.exercises["vector-arithmetic"] = { status: "passed", attempts: 1, bestScore: 1, hintsShown: 0 };
      }),
    );
    const c = start();
    await c.start();
    await waitFor("finished-earlier");
    rmSync(join(root, "exercises/01-vectors/norms.ts"));
    writeFileSync(join(root, "exercises/01-vectors/norms.ts"), wrong);
    const graded = await waitFor("graded");
    expect(graded.exercise.id).toBe("norms");
    expect(readState(root).state.currentExercise).toBe("norms");
  });

  it("c lists the going-deeper challenges of the last check, met or open", async () => {
    const { start, waitFor } = setUp((r) => {
      for (const id of ["vector-arithmetic", "norms", "cosine-similarity"]) {
        writeFileSync(join(r, `exercises/01-vectors/${id}.ts`), readFileSync(join(course.root, `solutions/01-vectors/${id}.ts`), "utf8"));
      }
    });
    const c = start("cosine-similarity");
    await c.start();
    const graded = await waitFor("graded");
    expect(graded.result.passed).toBe(true);
    c.key("c");
    const ch = await waitFor("challenges");
    expect(ch.items.length).toBeGreaterThan(0);
    expect(ch.items.map((i) => i.name)).toContain("huge entries");
  });

  it("grades a save no file event reported, and suggests --poll once", async () => {
    const { start, waitFor, file, events } = setUp();
    // A file system that reports nothing (a network drive): the watcher is ready but silent.
    const deaf = (_ws: unknown, _onChange: unknown, o: { onReady?: () => void } = {}) => {
      setImmediate(() => o.onReady?.());
      return async () => {};
    };
    const c = start("norms", { watch: deaf as never, probeMs: 100, graceMs: 300 });
    await c.start();
    await waitFor("graded");
    writeFileSync(file, solution);
    expect(await waitFor("suggest-poll")).toMatchObject({ exercise: { id: "norms" } });
    const graded = await waitFor("graded", 2);
    expect(graded).toMatchObject({ reason: "silent-save" });
    expect(graded.result.passed).toBe(true);
    writeFileSync(file, wrong);
    expect((await waitFor("graded", 3)).result.passed).toBe(false);
    expect(events.filter((e) => e.kind === "suggest-poll")).toHaveLength(1);
  });
});
