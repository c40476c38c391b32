import { existsSync, readFileSync, openSync, closeSync, writeSync, unlinkSync, lstatSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ExitError } from "../util/errors";
import { backupFile, writeFileAtomic } from "../util/fs";

/**
 * Bump when the shape changes; add a migration from every older version in `migrate`.
 * 2: an exercise may be "skipped" (a latutor that reads only format 1 would take such a file for a
 * corrupt one, so it must see a newer format and stop instead); format 1 files read as they are.
 */
export const STATE_VERSION = 2;

export type ExerciseStatus = "pending" | "attempted" | "passed" | "skipped";
const STATUSES: readonly string[] = ["pending", "attempted", "passed", "skipped"];

export interface ExerciseProgress {
  status: ExerciseStatus;
  attempts: number;
  bestScore: number;
  lastScore?: number;
  lastSeed?: number;
  hintsShown: number;
  firstPassedAt?: string;
  lastCheckedAt?: string;
  /** Going-deeper challenges (★): the names of those ever met, and of those open at the last check. */
  challengesMet?: string[];
  challengesOpen?: string[];
  /** When the learner was first sent to this exercise (next, skip, the menu) or first checked it. */
  startedAt?: string;
  /** Time spent on it, added up from the gaps between its events, each capped (see progress.ts). */
  activeMs?: number;
  /** The last time anything happened on it (started, checked, a hint): where the next gap starts. */
  lastActiveAt?: string;
}

export interface State {
  version: typeof STATE_VERSION;
  currentTopic?: string;
  currentExercise?: string;
  lessonsRead: string[];
  exercises: Record<string, ExerciseProgress>;
  quizzes: Record<string, { correct: number; total: number; at: string }>;
  createdAt: string;
  updatedAt: string;
}

export function emptyState(now = new Date()): State {
  const at = now.toISOString();
  return { version: STATE_VERSION, lessonsRead: [], exercises: {}, quizzes: {}, createdAt: at, updatedAt: at };
}

export function progressOf(state: State, id: string): ExerciseProgress {
  return state.exercises[id] ?? { status: "pending", attempts: 0, bestScore: 0, hintsShown: 0 };
}

export const statePath = (root: string) => join(root, ".latutor", "state.json");
const lockPath = (root: string) => join(root, ".latutor", "state.lock");
export const backupDir = (root: string) => join(root, ".latutor", "backups");

/** Brings an older format up to this one (each step is one version), or undefined when it cannot. */
function migrate(data: Record<string, unknown>): Record<string, unknown> | undefined {
  // 1 → 2: only a status was added, so a format 1 file is a valid format 2 file.
  if (data.version === 1) data = { ...data, version: 2 };
  return data.version === STATE_VERSION ? data : undefined;
}

/** Checks that parsed JSON has the fields of a State, filling in optional ones. */
function validate(data: unknown): State | undefined {
  if (!data || typeof data !== "object" || Array.isArray(data)) return undefined;
  const s = migrate(data as Record<string, unknown>) as Partial<State> | undefined;
  if (!s) return undefined;
  if (!Array.isArray(s.lessonsRead) || !s.exercises || typeof s.exercises !== "object") return undefined;
  if (!s.lessonsRead.every((t) => typeof t === "string")) return undefined;
  const num = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
  const names = (x: unknown): x is string[] => Array.isArray(x) && x.every((v) => typeof v === "string");
  for (const p of Object.values(s.exercises)) {
    if (!p || typeof p !== "object" || !STATUSES.includes(p.status) || !num(p.attempts)) return undefined;
    // Optional fields of the wrong type are dropped (or reset), never trusted.
    if (!num(p.hintsShown)) p.hintsShown = 0;
    if (!num(p.bestScore)) p.bestScore = 0;
    for (const key of ["lastScore", "lastSeed"] as const) if (p[key] !== undefined && !num(p[key])) delete p[key];
    for (const key of ["firstPassedAt", "lastCheckedAt", "startedAt", "lastActiveAt"] as const) if (p[key] !== undefined && typeof p[key] !== "string") delete p[key];
    if (p.activeMs !== undefined && !(num(p.activeMs) && p.activeMs >= 0)) delete p.activeMs;
    for (const key of ["challengesMet", "challengesOpen"] as const) if (p[key] !== undefined && !names(p[key])) delete p[key];
  }
  for (const key of ["currentTopic", "currentExercise"] as const) if (s[key] !== undefined && typeof s[key] !== "string") delete s[key];
  if (!s.quizzes || typeof s.quizzes !== "object") s.quizzes = {};
  // A quiz result of the wrong shape is dropped, never shown as a score.
  for (const [topic, q] of Object.entries(s.quizzes)) {
    if (!q || typeof q !== "object" || !num(q.correct) || !num(q.total) || typeof q.at !== "string") delete s.quizzes[topic];
  }
  return { ...emptyState(), ...s } as State;
}

export interface LoadedState {
  state: State;
  /** Set when the state file was unreadable and had to be set aside. */
  warning?: string;
}

