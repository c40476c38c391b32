/**
 * The .latpack format: a gzipped tar of a pack folder's files, written entry by entry so that the
 * same files always give the same bytes (sorted paths, mode 0644, a fixed mtime, no owner, no
 * directory entries), with `latpack.json` first: the pack's name and version and the sha256 of
 * every other file.
 *
 * Reading is the dangerous direction: an archive is hostile input. `readArchive` takes the bytes,
 * never the file system: it refuses anything but plain files with safe relative paths (no
 * absolute paths, `..`, links of either kind, devices or pipes, duplicates), bounds the archive,
 * each entry, the total and the decompression, checks every checksum, and only then hands back
 * the files, in memory. Nothing is written until all of that holds.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, lstatSync } from "node:fs";
import { join, relative } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { Header, Parser } from "tar";
import { CourseError } from "../util/errors";

export const INDEX_FILE = "latpack.json";
export const PACK_EXTENSION = ".latpack";

export const LIMITS = {
  /** The .latpack file itself. */
  ARCHIVE_BYTES: 32 * 1024 * 1024,
  /** One file inside it. */
  ENTRY_BYTES: 16 * 1024 * 1024,
  /** All files together, unpacked (also the cap on decompression). */
  TOTAL_BYTES: 64 * 1024 * 1024,
  ENTRIES: 5000,
  PATH_CHARS: 200,
};

/** The same instant in every archive (tar stores seconds; 2000-01-01 keeps clear of epoch-zero quirks). */
const FIXED_MTIME = new Date("2000-01-01T00:00:00Z");

export interface PackIndex {
  format: 1;
  name: string;
  version: string;
  files: Record<string, string>;
}

export const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

/** Folders and files of a pack folder that never go into an archive. */
const SKIPPED = new Set(["node_modules", "dist", ".compiled"]);

/** Why `rel` cannot be a path inside a pack, or undefined when it can. */
export function unsafePath(rel: string): string | undefined {
  if (rel.length === 0) return "an empty path";
  if (rel.length > LIMITS.PATH_CHARS) return `a path longer than ${LIMITS.PATH_CHARS} characters`;
  if (/[\u0000-\u001f\u007f\\:]/.test(rel)) return "a path with a control character, a backslash or a colon";
  // Plain ASCII names: the same bytes on every file system, and a plain tar header for each.
  if (/[^\u0020-\u007e]/.test(rel)) return "a path with a character outside ASCII (name pack files in plain ASCII)";
  if (rel.startsWith("/")) return "an absolute path";
  const parts = rel.split("/");
  if (parts.some((p) => p === "..")) return "a path that climbs out of the pack (..)";
  if (parts.some((p) => p === "" || p === ".")) return "a path with an empty or '.' part";
  if (parts.some((p) => p.startsWith("."))) return "a hidden file or folder";
  if (parts.some((p) => p.length > 100)) return "a path with a part longer than 100 characters";
  return undefined;
}

/**
 * The files of a pack folder that belong in its archive, sorted (byte order of their paths): all
 * of them, or course.json and what `include` names (the manifest's "files").
 */
export function packFiles(dir: string, include?: string[]): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const name of readdirSync(abs)) {
      if (name.startsWith(".") || SKIPPED.has(name) || name.endsWith(PACK_EXTENSION)) continue;
      const path = join(abs, name);
      const st = lstatSync(path);
      const rel = relative(dir, path).split("\\").join("/");
      if (st.isSymbolicLink()) throw new CourseError(`${rel} is a symbolic link: a pack holds plain files only`);
      if (st.isDirectory()) walk(path);
      else if (st.isFile()) out.push(rel);
      else throw new CourseError(`${rel} is not a regular file: a pack holds plain files only`);
      if (out.length > LIMITS.ENTRIES) throw new CourseError(`more than ${LIMITS.ENTRIES} files: is a data folder in the pack by mistake?`);
    }
  };
  walk(dir);
  if (include) {
    const keep = (rel: string) => rel === "course.json" || include.some((p) => rel === p || rel.startsWith(p.endsWith("/") ? p : `${p}/`));
    out.splice(0, out.length, ...out.filter(keep));
  }
  const seen = new Map<string, string>();
  for (const rel of out) {
    const why = unsafePath(rel);
    if (why) throw new CourseError(`${rel}: ${why} cannot go into a pack`);
    if (rel === INDEX_FILE) throw new CourseError(`${rel}: that name is reserved for the archive's own index: rename the file`);
    // The same rules as install's, so that what builds also installs.
    const other = seen.get(rel.toLowerCase());
    if (other) throw new CourseError(`${rel} and ${other} differ only in case: one of them must be renamed`);
    seen.set(rel.toLowerCase(), rel);
  }
  return out.sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1));
}

