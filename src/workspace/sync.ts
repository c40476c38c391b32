/**
 * Keeping a workspace in step with its course when the course changes under it (a newer pack was
 * installed, or the workspace switched course). Nothing of the learner's is lost:
 *   - a new exercise gets its stub;
 *   - an exercise whose stub changed keeps the learner's file; the new stub goes beside it
 *     (`<id>.stub-<version>.ts`) with a note, unless the learner never touched the old stub, in
 *     which case it is replaced (the old one kept in .latutor/backups);
 *   - an exercise the course no longer has is reported, and its file kept;
 *   - progress is keyed by exercise id, so it carries over as it is.
 * `.latutor/stubs.json` remembers the sha256 of the stub each file started from, which is how an
 * untouched file is told from an edited one.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Course, Exercise } from "../course/course";
import { backupFile, writeFileAtomic } from "../util/fs";
import { backupDir } from "./state";
import { MARKER, type Workspace, type WorkspaceInfo } from "./workspace";

const STUBS_FILE = join(".latutor", "stubs.json");

interface StubRecord {
  /** Exercise id → sha256 of the stub its file was made from; file → the workspace path. */
  stubs: Record<string, { sha256: string; file: string }>;
  /** sha256 of the helper module exercises/helpers.ts was made from. */
  helpers?: string;
}

const digest = (text: string) => createHash("sha256").update(text).digest("hex");

export function readStubRecord(root: string): StubRecord {
  try {
    const data = JSON.parse(readFileSync(join(root, STUBS_FILE), "utf8")) as StubRecord;
    if (data && typeof data.stubs === "object" && data.stubs) return data;
  } catch {
    /* none yet, or unreadable: start a new one */
  }
  return { stubs: {} };
}

function writeStubRecord(root: string, record: StubRecord): void {
  writeFileAtomic(join(root, STUBS_FILE), JSON.stringify(record, null, 2) + "\n");
}

/** Remembers which stub the exercise's file was made from (called whenever a stub is written). */
export function rememberStubs(root: string, course: Course, exercises: Exercise[], options: { helpers?: boolean } = {}): void {
  const record = readStubRecord(root);
  for (const e of exercises) record.stubs[e.id] = { sha256: digest(readFileSync(join(course.root, e.stub), "utf8")), file: e.workspacePath };
  if (options.helpers) record.helpers = digest(readFileSync(join(course.root, course.helpers), "utf8"));
  writeStubRecord(root, record);
}

export interface SyncReport {
  from: { course: string; version: string };
  to: { course: string; version: string };
  scaffolded: string[];
  /** Untouched files that now hold the new stub (backup: where the old one went). */
  replaced: { id: string; file: string; backup: string }[];
  /** Edited files kept as they are, with the new stub written beside them. */
  beside: { id: string; file: string; stub: string }[];
  /** Exercises the course no longer has; their files are kept. */
  removed: { id: string; file: string }[];
  /** Exercises that moved to another topic: the learner's file moved with them. */
  moved: { id: string; from: string; to: string }[];
}

export const needsSync = (ws: Workspace, course: Course) => ws.info.course !== course.id || ws.info.courseVersion !== course.version;

export function syncWorkspace(ws: Workspace, course: Course): SyncReport {
  const record = readStubRecord(ws.root);
  const report: SyncReport = {
    from: { course: ws.info.course, version: ws.info.courseVersion },
    to: { course: course.id, version: course.version },
    scaffolded: [],
    replaced: [],
    beside: [],
    removed: [],
    moved: [],
  };
  const write = (rel: string, text: string) => {
    const path = join(ws.root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, text);
  };
  /**
   * Brings one course file into the workspace: written when missing; when it changed since the
   * learner's copy was made, replaced if the learner never touched it, else put down beside it.
   */
  const update = (id: string, rel: string, text: string, before: string | undefined) => {
    const path = join(ws.root, rel);
    if (!existsSync(path)) {
      write(rel, text);
      report.scaffolded.push(rel);
      return;
    }
    // Unknown history (a workspace older than this record): the file is the learner's; leave it.
    if (before === undefined || before === digest(text)) return;
    const current = readFileSync(path, "utf8");
    if (current === text) return;
    if (digest(current) === before) {
      const backup = backupFile(path, backupDir(ws.root), "stub-update");
      write(rel, text);
      report.replaced.push({ id, file: rel, backup });
    } else {
      const beside = rel.replace(/\.ts$/, `.stub-${course.version}.ts`);
      write(beside, text);
      report.beside.push({ id, file: rel, stub: beside });
    }
  };
  const helpers = readFileSync(join(course.root, course.helpers), "utf8");
  update("helpers", "exercises/helpers.ts", helpers, record.helpers);
  record.helpers = digest(helpers);
  for (const e of course.exercises) {
    const stub = readFileSync(join(course.root, e.stub), "utf8");
    // An exercise moved to another topic: the learner's file goes with it (never over another file).
    const was = record.stubs[e.id]?.file;
    if (was && was !== e.workspacePath && existsSync(join(ws.root, was)) && !existsSync(join(ws.root, e.workspacePath))) {
      mkdirSync(dirname(join(ws.root, e.workspacePath)), { recursive: true });
      renameSync(join(ws.root, was), join(ws.root, e.workspacePath));
      report.moved.push({ id: e.id, from: was, to: e.workspacePath });
    }
    update(e.id, e.workspacePath, stub, record.stubs[e.id]?.sha256);
    record.stubs[e.id] = { sha256: digest(stub), file: e.workspacePath };
  }
  const ids = new Set(course.exercises.map((e) => e.id));
  for (const [id, r] of Object.entries(record.stubs)) {
    if (ids.has(id)) continue;
    report.removed.push({ id, file: r.file });
    delete record.stubs[id];
  }
  writeStubRecord(ws.root, record);
  const info: WorkspaceInfo = { ...ws.info, course: course.id, courseVersion: course.version };
  writeFileAtomic(join(ws.root, MARKER), JSON.stringify(info, null, 2) + "\n");
  ws.info = info;
  return report;
}

/** What changed, for the learner: one line per event, nothing when nothing did. */
export function describeSync(r: SyncReport): string[] {
  const lines: string[] = [];
  const switched = r.from.course !== r.to.course;
  lines.push(switched ? `This workspace now follows the course ${r.to.course} ${r.to.version} (was ${r.from.course} ${r.from.version}); your progress is kept by exercise.` : `The course ${r.to.course} was updated from ${r.from.version} to ${r.to.version}; your files and progress are kept.`);
  for (const m of r.moved) lines.push(`  ${m.id} moved to another topic: your file is now ${m.to} (it was ${m.from})`);
  for (const f of r.scaffolded) lines.push(f === "exercises/helpers.ts" ? `  the helper module ${f} was missing: put back` : `  new exercise: ${f}`);
  for (const x of r.replaced) lines.push(`  ${x.file}: you had not started it, so it now holds the new stub (the old one is in ${x.backup})`);
  for (const x of r.beside) lines.push(`  ${x.file}: its stub changed; your file is kept, and the new stub is beside it in ${x.stub}: compare them`);
  for (const x of r.removed) lines.push(`  ${x.id} is no longer in the course; your file ${x.file} is kept`);
  return lines;
}
