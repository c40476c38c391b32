import { closeSync, fsyncSync, openSync, renameSync, writeSync, mkdirSync, existsSync, copyFileSync, rmSync } from "node:fs";
import { dirname, basename, join } from "node:path";

/**
 * Writes a file so that readers see either the old or the new content, never a torn one:
 * write a temporary file beside it, flush it to disk, then rename it over the target.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(tmp, "w", 0o644);
  try {
    if (typeof content === "string") writeSync(fd, content);
    else writeSync(fd, content, 0, content.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** A filesystem-safe timestamp such as 2026-11-23T14-05-09-123Z. */
export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, "-");
}

/** Copies `path` into `backupDir` under a timestamped name and returns the backup's path. */
export function backupFile(path: string, backupDir: string, tag = "backup"): string {
  mkdirSync(backupDir, { recursive: true });
  let target = join(backupDir, `${basename(path)}.${tag}-${timestamp()}`);
  for (let i = 1; existsSync(target); i++) target = join(backupDir, `${basename(path)}.${tag}-${timestamp()}-${i}`);
  copyFileSync(path, target);
  return target;
}
