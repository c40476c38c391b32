/**
 * Hand-made .latpack archives for the tests: valid ones, and every kind of malicious or broken
 * one an install must refuse (links, devices, absolute paths, "..", duplicates, checksum
 * mismatches, truncation, bombs). Built entry by entry with tar's Header, so nothing touches the disk.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { LIMITS } from "../../src/pack/archive";
import { Header } from "tar";

export interface RawEntry {
  path: string;
  type?: "File" | "SymbolicLink" | "Link" | "CharacterDevice" | "BlockDevice" | "FIFO" | "Directory";
  data?: Buffer | string;
  linkpath?: string;
  /** The size written in the header (default: the data's length). */
  size?: number;
}

export const sha = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

export function rawTar(entries: RawEntry[], { end = true } = {}): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const data = Buffer.from(e.data ?? "");
    const size = e.size ?? (e.type && e.type !== "File" ? 0 : data.length);
    const header = new Header({ path: e.path, mode: 0o644, size, mtime: new Date("2000-01-01T00:00:00Z"), type: e.type ?? "File", linkpath: e.linkpath, uid: 0, gid: 0, uname: "", gname: "" });
    const block = Buffer.alloc(512);
    header.encode(block, 0);
    parts.push(block);
    if (size && (!e.type || e.type === "File")) parts.push(data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  if (end) parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

/** An index listing `files` (path → content) with their real checksums. */
export function indexFor(files: Record<string, string | Buffer>, name = "evil-pack", version = "1.0.0"): string {
  return JSON.stringify({ format: 1, name, version, files: Object.fromEntries(Object.entries(files).map(([p, d]) => [p, sha(d)])) });
}

/** A gzipped archive of an index and extra raw entries. */
export function craft(files: Record<string, string | Buffer>, extra: RawEntry[] = [], index = indexFor(files)): Buffer {
  return gzipSync(rawTar([{ path: "latpack.json", data: index }, ...Object.entries(files).map(([path, data]) => ({ path, data })), ...extra]));
}

/** Every kind of archive an install must refuse, made around `files` (path → content): name, bytes, the refusal. */
export function maliciousArchives(files: Record<string, string>): [string, () => Buffer, RegExp][] {
  return [
    ["a symbolic link", () => craft(files, [{ path: "lessons/link", type: "SymbolicLink", linkpath: "/etc/passwd" }]), /symbolic link: a pack holds plain files only/],
    ["a hard link", () => craft(files, [{ path: "lessons/hard", type: "Link", linkpath: "course.json" }]), /hard link/],
    ["a character device", () => craft(files, [{ path: "dev", type: "CharacterDevice" }]), /a device/],
    ["a block device", () => craft(files, [{ path: "disk", type: "BlockDevice" }]), /a device/],
    ["a named pipe", () => craft(files, [{ path: "pipe", type: "FIFO" }]), /named pipe/],
    ["a directory entry", () => craft(files, [{ path: "lessons/", type: "Directory" }]), /type Directory/],
    ["an absolute path", () => craft(files, [{ path: "/tmp/owned", data: "x" }]), /absolute path/],
    ["a path with ..", () => craft(files, [{ path: "lessons/../../owned", data: "x" }]), /climbs out/],
    ["a duplicate entry", () => craft(files, [{ path: "course.json", data: "{}" }]), /appears twice/],
    ["a case-folded duplicate", () => craft(files, [{ path: "COURSE.json", data: "{}" }]), /appears twice/],
    ["a file inside a file", () => craft({ ...files, "course.json/inside": "y" }), /would be written inside the file "course.json"/],
    ["a checksum mismatch", () => craft(files, [], indexFor({ ...files, "course.json": "{\"changed\":1}" })), /does not match its checksum/],
    ["a file missing from the archive", () => craft(files, [], indexFor({ ...files, "extra.md": "x" })), /listed in latpack\.json but missing/],
    ["a file not in the index", () => craft(files, [{ path: "sneaky.ts", data: "x" }]), /not listed in latpack\.json/],
    ["no index", () => gzipSync(rawTar([{ path: "course.json", data: "{}" }])), /no latpack\.json/],
    ["an index that is not JSON", () => craft(files, [], "{nope"), /not valid JSON/],
    ["a truncated file", () => craft(files).subarray(0, 60), /truncated/],
    ["a truncated tar inside good gzip", () => gzipSync(rawTar([{ path: "latpack.json", data: indexFor(files) }]).subarray(0, 700)), /truncated/],
    ["something that is not an archive", () => Buffer.from("PK\u0003\u0004 this is a zip, or anything else"), /not a gzip file/],
    ["an empty file", () => Buffer.alloc(0), /not a gzip file/],
    ["gzip of something that is not tar", () => gzipSync(Buffer.from("hello ".repeat(200))), /not a readable tar archive|no latpack\.json/],
    ["an entry larger than the limit", () => gzipSync(rawTar([{ path: "latpack.json", data: indexFor(files) }, { path: "big.bin", size: LIMITS.ENTRY_BYTES + 1 }], { end: false })), /larger than 16 MB/],
    ["a decompression bomb", () => gzipSync(Buffer.alloc(LIMITS.TOTAL_BYTES + 2 * 1024 * 1024)), /decompression bomb/],
    ["an archive over the size limit", () => Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(LIMITS.ARCHIVE_BYTES)]), /a pack may be at most 32 MB/],
  ];
}
