import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { archiveOfFolder, installArchive, installPack } from "../../src/pack/install";
import { findInstalled, listInstalled, loadCourseByName, packsDir, removeInstalled } from "../../src/pack/store";
import { newPackFiles } from "../../src/pack/template";
import { craft } from "../support/craft-archive";

const base = mkdtempSync(join(tmpdir(), "latutor-install-"));
const saved = process.env.LATUTOR_HOME;

function makePack(dir: string, edit: (manifest: Record<string, unknown>) => void = () => {}, files: Record<string, string> = {}): string {
  for (const [rel, text] of newPackFiles("demo")) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  const manifest = JSON.parse(readFileSync(join(dir, "course.json"), "utf8"));
  edit(manifest);
  writeFileSync(join(dir, "course.json"), JSON.stringify(manifest));
  for (const [rel, text] of Object.entries(files)) writeFileSync(join(dir, rel), text);
  return dir;
}

async function refusal(source: string): Promise<string> {
  try {
    await installPack(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the install to be refused");
}

describe("installing packs", () => {
  beforeAll(() => {
    process.env.LATUTOR_HOME = join(base, "home");
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.LATUTOR_HOME;
    else process.env.LATUTOR_HOME = saved;
  });

  it("installs from a folder, compiles its specs, lists it, and loads it by name", async () => {
    const r = await installPack(makePack(join(base, "v1")));
    expect(r).toMatchObject({ unchanged: false, pack: { name: "demo", version: "0.1.0" } });
    expect(r.pack.dir).toBe(join(packsDir(), "demo", r.pack.digest.slice(0, 16)));
    expect(readdirSync(join(r.pack.dir, ".compiled"))).toHaveLength(1);
    expect(listInstalled().map((p) => p.name)).toEqual(["demo"]);
    const course = loadCourseByName("demo");
    expect(course).toMatchObject({ id: "demo", trusted: false });
    expect(course.exercises.map((e) => e.id)).toEqual(["centroid"]);
    // The same bytes again: nothing changes.
    expect((await installPack(join(base, "v1"))).unchanged).toBe(true);
  });

  it("refuses other content under an installed version, and a files list that leaves out a named file", async () => {
    const changed = makePack(join(base, "changed"), () => {}, { "lessons/01-centroids.md": "# Changed\n" });
    expect(await refusal(changed)).toBe("demo 0.1.0 is installed already with other content: give the new one a new version (or latutor pack remove demo first)");
    const partial = makePack(join(base, "partial"), (m) => ((m.version = "0.3.0"), (m.files = ["lessons", "exercises", "tests"])));
    expect(await refusal(partial)).toBe('course.json: files: leaves out solutions/01-centroids/centroid.ts, which the manifest names: add its folder to "files"');
  });

  it("an update switches versions in one step, keeps the one it replaced (running latutors read it) and removes older ones", async () => {
    const v1 = findInstalled("demo")!;
    const r = await installPack(makePack(join(base, "v2"), (m) => (m.version = "2.0.0-Beta.1+Build.7")));
    expect(r.previous?.version).toBe("0.1.0");
    expect(findInstalled("demo")!.version).toBe("2.0.0-Beta.1+Build.7");
    expect(existsSync(v1.dir)).toBe(true);
    const v3 = await installPack(makePack(join(base, "v3"), (m) => (m.version = "3.0.0")));
    expect(existsSync(v1.dir)).toBe(false);
    expect(readdirSync(join(packsDir(), "demo")).sort()).toEqual([r.pack.digest.slice(0, 16), v3.pack.digest.slice(0, 16), "current"].sort());
    expect(loadCourseByName("demo").version).toBe("3.0.0");
  });

  it("refuses a broken manifest, an incompatible pack, the built-in course's name and a spec that imports Node, leaving nothing", async () => {
    const name = (n: string) => (m: Record<string, unknown>) => (m.id = n);
    expect(await refusal(makePack(join(base, "bad"), (m) => (m.id = "Bad Name")))).toMatch(/course\.json: id: must be kebab-case/);
    expect(await refusal(makePack(join(base, "future"), (m) => ((m.id = "future"), (m.latutor = ">=99")))))
      .toBe("the pack future 0.1.0 needs latutor >=99, but this is latutor 0.1.0");
    expect(await refusal(makePack(join(base, "core"), name("latutor-core")))).toMatch(/may not be called latutor-core/);
    const spec = "tests/specs/01-centroids/centroid.spec.ts";
    const sneaky = makePack(join(base, "sneaky"), name("sneaky"));
    // (an import TypeScript elides, being unused, goes nowhere: this one is used)
    writeFileSync(join(sneaky, spec), `import { readFileSync } from "node:fs";\nexport const stolen = readFileSync("/etc/hostname", "utf8");\n${readFileSync(join(sneaky, spec), "utf8")}`);
    expect(await refusal(sneaky)).toMatch(/^the pack sneaky does not compile: .*imports "node:fs": a pack's specs and references may import only latutor\/kit/);
    const outside = makePack(join(base, "outside"), name("outside"));
    writeFileSync(join(outside, spec), `import other from "../../../../v1/course.json";\nexport const stolen = other;\n${readFileSync(join(outside, spec), "utf8")}`);
    // Installed from its extracted copy, the climb finds nothing: "not a file in the pack" (or, when it does, "outside the pack").
    expect(await refusal(outside)).toMatch(/which is (not a file in the pack|outside the pack)/);
    expect(readdirSync(packsDir()).sort()).toEqual(["demo"]);
  });

  it("refuses an archive whose index and manifest disagree", async () => {
    const { bytes } = archiveOfFolder(join(base, "v1"));
    expect(bytes.length).toBeGreaterThan(0);
    const manifest = readFileSync(join(base, "v1", "course.json"), "utf8");
    await expect(installArchive(craft({ "course.json": manifest }))).rejects.toThrow(/its index says evil-pack 1\.0\.0 but course\.json says demo 0\.1\.0/);
  });

  it("removes a pack", () => {
    expect(removeInstalled("demo").name).toBe("demo");
    expect(listInstalled()).toEqual([]);
    expect(() => removeInstalled("demo")).toThrow(/no pack "demo" is installed/);
    expect(() => loadCourseByName("demo")).toThrow(/the pack "demo" is not installed/);
  });
});

describe("compiling a pack's specs", () => {
  it("resolves imports itself: a folder's package.json cannot point esbuild outside, nor can a link", async () => {
    const { compileCourse } = await import("../../src/pack/compile");
    const { loadCourse } = await import("../../src/course/course");
    const { symlinkSync } = await import("node:fs");
    const dir = makePack(join(base, "resolve"));
    const spec = "tests/specs/01-centroids/centroid.spec.ts";
    const original = readFileSync(join(dir, spec), "utf8");
    writeFileSync(join(base, "secret.json"), JSON.stringify({ token: "s3cr3t" }));
    mkdirSync(join(dir, "tests/specs/lib"), { recursive: true });
    writeFileSync(join(dir, "tests/specs/lib/package.json"), JSON.stringify({ main: "../../../../secret.json" }));
    writeFileSync(join(dir, spec), `import secret from "../lib";\nexport const leak = secret;\n${original}`);
    await expect(compileCourse(loadCourse(dir), join(base, "out1"))).rejects.toThrow(/imports "\.\.\/lib", which is not a file in the pack/);
    symlinkSync(join(base, "secret.json"), join(dir, "tests/specs/lib/data.json"));
    writeFileSync(join(dir, spec), `import secret from "../lib/data.json";\nexport const leak = secret;\n${original}`);
    await expect(compileCourse(loadCourse(dir), join(base, "out2"))).rejects.toThrow(/imports "\.\.\/lib\/data\.json", which is outside the pack/);
    expect(existsSync(join(base, "out1")) || existsSync(join(base, "out2"))).toBe(false);
  });
});
