import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCourse, type Course } from "../../src/course/course";
import { describeSync, needsSync, syncWorkspace } from "../../src/workspace/sync";
import { findWorkspace, initWorkspace } from "../../src/workspace/workspace";

/** A course on disk with the given exercises (id → stub text) at `version`. */
function course(dir: string, version: string, stubs: Record<string, string>): Course {
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  write("course.json", JSON.stringify({
    format: 1, id: "mini", title: "Mini", version, authors: ["T"], license: "MIT", latutor: ">=0", helpers: "exercises/helpers.ts",
    topics: [{ id: "01-a", title: "A", lesson: "lessons/01-a.md", exercises: Object.keys(stubs).map((id) => ({ id, title: id, summary: id, exports: ["f"], hints: ["h"] })) }],
  }));
  write("lessons/01-a.md", "# A\n");
  write("exercises/helpers.ts", "export type Vector = number[];\n");
  for (const [id, text] of Object.entries(stubs)) {
    write(`exercises/01-a/${id}.ts`, text);
    write(`solutions/01-a/${id}.ts`, "export const f = () => 1;\n");
    write(`tests/specs/01-a/${id}.spec.ts`, "export default {};\n");
  }
  return loadCourse(dir);
}

describe("a workspace following its course's updates", () => {
  const base = mkdtempSync(join(tmpdir(), "latutor-sync-"));
  const v1 = course(join(base, "v1"), "1.0.0", { edited: "// stub 1\n", untouched: "// stub 1\n", same: "// same\n", dropped: "// gone soon\n" });
  const root = join(base, "ws");
  initWorkspace(root, v1, "0.1.0");
  writeFileSync(join(root, "exercises/01-a/edited.ts"), "// my work\n");
  const v2 = course(join(base, "v2"), "1.1.0", { edited: "// stub 2\n", untouched: "// stub 2\n", same: "// same\n", fresh: "// new\n" });

  it("keeps edited files, replaces untouched ones with a backup, scaffolds new ones, reports removed ones", () => {
    const ws = findWorkspace(root)!;
    expect(needsSync(ws, v2)).toBe(true);
    const r = syncWorkspace(ws, v2);
    expect(r.scaffolded).toEqual(["exercises/01-a/fresh.ts"]);
    expect(r.beside).toEqual([{ id: "edited", file: "exercises/01-a/edited.ts", stub: "exercises/01-a/edited.stub-1.1.0.ts" }]);
    expect(readFileSync(join(root, "exercises/01-a/edited.ts"), "utf8")).toBe("// my work\n");
    expect(readFileSync(join(root, "exercises/01-a/edited.stub-1.1.0.ts"), "utf8")).toBe("// stub 2\n");
    expect(r.replaced.map((x) => x.id)).toEqual(["untouched"]);
    expect(readFileSync(join(root, "exercises/01-a/untouched.ts"), "utf8")).toBe("// stub 2\n");
    expect(readFileSync(r.replaced[0].backup, "utf8")).toBe("// stub 1\n");
    expect(r.removed).toEqual([{ id: "dropped", file: "exercises/01-a/dropped.ts" }]);
    expect(existsSync(join(root, "exercises/01-a/dropped.ts"))).toBe(true);
    expect(describeSync(r)[0]).toBe("The course mini was updated from 1.0.0 to 1.1.0; your files and progress are kept.");
    // The marker now names the new version: nothing more to do, and a second sync changes nothing.
    const again = findWorkspace(root)!;
    expect(again.info.courseVersion).toBe("1.1.0");
    expect(needsSync(again, v2)).toBe(false);
    expect(syncWorkspace(again, v2)).toMatchObject({ scaffolded: [], replaced: [], beside: [], removed: [], moved: [] });
  });

  it("moves a learner's file with an exercise that moved to another topic", () => {
    const m1 = course(join(base, "m1"), "1.0.0", { roams: "// stub\n" });
    const mroot = join(base, "mws");
    initWorkspace(mroot, m1, "0.1.0");
    writeFileSync(join(mroot, "exercises/01-a/roams.ts"), "// solved\n");
    const m2dir = join(base, "m2");
    const m2 = course(m2dir, "1.1.0", { roams: "// stub\n" });
    const manifest = JSON.parse(readFileSync(join(m2dir, "course.json"), "utf8"));
    manifest.topics[0].id = "02-b";
    manifest.topics[0].exercises[0].stub = "exercises/01-a/roams.ts";
    manifest.topics[0].exercises[0].solution = "solutions/01-a/roams.ts";
    manifest.topics[0].exercises[0].spec = "tests/specs/01-a/roams.spec.ts";
    writeFileSync(join(m2dir, "course.json"), JSON.stringify(manifest));
    const r = syncWorkspace(findWorkspace(mroot)!, loadCourse(m2dir));
    expect(m2.version).toBe("1.1.0");
    expect(r.moved).toEqual([{ id: "roams", from: "exercises/01-a/roams.ts", to: "exercises/02-b/roams.ts" }]);
    expect(r.scaffolded).toEqual([]);
    expect(readFileSync(join(mroot, "exercises/02-b/roams.ts"), "utf8")).toBe("// solved\n");
    expect(existsSync(join(mroot, "exercises/01-a/roams.ts"))).toBe(false);
  });

  it("brings a changed helper module like a stub: replaced when untouched, beside when edited", () => {
    const v3dir = join(base, "v3");
    const v3 = course(v3dir, "1.2.0", { same: "// same\n" });
    writeFileSync(join(v3dir, "exercises/helpers.ts"), "export type Vector = number[];\nexport type Matrix = number[][];\n");
    const r = syncWorkspace(findWorkspace(root)!, { ...v3, helpers: "exercises/helpers.ts" });
    expect(r.replaced.map((x) => x.file)).toEqual(["exercises/helpers.ts"]);
    expect(readFileSync(join(root, "exercises/helpers.ts"), "utf8")).toContain("Matrix");
    writeFileSync(join(root, "exercises/helpers.ts"), "// mine\n");
    writeFileSync(join(v3dir, "exercises/helpers.ts"), "// v4\n");
    const r4 = syncWorkspace(findWorkspace(root)!, { ...v3, version: "1.3.0" });
    expect(r4.beside).toEqual([{ id: "helpers", file: "exercises/helpers.ts", stub: "exercises/helpers.stub-1.3.0.ts" }]);
    expect(readFileSync(join(root, "exercises/helpers.ts"), "utf8")).toBe("// mine\n");
  });

  it("leaves a file alone when it does not know which stub it started from", () => {
    const old = join(base, "old-ws");
    initWorkspace(old, v1, "0.1.0");
    rmSync(join(old, ".latutor/stubs.json"));
    writeFileSync(join(old, "exercises/01-a/untouched.ts"), "// stub 1\n");
    const r = syncWorkspace(findWorkspace(old)!, v2);
    expect(r.replaced).toEqual([]);
    expect(r.beside).toEqual([]);
    expect(readFileSync(join(old, "exercises/01-a/untouched.ts"), "utf8")).toBe("// stub 1\n");
  });
});
