import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CourseError } from "../util/errors";
import type { Course } from "./course";

/** True when latutor itself runs from its TypeScript sources (its own tests), not from dist/. */
const RUNNING_FROM_SOURCE = import.meta.url.endsWith(".ts");

/**
 * Imports one of a course's TypeScript modules (a hidden spec or a reference solution).
 * They are compiled ahead of time by the build into `dist/course/`; under the project's own
 * test runner the sources are imported directly so that tests never see a stale build.
 */
export async function importCourseModule(course: Course, rel: string): Promise<Record<string, unknown>> {
  const source = join(course.root, rel);
  if (RUNNING_FROM_SOURCE && existsSync(source)) return import(pathToFileURL(source).href);
  const compiled = join(course.root, "dist", "course", rel.replace(/\.ts$/, ".js"));
  if (existsSync(compiled)) return import(pathToFileURL(compiled).href);
  throw new CourseError(`${rel} has not been compiled: run "npm run build" in ${course.root}`);
}
