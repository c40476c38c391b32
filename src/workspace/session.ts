/** Opens what a command inside a workspace needs: the workspace, its course and its state. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadBuiltinCourse, packageVersion } from "../course/builtin";
import type { Course } from "../course/course";
import { loadCourseByName } from "../pack/store";
import { notice } from "../util/notices";
import { describeSync, needsSync, syncWorkspace } from "./sync";
import { readState, type State } from "./state";
import { DEFAULT_WORKSPACE_DIR, findWorkspace, initWorkspace, requireWorkspace, type Workspace } from "./workspace";

export interface Session {
  workspace: Workspace;
  course: Course;
  state: State;
  /** Set when the state file had to be set aside (say so to the learner). */
  warning?: string;
}

/**
 * The course a workspace follows (the built-in one or an installed pack). When that course has
 * changed since the workspace last saw it (a newer pack, a newer latutor), the workspace is brought
 * in step first (sync.ts), and what changed is told to the learner.
 */
export function courseFor(workspace: Workspace): Course {
  const name = typeof workspace.info.course === "string" ? workspace.info.course : "";
  const course = loadCourseByName(name, workspace.root);
  if (needsSync(workspace, course)) {
    for (const line of describeSync(syncWorkspace(workspace, course))) notice(line);
  }
  return course;
}

/** The course and progress of a workspace that exists. */
function sessionOf(workspace: Workspace): Session {
  const course = courseFor(workspace);
  const { state, warning } = readState(workspace.root);
  return { workspace, course, state, warning };
}

export function openSession(cwd: string): Session {
  return sessionOf(requireWorkspace(cwd));
}

/**
 * The workspace `latutor next` works in: the one around `cwd`, else ./latutor-workspace (made
 * when missing). `created` tells the caller to say where it was made.
 */
export function openOrCreateSession(cwd: string): Session & { created?: string } {
  const existing = findWorkspace(cwd) ?? (existsSync(join(cwd, DEFAULT_WORKSPACE_DIR)) ? findWorkspace(join(cwd, DEFAULT_WORKSPACE_DIR)) : undefined);
  if (existing) return sessionOf(existing);
  const { workspace } = initWorkspace(join(cwd, DEFAULT_WORKSPACE_DIR), loadBuiltinCourse(), packageVersion());
  return { ...sessionOf(workspace), created: workspace.root };
}
