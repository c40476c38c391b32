import { describe, expect, it } from "vitest";
import { latutor, ROOT } from "./helpers";

describe("latutor verify (the course author's command)", () => {
  it("verifies the whole built-in course", async () => {
    const r = await latutor(["verify", "--json"], ROOT);
    const report = JSON.parse(r.stdout);
    expect(report.exercises.filter((e: { ok: boolean }) => !e.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(r.code).toBe(0);
  });
});
