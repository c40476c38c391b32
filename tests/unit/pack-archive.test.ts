import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packFiles, readArchive, readPackFolder, unsafePath, writeArchive } from "../../src/pack/archive";
import { craft, maliciousArchives } from "../support/craft-archive";

const files = { "course.json": "{}", "lessons/01-a.md": "# A\n" };

function refusal(bytes: Buffer): string {
  try {
    readArchive(bytes);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the archive to be refused");
}

describe("writing a pack archive", () => {
  it("gives the same bytes for the same files, whatever their order or mtime", () => {
    const a = writeArchive(new Map([["b.txt", Buffer.from("B")], ["a.txt", Buffer.from("A")]]), "p", "1.0.0");
    const b = writeArchive(new Map([["a.txt", Buffer.from("A")], ["b.txt", Buffer.from("B")]]), "p", "1.0.0");
    expect(a.equals(b)).toBe(true);
    const back = readArchive(a);
    expect([...back.files.keys()]).toEqual(["a.txt", "b.txt"]);
    expect(back.index).toMatchObject({ format: 1, name: "p", version: "1.0.0" });
  });

  it("takes a folder's plain files, sorted, leaving out hidden files, node_modules, dist and built packs", () => {
    const dir = mkdtempSync(join(tmpdir(), "latutor-packfiles-"));
    for (const rel of ["course.json", "lessons/b.md", "lessons/a.md", ".git/HEAD", "node_modules/x/index.js", "dist/x.js", "old.latpack"]) {
      mkdirSync(join(dir, rel, ".."), { recursive: true });
      writeFileSync(join(dir, rel), "x");
    }
    expect(packFiles(dir)).toEqual(["course.json", "lessons/a.md", "lessons/b.md"]);
    // The manifest's "files", like package.json's: course.json and what it names.
    expect(packFiles(dir, ["lessons/b.md"])).toEqual(["course.json", "lessons/b.md"]);
    expect(packFiles(dir, ["lessons"])).toEqual(["course.json", "lessons/a.md", "lessons/b.md"]);
    symlinkSync("/etc/passwd", join(dir, "lessons", "passwd"));
    expect(() => readPackFolder(dir)).toThrow(/lessons\/passwd is a symbolic link/);
  });

  it("knows which paths are safe", () => {
    expect(unsafePath("lessons/01.md")).toBeUndefined();
    expect(unsafePath("/etc/passwd")).toMatch(/absolute/);
    expect(unsafePath("a/../../x")).toMatch(/climbs out/);
    expect(unsafePath("C:/x")).toMatch(/colon/);
    expect(unsafePath("a\\b")).toMatch(/backslash/);
    expect(unsafePath(".compiled/x.js")).toMatch(/hidden/);
    expect(unsafePath("a//b")).toMatch(/empty/);
  });
});

describe("reading a pack archive refuses, in one line", () => {
  it("accepts a well-formed crafted archive", () => {
    expect([...readArchive(craft(files)).files.keys()].sort()).toEqual(Object.keys(files).sort());
  });

  const cases = maliciousArchives(files);
  for (const [what, make, message] of cases) {
    it(what, () => {
      const text = refusal(make());
      expect(text).toMatch(/^not a valid latutor pack: /);
      expect(text).toMatch(message);
      expect(text).not.toContain("\n");
    });
  }
});
