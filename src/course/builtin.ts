import { join } from "node:path";
import { loadCourse, type Course } from "./course";
import { packageRoot } from "../util/package";

export { packageRoot, packageVersion } from "../util/package";

/**
 * The built-in course: the repository's own lessons/, exercises/, solutions/ and specs. It is a
 * pack like any other, except that its specs and references are compiled by latutor's own build
 * (dist/course) and trusted to run in latutor's process.
 */
export function loadBuiltinCourse(options: { checkFiles?: boolean } = {}): Course {
  const root = packageRoot();
  return { ...loadCourse(root, options), compiledRoot: join(root, "dist", "course"), trusted: true };
}