/**
 * Reads the progress file. A missing file is a fresh start. A corrupt one is moved to
 * .latutor/backups and reported, and progress starts again (the learner's files are untouched).
 * One written by a newer latutor is left alone (and backed up) and the command stops, so that
 * upgrading latutor again finds it intact.
 */
export function readState(root: string, { locked = false } = {}): LoadedState {
  try {
    return readStateFile(root, locked);
  } catch (error) {
    throw asUserError(error);
  }
}

function readStateFile(root: string, locked: boolean): LoadedState {
  const path = statePath(root);
  if (!existsSync(path)) return { state: emptyState() };
  const st = lstatSync(path);
  if (!st.isFile()) throw new ExitError(".latutor/state.json is not a regular file (a folder, a link or a pipe?): remove it, and progress starts again (your exercise files are untouched)");
  if (st.size > 20_000_000) throw new ExitError(".latutor/state.json is larger than 20 MB, so it is not latutor's: move it away, and progress starts again");
  const text = readFileSync(path, "utf8");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  const version = (data as { version?: unknown } | undefined)?.version;
  if (typeof version === "number" && version > STATE_VERSION) {
    const backup = backupFile(path, backupDir(root), "newer");
    throw new ExitError(
      `.latutor/state.json was written by a newer latutor (state format ${version}; this one reads ${STATE_VERSION}): upgrade latutor (a copy is in ${backup.slice(root.length + 1)})`,
    );
  }
  const state = validate(data);
  if (state) return { state };
  // Moved (not copied) aside, under the lock and only if it is still the file just read, so that
  // the next reader (later in this command, or another latutor) starts afresh without a second warning.
  const release = locked ? undefined : lock(root);
  try {
    if (!existsSync(path) || readFileSync(path, "utf8") !== text) return readStateFile(root, true);
    const backup = backupFile(path, backupDir(root), "corrupt");
    unlinkSync(path);
    return {
      state: emptyState(),
      warning: `.latutor/state.json was unreadable; it was moved aside to ${backup.slice(root.length + 1)} and progress starts again (your exercise files are untouched; latutor check re-records them)`,
    };
  } finally {
    release?.();
  }
}

export function writeState(root: string, state: State): void {
  state.updatedAt = new Date().toISOString();
  writeFileAtomic(statePath(root), JSON.stringify(state, null, 2) + "\n");
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the workspace's state lock (a file created exclusively), breaking a stale one. */
function lock(root: string, timeoutMs = 10_000): () => void {
  const path = lockPath(root);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(path);
        } catch {
          /* already gone */
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let stale = false;
      try {
        const st = lstatSync(path);
        if (!st.isFile()) throw new ExitError(`${path} is not a lock file latutor made (a folder, a link or a pipe?): delete it`);
        const pid = Number(readFileSync(path, "utf8").slice(0, 20));
        const age = Date.now() - st.mtimeMs;
        const owned = Number.isInteger(pid) && pid > 0;
        // Old, or dated in the future (a clock changed, or a planted file): not a live lock. One
        // without a pid was left by a process killed between making it and writing its pid.
        stale = (owned && !pidAlive(pid)) || (!owned && age > 5_000) || age > 30_000 || age < -5_000;
      } catch (error) {
        if (error instanceof ExitError) throw error;
        stale = false; // vanished between the two calls: just retry
      }
      if (stale) {
        try {
          unlinkSync(path);
        } catch {
          /* someone else broke it first */
        }
        continue;
      }
      if (Date.now() > deadline) throw new ExitError(`another latutor holds ${path}; if none is running, delete that file`);
      sleep(15);
    }
  }
}

/**
 * Read-modify-write of the state under the lock, so two latutor processes (a watch and a check,
 * two terminals) never lose each other's updates. Returns the state as written.
 */
export function updateState(root: string, change: (state: State) => void, onWarning?: (w: string) => void): State {
  try {
    const release = lock(root);
    try {
      const { state, warning } = readState(root, { locked: true });
      if (warning) onWarning?.(warning);
      change(state);
      writeState(root, state);
      sweepTemporaries(root);
      return state;
    } finally {
      release();
    }
  } catch (error) {
    throw asUserError(error);
  }
}

/** Removes the temporary files of state writers killed mid-write (under the lock: no live writer's). */
function sweepTemporaries(root: string): void {
  try {
    for (const name of readdirSync(join(root, ".latutor"))) {
      const pid = Number(/^\.state\.json\.(\d+)\.\d+\.tmp$/.exec(name)?.[1]);
      if (pid && pid !== process.pid && !pidAlive(pid)) rmSync(join(root, ".latutor", name), { force: true });
    }
  } catch {
    /* tidying only */
  }
}

/**
 * A file-system error the learner can fix (a .latutor/ they may not write, a read-only or full
 * disk) as one line that says so; any other error unchanged. A failed write leaves the old file.
 */
function asUserError(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string" || !["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT"].includes(code)) return error;
  return new ExitError(
    `latutor cannot read or write its progress in .latutor/ (${code}): make that folder yours and writable, on a disk with room; your exercise files and the progress recorded so far are untouched`,
  );
}
