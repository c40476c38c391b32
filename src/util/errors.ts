/**
 * The one error type that the CLI's top-level catch turns into a message and an exit code.
 * Anything a user can cause (a typo, a missing workspace, a broken course) is an ExitError
 * with a one-line message that says what to do; anything else is a bug and shows a stack
 * only with --debug.
 */
export const EXIT_PASSED = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export class ExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
    this.name = "ExitError";
  }
}

/** Raised when a course (the built-in one or a pack) is malformed; names the file and field. */
export class CourseError extends ExitError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
    this.name = "CourseError";
  }
}