function tarEntry(path: string, data: Buffer): Buffer[] {
  const header = new Header({ path, mode: 0o644, size: data.length, mtime: FIXED_MTIME, type: "File", uid: 0, gid: 0, uname: "", gname: "" });
  const block = Buffer.alloc(512);
  header.encode(block, 0);
  if (header.needPax) throw new CourseError(`${path}: the path is too long for a pack archive`);
  const pad = (512 - (data.length % 512)) % 512;
  return [block, data, Buffer.alloc(pad)];
}

/** The bytes of a .latpack for these files (path → content); `name` and `version` go in the index. */
export function writeArchive(files: Map<string, Buffer>, name: string, version: string): Buffer {
  const paths = [...files.keys()].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1));
  const index: PackIndex = { format: 1, name, version, files: Object.fromEntries(paths.map((p) => [p, sha256(files.get(p)!)])) };
  const parts: Buffer[] = [...tarEntry(INDEX_FILE, Buffer.from(JSON.stringify(index, null, 2) + "\n"))];
  for (const p of paths) parts.push(...tarEntry(p, files.get(p)!));
  parts.push(Buffer.alloc(1024));
  const total = parts.reduce((n, b) => n + b.length, 0);
  if (total > LIMITS.TOTAL_BYTES) throw new CourseError(`the pack is ${(total / 1048576).toFixed(1)} MB unpacked; the limit is ${LIMITS.TOTAL_BYTES / 1048576} MB`);
  // zlib writes no timestamp or file name into the gzip header: the same input, the same bytes.
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Reads a pack folder's files into memory (for building or installing it). */
export function readPackFolder(dir: string, include?: string[]): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let total = 0;
  for (const rel of packFiles(dir, include)) {
    const data = readFileSync(join(dir, rel));
    if (data.length > LIMITS.ENTRY_BYTES) throw new CourseError(`${rel} is ${(data.length / 1048576).toFixed(1)} MB; a file in a pack may be at most ${LIMITS.ENTRY_BYTES / 1048576} MB`);
    total += data.length;
    if (total > LIMITS.TOTAL_BYTES) throw new CourseError(`the pack's files add up to more than ${LIMITS.TOTAL_BYTES / 1048576} MB`);
    files.set(rel, data);
  }
  return files;
}

export interface ReadPack {
  index: PackIndex;
  /** Every file but the index, checked against its checksum. */
  files: Map<string, Buffer>;
}

const refuse = (why: string): never => {
  throw new CourseError(`not a valid latutor pack: ${why}`);
};

const TYPE_NAMES: Record<string, string> = {
  SymbolicLink: "a symbolic link",
  Link: "a hard link",
  CharacterDevice: "a device",
  BlockDevice: "a device",
  FIFO: "a named pipe",
};

