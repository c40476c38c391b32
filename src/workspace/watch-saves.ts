import { statSync } from "node:fs";

/**
 * What `latutor watch` does with a save, and how it notices saves the file system does not report:
 * pure decisions (unit-tested), and the file signature the second one compares.
 */

export type SaveDecision = { kind: "grade"; exercise: string; follow?: boolean } | { kind: "ignore"; why: "finished" | "other" };

export interface SaveContext {
  /** The exercise being watched (undefined when every one has passed). */
  target?: { id: string; passed: boolean };
  /** The watch was started on a named exercise (latutor watch <id>): it does not follow saves elsewhere. */
  fixed: boolean;
  /** The exercise whose file was saved, if the file is one (not helpers.ts or a file of your own). */
  saved?: { id: string; passed: boolean };
}

/**
 * A save of the watched exercise's file grades it, finished or not (editing it is asking). Any
 * other save grades an unfinished target (the file may be one it imports). With a finished target,
 * a save of another unfinished exercise's file moves the watch there (unless it was started on a
 * named exercise); finished exercises are never graded again unless asked.
 */
export function decideOnSave(c: SaveContext): SaveDecision {
  if (c.target && c.saved?.id === c.target.id) return { kind: "grade", exercise: c.target.id };
  if (c.target && !c.target.passed) return { kind: "grade", exercise: c.target.id };
  if (c.saved && !c.saved.passed && !c.fixed) return { kind: "grade", exercise: c.saved.id, follow: true };
  return { kind: "ignore", why: c.saved?.passed ? "finished" : "other" };
}

/**
 * The watch's safety net for file systems that send no events (network drives, WSL's /mnt, some
 * containers): the watched file's signature (size, mtime) is read every second. A change that no
 * file event explains within `graceMs` is graded anyway, and once the watch suggests --poll.
 */
export interface ProbeState {
  /** The signature the watch knows about (from the last event or probe). */
  known?: string;
  /** When a change without an event was first seen. */
  changedAt?: number;
  suggested: boolean;
}

export const initialProbe = (): ProbeState => ({ suggested: false });

/** A file event for the watched file arrived (its signature is now `sig`): nothing is missing. */
export function probeEvent(p: ProbeState, sig: string | undefined): ProbeState {
  return { ...p, known: sig, changedAt: undefined };
}

export function probeTick(p: ProbeState, sig: string | undefined, now: number, graceMs = 1500): { state: ProbeState; grade: boolean; suggest: boolean } {
  if (p.known === undefined || sig === undefined) return { state: { ...p, known: sig ?? p.known, changedAt: undefined }, grade: false, suggest: false };
  if (sig === p.known) return { state: { ...p, changedAt: undefined }, grade: false, suggest: false };
  if (p.changedAt === undefined) return { state: { ...p, changedAt: now }, grade: false, suggest: false };
  if (now - p.changedAt < graceMs) return { state: p, grade: false, suggest: false };
  return { state: { known: sig, changedAt: undefined, suggested: true }, grade: true, suggest: !p.suggested };
}

/** Size, modification time and inode: changes on every save, however the editor writes. */
export function signature(file: string): string | undefined {
  try {
    const st = statSync(file);
    return `${st.size}:${st.mtimeMs}:${st.ino}`;
  } catch {
    return undefined;
  }
}
