import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CourseError } from "../util/errors";
import type { Course } from "./course";

/** True when latutor itself runs from its TypeScript sources (its own tests), not from dist/. */
const RUNNING_FROM_SOURCE = import.meta.url.endsWith(".ts");

const compiling = new Map<string, Promise<void>>();

/**
 * Imports one of a course's TypeScript modules (a hidden spec or a reference solution). They are
 * compiled ahead of time: by latutor's build for the built-in course, at install (or on first use
 * after latutor moved) for a pack. Under the project's own test runner the sources are imported
 * directly so that tests never see a stale build.
 */
export async function importCourseModule(course: Course, rel: string): Promise<Record<string, unknown>> {
  const source = join(course.root, rel);
  if (RUNNING_FROM_SOURCE && existsSync(source)) return import(pathToFileURL(source).href);
  if (course.compiledRoot) {
    const compiled = join(course.compiledRoot, rel.replace(/\.ts$/, ".js"));
    if (!existsSync(compiled) && !course.trusted) {
      // A pack compiled for another latutor (or never): compile it now, once per process.
      const root = course.compiledRoot;
      if (!compiling.has(root)) compiling.set(root, import("../pack/compile").then((m) => m.compileCourse(course, root)));
      await compiling.get(root);
    }
    if (existsSync(compiled)) return import(pathToFileURL(compiled).href);
  }
  throw new CourseError(`${rel} has not been compiled: run "npm run build" in ${course.root}`);
}
