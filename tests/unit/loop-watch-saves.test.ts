import { describe, expect, it } from "vitest";
import { decideOnSave, initialProbe, probeEvent, probeTick } from "../../src/workspace/watch-saves";

const open = (id: string) => ({ id, passed: false });
const done = (id: string) => ({ id, passed: true });

describe("what a save does", () => {
  it("grades the watched exercise when its own file is saved, finished or not", () => {
    expect(decideOnSave({ target: open("norms"), fixed: false, saved: open("norms") })).toEqual({ kind: "grade", exercise: "norms" });
    expect(decideOnSave({ target: done("norms"), fixed: false, saved: done("norms") })).toEqual({ kind: "grade", exercise: "norms" });
  });

  it("grades an unfinished target on any save (helpers.ts, a file it imports)", () => {
    expect(decideOnSave({ target: open("cosine-similarity"), fixed: false, saved: open("norms") })).toEqual({ kind: "grade", exercise: "cosine-similarity" });
    expect(decideOnSave({ target: open("cosine-similarity"), fixed: true, saved: undefined })).toEqual({ kind: "grade", exercise: "cosine-similarity" });
  });

  it("never grades a finished exercise again unless asked", () => {
    expect(decideOnSave({ target: done("norms"), fixed: false, saved: undefined })).toEqual({ kind: "ignore", why: "other" });
    expect(decideOnSave({ target: done("norms"), fixed: false, saved: done("projection") })).toEqual({ kind: "ignore", why: "finished" });
    expect(decideOnSave({ target: undefined, fixed: false, saved: done("projection") })).toEqual({ kind: "ignore", why: "finished" });
  });

  it("follows the learner to another unfinished exercise once the target has passed, unless started on a named one", () => {
    expect(decideOnSave({ target: done("norms"), fixed: false, saved: open("projection") })).toEqual({ kind: "grade", exercise: "projection", follow: true });
    expect(decideOnSave({ target: done("norms"), fixed: true, saved: open("projection") })).toEqual({ kind: "ignore", why: "other" });
    expect(decideOnSave({ target: undefined, fixed: false, saved: open("projection") })).toEqual({ kind: "grade", exercise: "projection", follow: true });
  });
});

describe("noticing saves no file event reported", () => {
  it("adopts the first signature it sees", () => {
    const r = probeTick(initialProbe(), "a", 0);
    expect(r).toMatchObject({ grade: false, suggest: false });
    expect(r.state.known).toBe("a");
  });

  it("does nothing while the file is unchanged", () => {
    let p = probeTick(initialProbe(), "a", 0).state;
    for (let t = 1000; t < 10_000; t += 1000) {
      const r = probeTick(p, "a", t);
      expect(r.grade).toBe(false);
      p = r.state;
    }
  });

  it("waits a grace period for the event, and is satisfied when it comes", () => {
    let p = probeTick(initialProbe(), "a", 0).state;
    const r = probeTick(p, "b", 1000);
    expect(r.grade).toBe(false);
    p = probeEvent(r.state, "b");
    const later = probeTick(p, "b", 5000);
    expect(later).toMatchObject({ grade: false, suggest: false });
  });

  it("grades a change no event explained, and suggests --poll once", () => {
    let p = probeTick(initialProbe(), "a", 0).state;
    p = probeTick(p, "b", 1000).state;
    let r = probeTick(p, "b", 2000);
    expect(r).toMatchObject({ grade: false }); // still within the grace period
    r = probeTick(r.state, "b", 2600);
    expect(r).toMatchObject({ grade: true, suggest: true });
    expect(r.state.known).toBe("b");
    // The next silent change is graded too, without a second suggestion.
    let q = probeTick(r.state, "c", 4000);
    q = probeTick(q.state, "c", 6000);
    expect(q).toMatchObject({ grade: true, suggest: false });
  });

  it("ignores a file that vanished (an editor between delete and write)", () => {
    const p = probeTick(initialProbe(), "a", 0).state;
    const r = probeTick(p, undefined, 1000);
    expect(r).toMatchObject({ grade: false, suggest: false });
    expect(r.state.known).toBe("a");
  });
});
