import { describe, expect, it } from "vitest";
import { latutor, ROOT } from "./helpers";

describe("latutor verify (the course author's command)", () => {
  it("verifies the whole built-in course", async () => {
    // One seed: the course test (tests/course.test.ts) already proves every reference on three.
    const r = await latutor(["verify", "--json", "--seeds", "1"], ROOT);
    const report = JSON.parse(r.stdout);
    expect(report.exercises.filter((e: { ok: boolean }) => !e.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(r.code).toBe(0);
  }, 600_000);
});
