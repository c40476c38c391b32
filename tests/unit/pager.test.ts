import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { page } from "../../src/cli/context";

const long = Array.from({ length: 200 }, (_, i) => `line ${i}`).join("\n");

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.LATUTOR_PAGER;
});

describe("the lesson pager", () => {
  it("prints directly without a terminal", async () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    await page(long, false);
    expect(write).toHaveBeenCalledWith(long + "\n");
  });

  it("sends long text through the pager at a terminal", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "latutor-pager-")), "paged.txt");
    process.env.LATUTOR_PAGER = `cat > ${out}`;
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    await page(long, true);
    expect(readFileSync(out, "utf8")).toBe(long + "\n");
    expect(write).not.toHaveBeenCalled();
  });

  it("falls back to printing when the pager cannot start", async () => {
    process.env.LATUTOR_PAGER = "no-such-pager-here";
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    await page(long, true);
    expect(write).toHaveBeenCalledWith(long + "\n");
  });
});
