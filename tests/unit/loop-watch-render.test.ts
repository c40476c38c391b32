import { describe, expect, it } from "vitest";
import { loadBuiltinCourse } from "../../src/course/builtin";
import { makeStyle } from "../../src/render/style";
import { keyBar, recordedVerdict, renderChallenges, renderHint, renderNeedsPass, renderWatchList } from "../../src/render/watch";
import { progressReport } from "../../src/workspace/progress-report";
import { emptyState } from "../../src/workspace/state";

const s = makeStyle(0);
const course = loadBuiltinCourse();
const norms = course.exercises.find((e) => e.id === "norms")!;

describe("what the watch says", () => {
  it("shows n and s in the key bar only after a pass, and fits the bar to the terminal", () => {
    expect(keyBar(s, true, false)).toBe("Watching exercises/ · h hint · l list · r re-run · c challenges · x reset · q quit · ? keys");
    expect(keyBar(s, true, true)).toMatch(/^Watching exercises\/ · n next · h hint .* s solution · x reset · q quit · \? keys$/);
    for (const columns of [120, 100, 80]) expect(keyBar(s, true, true, columns).length).toBeLessThan(columns);
    expect(keyBar(s, false, true)).toBe("Watching exercises/ … save a file to check again, Ctrl-C to stop.");
  });

  it("tells a recorded verdict without grading again", () => {
    const now = new Date("2026-01-01T12:00:00Z");
    expect(recordedVerdict(norms, undefined, s, now)).toMatch(/has not been checked yet/);
    const passed = { status: "passed" as const, attempts: 3, bestScore: 1, hintsShown: 0, firstPassedAt: "2026-01-01T11:00:00Z", challengesOpen: ["huge"] };
    expect(recordedVerdict(norms, passed, s, now)).toBe(
      "✓ norms passed 1 h 00 min ago (3 checks, 1 going-deeper challenge open: c shows them). It is not checked again unless you ask: r re-runs it, n moves on.",
    );
    const skipped = { status: "skipped" as const, attempts: 1, bestScore: 0.5, lastScore: 0.25, hintsShown: 0, lastCheckedAt: "2026-01-01T11:59:30Z" };
    expect(recordedVerdict(norms, skipped, s, now)).toMatch(/norms \(skipped\): last check 25% just now, best 50%/);
  });

  it("answers n and s before a pass, hints, and challenges", () => {
    expect(renderNeedsPass("n", norms, s)).toBe("n moves on once norms passes. h gives a hint; latutor skip norms moves on without passing.");
    expect(renderNeedsPass("s", norms, s)).toMatch(/latutor solution norms --force/);
    expect(renderHint(norms, { number: 3, total: 3, text: "last", last: true }, s)).toMatch(/Hint 3 of 3 \(norms\)\n {2}last\nThat is the last hint\. The lesson explains it: latutor lesson 01-vectors --section norms/);
    expect(renderChallenges(norms, [], true, s)).toBe("norms has no going-deeper challenges.");
    const text = renderChallenges(norms, [{ name: "tiny", met: true }, { name: "huge", met: false, message: "overflowed\nto Infinity", section: "overflow" }], true, s);
    expect(text).toMatch(/★ tiny: met/);
    expect(text).toMatch(/☆ huge: overflowed ⏎ to Infinity \(latutor lesson 01-vectors --section overflow\)/);
  });

  it("lists every topic as a bar and the watched exercise's topic in full", () => {
    const st = emptyState();
    st.exercises["vector-arithmetic"] = { status: "passed", attempts: 1, bestScore: 1, hintsShown: 0 };
    const text = renderWatchList(progressReport(course, st), "norms", s);
    expect(text).toMatch(/01-vectors\s+█{3}░{9} 1\/4\n {6}✓ vector-arithmetic\n {6}· norms ◀/);
    expect(text.split("\n").filter((l) => l.startsWith("      "))).toHaveLength(4);
  });
});