/** Validates an archive's bytes completely and returns its files; throws a one-line CourseError otherwise. */
export function readArchive(bytes: Buffer): ReadPack {
  if (bytes.length > LIMITS.ARCHIVE_BYTES) refuse(`the file is ${(bytes.length / 1048576).toFixed(1)} MB; a pack may be at most ${LIMITS.ARCHIVE_BYTES / 1048576} MB`);
  if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) refuse("it is not a gzip file (a .latpack is made by latutor pack build)");
  let tarBytes: Buffer;
  try {
    tarBytes = gunzipSync(bytes, { maxOutputLength: LIMITS.TOTAL_BYTES + 1024 * 1024 });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError) return refuse(`it unpacks to more than ${LIMITS.TOTAL_BYTES / 1048576} MB (a decompression bomb?)`);
    return refuse(/unexpected end/i.test(e.message) ? "the file is truncated" : `it cannot be decompressed (${e.message})`);
  }
  const entries = new Map<string, Buffer>();
  const lower = new Set<string>();
  let problem: string | undefined;
  let total = 0;
  const parser = new Parser({
    strict: true,
    onReadEntry: (entry) => {
      const path = entry.path;
      const fail = (why: string) => {
        problem ??= `${JSON.stringify(path.slice(0, 120))}: ${why}`;
        entry.resume();
      };
      if (problem) return entry.resume();
      if (entry.type !== "File" && entry.type !== "OldFile") return fail(`${TYPE_NAMES[entry.type] ?? `an entry of type ${entry.type}`}: a pack holds plain files only`);
      const why = unsafePath(path);
      if (why) return fail(why);
      if (entries.has(path) || lower.has(path.toLowerCase())) return fail("appears twice in the archive");
      if ((entry.size ?? 0) > LIMITS.ENTRY_BYTES) return fail(`larger than ${LIMITS.ENTRY_BYTES / 1048576} MB`);
      if (entries.size >= LIMITS.ENTRIES) return fail(`more than ${LIMITS.ENTRIES} files`);
      total += entry.size ?? 0;
      if (total > LIMITS.TOTAL_BYTES) return fail(`the files add up to more than ${LIMITS.TOTAL_BYTES / 1048576} MB`);
      lower.add(path.toLowerCase());
      const chunks: Buffer[] = [];
      entry.on("data", (c: Buffer) => chunks.push(c));
      entry.on("end", () => {
        const data = Buffer.concat(chunks);
        if (data.length !== entry.size) problem ??= `${JSON.stringify(path)}: the file is truncated`;
        entries.set(path, data);
      });
    },
  });
  parser.on("error", (e: Error & { code?: string }) => {
    problem ??= e.code === "TAR_BAD_ARCHIVE" && /truncated/i.test(e.message) ? "the archive is truncated" : `it is not a readable tar archive (${e.message.replace(/^TAR_\w+: /, "")})`;
  });
  parser.on("warn", (_code: string, message: string) => {
    problem ??= `it is not a readable tar archive (${String(message)})`;
  });
  parser.write(tarBytes);
  parser.end();
  if (problem) refuse(problem);
  // A file and a folder of the same name ("a" and "a/b") cannot both be written.
  for (const p of entries.keys()) {
    const parts = p.split("/");
    for (let i = 1; i < parts.length; i++) if (entries.has(parts.slice(0, i).join("/"))) refuse(`"${p}" would be written inside the file "${parts.slice(0, i).join("/")}"`);
  }
  const indexBytes = entries.get(INDEX_FILE) ?? refuse(`it has no ${INDEX_FILE} (a .latpack is made by latutor pack build)`);
  let index: PackIndex;
  try {
    index = JSON.parse(indexBytes.toString("utf8")) as PackIndex;
  } catch {
    return refuse(`${INDEX_FILE} is not valid JSON`);
  }
  if (index?.format !== 1 || typeof index.name !== "string" || typeof index.version !== "string" || !index.files || typeof index.files !== "object") {
    refuse(`${INDEX_FILE} does not have the fields format, name, version and files`);
  }
  entries.delete(INDEX_FILE);
  for (const [path, digest] of Object.entries(index.files)) {
    if (typeof digest !== "string") refuse(`${INDEX_FILE} gives ${path} no checksum`);
    const data = entries.get(path);
    if (!data) refuse(`${path} is listed in ${INDEX_FILE} but missing from the archive`);
    if (sha256(data!) !== digest) refuse(`${path} does not match its checksum in ${INDEX_FILE} (the archive was altered or damaged)`);
  }
  for (const path of entries.keys()) if (!Object.hasOwn(index.files, path)) refuse(`${path} is not listed in ${INDEX_FILE}`);
  return { index, files: entries };
}
