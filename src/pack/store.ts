/**
 * Where installed packs live: `<home>/packs/<name>/<version>-<digest>/` holds one installed
 * version, and `<home>/packs/<name>/current` names the one in use. Installing writes a new version
 * folder and then switches `current` with one atomic rename, so a learner's latutor sees the old
 * pack or the new one, never half of either. `<home>` is $LATUTOR_HOME, else
 * $XDG_DATA_HOME/latutor, else ~/.local/share/latutor.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { loadBuiltinCourse } from "../course/builtin";
import { loadCourse, type Course } from "../course/course";
import { CourseError, ExitError } from "../util/errors";
import { writeFileAtomic } from "../util/fs";
import { packageVersion } from "../util/package";
import { compiledRootOf } from "./compile";

export function latutorHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LATUTOR_HOME) return env.LATUTOR_HOME;
  const data = env.XDG_DATA_HOME || join(homedir(), ".local", "share");
  return join(data, "latutor");
}

export const packsDir = () => join(latutorHome(), "packs");
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A version's folder is named by the archive's digest alone (a version string may hold anything semver allows). */
const FOLDER = /^[0-9a-f]{16}$/;
export const folderOf = (digest: string) => digest.slice(0, 16);

export interface InstalledPack {
  name: string;
  version: string;
  /** sha256 of the archive it came from (a folder is packed in memory first, as pack build would). */
  digest: string;
  dir: string;
  installedAt: string;
}

interface CurrentFile {
  folder: string;
  version: string;
  digest: string;
  installedAt: string;
}

/** The installed version of pack `name`, if there is one. */
export function findInstalled(name: string): InstalledPack | undefined {
  if (!NAME.test(name)) return undefined;
  const base = join(packsDir(), name);
  let current: CurrentFile;
  try {
    current = JSON.parse(readFileSync(join(base, "current"), "utf8")) as CurrentFile;
  } catch {
    return undefined;
  }
  if (typeof current?.folder !== "string" || !FOLDER.test(current.folder)) return undefined;
  const dir = join(base, current.folder);
  if (!existsSync(join(dir, "course.json"))) return undefined;
  return { name, version: String(current.version), digest: String(current.digest), dir, installedAt: String(current.installedAt) };
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

export function listInstalled(): InstalledPack[] {
  let names: string[] = [];
  try {
    names = readdirSync(packsDir());
  } catch {
    return [];
  }
  return names
    .sort()
    .map((n) => findInstalled(n))
    .filter((p): p is InstalledPack => Boolean(p));
}

/**
 * Makes `folder` (already complete under packs/<name>/) the pack's current version. The version it
 * replaces is kept (a latutor running right now, a watch, still reads it); older ones are removed.
 */
export function activate(pack: Omit<InstalledPack, "dir">, folder: string): InstalledPack {
  const base = join(packsDir(), pack.name);
  const previous = findInstalled(pack.name);
  writeFileAtomic(join(base, "current"), JSON.stringify({ folder, version: pack.version, digest: pack.digest, installedAt: pack.installedAt }, null, 2) + "\n");
  removeStale(pack.name, [folder, ...(previous ? [folderOf(previous.digest)] : [])]);
  return { ...pack, dir: join(base, folder) };
}

/** Version folders other than those kept, and leftovers of interrupted installs. */
function removeStale(name: string, keep: string[]): void {
  const base = join(packsDir(), name);
  for (const entry of readdirSync(base)) {
    if (keep.includes(entry) || entry === "current") continue;
    const path = join(base, entry);
    // Another install may be writing its temporary folder right now: leave young ones alone.
    const young = entry.startsWith(".tmp-") && Date.now() - lstatSync(path).mtimeMs < 10 * 60_000;
    if (!young) rmSync(path, { recursive: true, force: true });
  }
}

export function removeInstalled(name: string): InstalledPack {
  const pack = findInstalled(name);
  if (!pack) throw new ExitError(`no pack "${name}" is installed (latutor pack list shows those that are)`);
  rmSync(join(packsDir(), name), { recursive: true, force: true });
  return pack;
}

/** Throws when this latutor is outside the range of versions the course asks for. */
export function checkCompatible(course: Pick<Course, "id" | "version" | "latutor">, version = packageVersion()): void {
  // Loaded here, not at start-up: only packs need it.
  const satisfies = createRequire(import.meta.url)("semver/functions/satisfies") as (v: string, r: string, o?: object) => boolean;
  const validRange = createRequire(import.meta.url)("semver/ranges/valid") as (r: string) => string | null;
  if (validRange(course.latutor) === null) throw new CourseError(`course.json: latutor: "${course.latutor}" is not a semver range of latutor versions`);
  if (!satisfies(version, course.latutor, { includePrerelease: true })) {
    throw new CourseError(`the pack ${course.id} ${course.version} needs latutor ${course.latutor}, but this is latutor ${version}`);
  }
}

/** Loads an installed pack's course, compiled for this latutor (on first use when needed). */
export function loadInstalled(pack: InstalledPack): Course {
  const course = loadCourse(pack.dir);
  checkCompatible(course);
  return { ...course, compiledRoot: compiledRootOf(pack.dir), trusted: false };
}

/** The course named `name`: the built-in one, or an installed pack. */
export function loadCourseByName(name: string, near?: string): Course {
  const builtin = loadBuiltinCourse();
  if (name === builtin.id) return builtin;
  const pack = findInstalled(name);
  if (!pack) {
    // A class repository made by pack classroom carries its pack: say where.
    const copy = near && NAME.test(name) ? readdirSafe(join(near, ".latutor-pack")).find((f) => f.startsWith(`${name}-`) && f.endsWith(".latpack")) : undefined;
    const how = copy ? `latutor pack install ${join(".latutor-pack", copy)}` : "latutor pack install <file.latpack>";
    throw new ExitError(`the pack "${name}" is not installed: run ${how}, or latutor pack list to see what is`);
  }
  return loadInstalled(pack);
}
