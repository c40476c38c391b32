import { loadBuiltinCourse } from "../course/builtin";
import type { Course } from "../course/course";
import { courseFor } from "./session";
import { findWorkspace, type Workspace } from "./workspace";

/** The course of the workspace around `cwd`, else the built-in one (commands that work anywhere). */
export function courseHere(cwd: string): { course: Course; workspace?: Workspace } {
  const workspace = findWorkspace(cwd);
  return workspace ? { course: courseFor(workspace), workspace } : { course: loadBuiltinCourse() };
}
