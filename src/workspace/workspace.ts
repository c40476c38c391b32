import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Course, Exercise } from "../course/course";
import { ExitError } from "../util/errors";
import { backupFile, writeFileAtomic } from "../util/fs";
import { backupDir } from "./state";
import { rememberStubs } from "./sync";

export const MARKER = join(".latutor", "workspace.json");
export const DEFAULT_WORKSPACE_DIR = "latutor-workspace";

export interface WorkspaceInfo {
  format: 1;
  course: string;
  courseVersion: string;
  createdWith: string;
  createdAt: string;
}

export interface Workspace {
  root: string;
  info: WorkspaceInfo;
}

/** Walks up from `from` to the nearest folder holding .latutor/workspace.json. */
export function findWorkspace(from = process.cwd()): Workspace | undefined {
  let dir = resolve(from);
  for (;;) {
    const marker = join(dir, MARKER);
    if (existsSync(marker)) {
      let info: WorkspaceInfo;
      try {
        info = JSON.parse(readFileSync(marker, "utf8"));
      } catch {
        throw new ExitError(`${marker} is not valid JSON: fix it or delete it and run latutor init again (your files are kept)`);
      }
      return { root: dir, info };
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function requireWorkspace(from = process.cwd()): Workspace {
  const ws = findWorkspace(from);
  if (!ws) {
    // The usual case: `latutor next` made ./latutor-workspace, and the learner is still beside it.
    const beside = join(from, "latutor-workspace");
    if (findWorkspace(beside)?.root === beside) throw new ExitError("not inside a latutor workspace: your workspace is right here, run cd latutor-workspace first");
    throw new ExitError("not inside a latutor workspace: run latutor next (it creates one here) or latutor init <dir>");
  }
  return ws;
}

export const exerciseFile = (ws: Workspace, exercise: Exercise) => join(ws.root, exercise.workspacePath);
export const exercisesDir = (ws: Workspace) => join(ws.root, "exercises");

const WORKSPACE_TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    lib: ["ES2023"],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
  },
  include: ["exercises"],
};

const WORKSPACE_README = (course: Course, builtin: boolean) => `# latutor workspace: ${course.title}

Made by latutor. Your exercises live in exercises/<topic>/<exercise>.ts: edit them in any editor.
${builtin ? "" : `
This workspace follows the pack ${course.id}. On a machine where it is not installed yet, install it
first: latutor pack install <the .latpack file your instructor gave you> (a class repository
may carry it in .latutor-pack/).
`}
  latutor next            the next lesson or exercise
  latutor check           grade the current exercise (latutor check <id> for another)
  latutor hint            a hint for the current exercise
  latutor list            your progress

.latutor/ holds your progress and backups: leave it in place (its cache/ is kept out of git by .gitignore).
`;

export interface ScaffoldReport {
  created: string[];
  kept: string[];
}

/** Writes `content` at `rel` unless a file is already there; never overwrites a learner's file. */
function writeIfAbsent(root: string, rel: string, content: string, report: ScaffoldReport): void {
  const path = join(root, rel);
  if (existsSync(path)) {
    report.kept.push(rel);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content, { flag: "wx" });
  report.created.push(rel);
}

/** Writes the exercise's stub into the workspace if it is missing. Returns true when it wrote one. */
export function scaffoldExercise(ws: Workspace, course: Course, exercise: Exercise): boolean {
  const report: ScaffoldReport = { created: [], kept: [] };
  writeIfAbsent(ws.root, exercise.workspacePath, readFileSync(join(course.root, exercise.stub), "utf8"), report);
  writeIfAbsent(ws.root, "exercises/helpers.ts", readFileSync(join(course.root, course.helpers), "utf8"), report);
  const created = report.created.includes(exercise.workspacePath);
  if (created) rememberStubs(ws.root, course, [exercise]);
  return created;
}

/**
 * Creates (or completes) a workspace at `dir`: the marker, the helper module, a tsconfig for
 * editors, and every exercise stub. Existing files are never overwritten.
 */
export function initWorkspace(dir: string, course: Course, version: string): { workspace: Workspace; report: ScaffoldReport } {
  const root = resolve(dir);
  const inside = findWorkspace(dirname(root));
  if (inside && inside.root !== root) {
    throw new ExitError(`${root} is inside the workspace ${inside.root}: workspaces cannot be nested`);
  }
  if (existsSync(join(root, "course.json"))) {
    throw new ExitError(`${root} holds a course (course.json), not a workspace: make the workspace in another folder`);
  }
  mkdirSync(root, { recursive: true });
  const report: ScaffoldReport = { created: [], kept: [] };
  const info: WorkspaceInfo = { format: 1, course: course.id, courseVersion: course.version, createdWith: version, createdAt: new Date().toISOString() };
  if (!existsSync(join(root, MARKER))) {
    writeFileAtomic(join(root, MARKER), JSON.stringify(info, null, 2) + "\n");
    report.created.push(MARKER);
  }
  writeIfAbsent(root, "exercises/helpers.ts", readFileSync(join(course.root, course.helpers), "utf8"), report);
  writeIfAbsent(root, "tsconfig.json", JSON.stringify(WORKSPACE_TSCONFIG, null, 2) + "\n", report);
  writeIfAbsent(root, ".gitignore", ".latutor/cache/\n.latutor/state.lock\n", report);
  writeIfAbsent(root, "README.md", WORKSPACE_README(course, course.trusted), report);
  for (const e of course.exercises) {
    writeIfAbsent(root, e.workspacePath, readFileSync(join(course.root, e.stub), "utf8"), report);
  }
  rememberStubs(root, course, course.exercises.filter((e) => report.created.includes(e.workspacePath)), { helpers: report.created.includes("exercises/helpers.ts") });
  const workspace = findWorkspace(root)!;
  return { workspace, report };
}

/** Puts the original stub back, after copying the learner's file to .latutor/backups. */
export function resetExercise(ws: Workspace, course: Course, exercise: Exercise): { backup?: string } {
  const path = exerciseFile(ws, exercise);
  let backup: string | undefined;
  if (existsSync(path)) backup = backupFile(path, backupDir(ws.root), "reset");
  writeFileAtomic(path, readFileSync(join(course.root, exercise.stub), "utf8"));
  rememberStubs(ws.root, course, [exercise]);
  return { backup };
}

/**
 * The other exercises whose files import `exercise`'s file (cosine-similarity imports norms): after
 * a reset they fail with "not implemented yet" until it is solved again, so reset warns about them.
 */
export function importersOf(ws: Workspace, course: Course, exercise: Exercise): Exercise[] {
  const target = exerciseFile(ws, exercise).replace(/\.ts$/, "");
  return course.exercises.filter((other) => {
    if (other.id === exercise.id) return false;
    const file = exerciseFile(ws, other);
    if (!existsSync(file)) return false;
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/\b(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      if (join(dirname(file), m[1]).replace(/\.(ts|js)$/, "") === target) return true;
    }
    return false;
  });
}
