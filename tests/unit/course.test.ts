import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadBuiltinCourse } from "../../src/course/builtin";
import { findTopic, loadCourse, parseManifest, readQuiz } from "../../src/course/course";
import { CourseError } from "../../src/util/errors";

const minimal = () => ({
  format: 1,
  id: "mini",
  title: "Mini",
  version: "1.0.0",
  authors: ["A. Teacher"],
  license: "CC-BY-4.0",
  latutor: ">=0.1.0",
  helpers: "exercises/helpers.ts",
  topics: [
    {
      id: "01-basics",
      title: "Basics",
      lesson: "lessons/01-basics.md",
      exercises: [{ id: "double-it", title: "Double", summary: "Double a number.", exports: ["double"], hints: ["Multiply by 2."] }],
    },
  ],
});

function errorOf(data: unknown): string {
  try {
    parseManifest(JSON.stringify(data), "course.json");
  } catch (error) {
    expect(error).toBeInstanceOf(CourseError);
    return (error as Error).message;
  }
  throw new Error("expected the manifest to be rejected");
}

describe("the built-in course", () => {
  it("loads, with topics in order and unique exercise ids", () => {
    const course = loadBuiltinCourse();
    expect(course.topics.map((t) => t.id)).toEqual([...course.topics.map((t) => t.id)].sort());
    expect(course.topics[0].id).toBe("00-welcome");
    const ids = course.exercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["vector-arithmetic", "norms", "cosine-similarity", "similarity-search", "projection"]));
  });

  it("fills in the conventional paths", () => {
    const e = loadBuiltinCourse().exercises.find((x) => x.id === "norms")!;
    expect(e.stub).toBe("exercises/01-vectors/norms.ts");
    expect(e.solution).toBe("solutions/01-vectors/norms.ts");
    expect(e.spec).toBe("tests/specs/01-vectors/norms.spec.ts");
    expect(e.workspacePath).toBe("exercises/01-vectors/norms.ts");
    expect(e.timeLimitMs).toBeGreaterThan(0);
  });

  it("finds topics by full id, number or name", () => {
    const course = loadBuiltinCourse();
    expect(findTopic(course, "01-vectors")?.id).toBe("01-vectors");
    expect(findTopic(course, "01")?.id).toBe("01-vectors");
    expect(findTopic(course, "vectors")?.id).toBe("01-vectors");
    expect(findTopic(course, "99")).toBeUndefined();
  });

  it("has a valid quiz for the welcome topic", () => {
    const course = loadBuiltinCourse();
    const quiz = readQuiz(course, course.topics[0]);
    expect(quiz.length).toBeGreaterThanOrEqual(3);
    for (const q of quiz) expect(q.answer).toBeLessThan(q.choices.length);
  });
});

describe("manifest validation names the file and the field", () => {
  it("accepts a minimal manifest", () => {
    expect(parseManifest(JSON.stringify(minimal()), "course.json").topics[0].exercises[0].id).toBe("double-it");
  });

  it("rejects broken JSON", () => {
    expect(() => parseManifest("{ not json", "packs/x/course.json")).toThrow(/^packs\/x\/course\.json: not valid JSON/);
  });

  it("rejects a bad exercise id", () => {
    const m = minimal();
    m.topics[0].exercises[0].id = "Double It";
    expect(errorOf(m)).toBe("course.json: topics[0].exercises[0].id: must be kebab-case, like gaussian-elimination");
  });

  it("rejects a bad topic id", () => {
    const m = minimal();
    m.topics[0].id = "basics";
    expect(errorOf(m)).toMatch(/^course\.json: topics\[0\]\.id: must look like NN-name/);
  });

  it("rejects a missing field", () => {
    const m = minimal() as Record<string, unknown>;
    delete m.title;
    expect(errorOf(m)).toMatch(/^course\.json: title: is required/);
  });

  it("rejects an unknown field", () => {
    const m = minimal() as Record<string, unknown>;
    (m.topics as Record<string, unknown>[])[0].lessons = "x";
    expect(errorOf(m)).toMatch(/^course\.json: topics\[0\]: unknown field "lessons"/);
  });

  it("rejects paths that leave the course", () => {
    const m = minimal();
    m.topics[0].lesson = "../secret.md";
    expect(errorOf(m)).toBe("course.json: topics[0].lesson: must be a relative path inside the course");
  });

  it("rejects a version that is not semver and a bad latutor range", () => {
    expect(errorOf({ ...minimal(), version: "1.0" })).toBe("course.json: version: must be a semantic version like 1.2.0");
    expect(errorOf({ ...minimal(), latutor: "soon" })).toMatch(/^course\.json: latutor: must be a semver range/);
    expect(errorOf({ ...minimal(), authors: [] })).toBe("course.json: authors: must name at least one author");
    for (const r of ["latest", ">=", "1.2.3.4", "^1 ||"]) expect(errorOf({ ...minimal(), latutor: r })).toMatch(/latutor: must be a semver range/);
    for (const r of [">=0.1.0 <1", "^1.2", "~1.2.3", "1.x", "*", "1.2.3 - 2.0.0", "^1 || ^2", ">=1.0.0-beta.1"]) expect(parseManifest(JSON.stringify({ ...minimal(), latutor: r }), "course.json").latutor).toBe(r);
  });

  it("rejects control characters in course text (an escape sequence would reach the terminal)", () => {
    expect(errorOf({ ...minimal(), title: "Mini\u001b]52;c;aGk=\u0007" })).toBe("course.json: title: must not hold control characters");
  });

  it("rejects a wrong format version", () => {
    expect(errorOf({ ...minimal(), format: 2 })).toMatch(/^course\.json: format: must be 1/);
  });

  it("rejects duplicate exercise ids across topics", () => {
    const m = minimal();
    m.topics.push({ ...m.topics[0], id: "02-more" });
    const dir = mkdtempSync(join(tmpdir(), "latutor-course-"));
    writeFileSync(join(dir, "course.json"), JSON.stringify(m));
    expect(() => loadCourse(dir, { checkFiles: false })).toThrow(/topics\[1\]\.exercises\[0\]\.id: exercise "double-it" appears twice/);
  });

  it("reports a file the manifest names but that does not exist", () => {
    const dir = mkdtempSync(join(tmpdir(), "latutor-course-"));
    writeFileSync(join(dir, "course.json"), JSON.stringify(minimal()));
    mkdirSync(join(dir, "exercises"), { recursive: true });
    writeFileSync(join(dir, "exercises/helpers.ts"), "export {};\n");
    expect(() => loadCourse(dir)).toThrow(/topics\[0\]\.lesson: file not found: lessons\/01-basics\.md/);
    mkdirSync(join(dir, "lessons"));
    writeFileSync(join(dir, "lessons/01-basics.md"), "# Basics\n");
    expect(() => loadCourse(dir)).toThrow(/topics\[0\]\.exercises\[0\]\.stub: file not found: exercises\/01-basics\/double-it\.ts/);
  });

  it("keeps the built-in course loadable from a copy (no absolute paths)", () => {
    const dir = mkdtempSync(join(tmpdir(), "latutor-copy-"));
    const root = loadBuiltinCourse().root;
    for (const part of ["course.json", "lessons", "exercises", "solutions", "tests/specs"]) cpSync(join(root, part), join(dir, part), { recursive: true });
    expect(loadCourse(dir).exercises.length).toBe(loadBuiltinCourse().exercises.length);
  });
});
