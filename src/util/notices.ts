/**
 * Things the learner should hear about that happen below the command they ran (their workspace
 * was brought up to a new version of its course, say). Logic code records them here; the CLI
 * prints them once the command is done, on stderr, so that --json output stays one object.
 */
const pending: string[] = [];

export function notice(line: string): void {
  pending.push(line);
}

/** The notices so far, in order, and forgets them. */
export function drainNotices(): string[] {
  return pending.splice(0, pending.length);
}
