/**
 * Installing a pack: from a .latpack file or straight from a pack folder (which is first packed
 * in memory the way `pack build` would, so both take one path). Everything is checked before
 * anything is written (readArchive), then the files go into a temporary folder under the pack's
 * own folder, the course is loaded and compiled there, and only then is it renamed into place and
 * made current. On any failure the temporary folder is removed: nothing is left behind.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadBuiltinCourse } from "../course/builtin";
import { buildCourse, loadCourse, parseManifest, MANIFEST_FILE, type Course } from "../course/course";
import { CourseError, ExitError } from "../util/errors";
import { compileCourse, compiledRootOf } from "./compile";
import { LIMITS, readArchive, readPackFolder, sha256, writeArchive } from "./archive";
import { activate, checkCompatible, findInstalled, folderOf, loadInstalled, packsDir, type InstalledPack } from "./store";

export interface InstallResult {
  pack: InstalledPack;
  course: Course;
  /** The version that was current before, if any. */
  previous?: InstalledPack;
  /** The same archive was installed already: nothing changed. */
  unchanged: boolean;
}

/** Every file a course's manifest names. */
export const namedFiles = (course: Course) => [course.helpers, ...course.topics.flatMap((t) => [t.lesson, ...(t.quiz ? [t.quiz] : []), ...t.exercises.flatMap((e) => [e.stub, e.solution, e.spec])])];

/** A pack folder packed in memory: its archive bytes and course (validated, files present). */
/** Throws a one-line usage error unless `dir` is a pack folder (one holding a course.json). */
export function requirePackFolder(dir: string): void {
  if (!existsSync(dir)) throw new ExitError(`${dir}: no such folder (pack commands take the pack's folder, not its name)`);
  if (!existsSync(join(dir, MANIFEST_FILE))) throw new ExitError(`${dir} has no ${MANIFEST_FILE}: is it a pack folder? (latutor pack new <dir> makes one)`);
}

export function archiveOfFolder(dir: string): { bytes: Buffer; course: Course } {
  requirePackFolder(dir);
  const course = loadCourse(dir);
  const files = readPackFolder(dir, course.files);
  // The manifest's "files" must not leave out a file the manifest itself names.
  const left = namedFiles(course).find((rel) => !files.has(rel));
  if (left) throw new CourseError(`${MANIFEST_FILE}: files: leaves out ${left}, which the manifest names: add its folder to "files"`);
  return { bytes: writeArchive(files, course.id, course.version), course };
}

/** Reads a .latpack file, refusing anything that is not a regular file of a sane size. */
export function readPackFile(file: string): Buffer {
  let st;
  try {
    st = lstatSync(file);
  } catch {
    throw new ExitError(`${file}: no such file`);
  }
  if (!st.isFile()) throw new CourseError(`not a valid latutor pack: ${file} is not a regular file`);
  if (st.size > LIMITS.ARCHIVE_BYTES) throw new CourseError(`not a valid latutor pack: the file is ${(st.size / 1048576).toFixed(1)} MB; a pack may be at most ${LIMITS.ARCHIVE_BYTES / 1048576} MB`);
  return readFileSync(file);
}

export async function installPack(source: string, options: { sha256?: string } = {}): Promise<InstallResult> {
  const fromFolder = existsSync(source) && statSync(source).isDirectory();
  const bytes = fromFolder ? archiveOfFolder(source).bytes : readPackFile(source);
  const digest = sha256(bytes);
  if (options.sha256 && options.sha256.toLowerCase() !== digest) {
    throw new CourseError(`${source}: its sha256 is ${digest}, not the ${options.sha256} asked for: refusing to install it`);
  }
  return installArchive(bytes, digest);
}

export async function installArchive(bytes: Buffer, digest = sha256(bytes)): Promise<InstallResult> {
  const { index, files } = readArchive(bytes);
  const manifestBytes = files.get(MANIFEST_FILE);
  if (!manifestBytes) throw new CourseError(`not a valid latutor pack: it has no ${MANIFEST_FILE}`);
  const manifest = parseManifest(manifestBytes.toString("utf8"), MANIFEST_FILE);
  if (manifest.id !== index.name || manifest.version !== index.version) {
    throw new CourseError(`not a valid latutor pack: its index says ${index.name} ${index.version} but ${MANIFEST_FILE} says ${manifest.id} ${manifest.version}`);
  }
  if (manifest.id === loadBuiltinCourse({ checkFiles: false }).id) throw new CourseError(`a pack may not be called ${manifest.id}: that is the built-in course's name`);
  checkCompatible({ id: manifest.id, version: manifest.version, latutor: manifest.latutor });
  const missing = namedFiles(buildCourse(manifest, "/")).find((rel) => !files.has(rel));
  if (missing) throw new CourseError(`not a valid latutor pack: ${MANIFEST_FILE} names ${missing}, which the archive does not hold`);

  const previous = findInstalled(manifest.id);
  const base = join(packsDir(), manifest.id);
  const folder = folderOf(digest);
  if (previous && previous.digest === digest && existsSync(previous.dir)) {
    return { pack: previous, course: loadInstalled(previous), previous, unchanged: true };
  }
  // Workspaces follow a pack by its version: new content under the same version would never reach them.
  if (previous && previous.version === manifest.version) {
    throw new CourseError(`${manifest.id} ${manifest.version} is installed already with other content: give the new one a new version (or latutor pack remove ${manifest.id} first)`);
  }
  const tmp = join(base, `.tmp-${process.pid}-${Date.now()}`);
  try {
    mkdirSync(tmp, { recursive: true });
    for (const [rel, data] of files) {
      const path = join(tmp, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data, { flag: "wx", mode: 0o644 });
    }
    const course = { ...loadCourse(tmp), trusted: false };
    await compileCourse(course, compiledRootOf(tmp));
    const target = join(base, folder);
    if (existsSync(target)) rmSync(target, { recursive: true, force: true });
    renameSync(tmp, target);
    const pack = activate({ name: manifest.id, version: manifest.version, digest, installedAt: new Date().toISOString() }, folder);
    return { pack, course: loadInstalled(pack), previous, unchanged: false };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    // A first install that failed leaves no empty folder behind either.
    for (const dir of [base, packsDir()]) {
      try {
        rmdirSync(dir);
      } catch {
        break; // not empty (another version or pack is installed), or gone already
      }
    }
  }
}
