import { loadCourse, type Course } from "./course";
import { packageRoot } from "../util/package";

export { packageRoot, packageVersion } from "../util/package";

/** The built-in course: the repository's own lessons/, exercises/, solutions/ and specs. */
export function loadBuiltinCourse(options: { checkFiles?: boolean } = {}): Course {
  return loadCourse(packageRoot(), options);
}
