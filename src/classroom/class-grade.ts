/**
 * Grading a class: every subfolder of a submissions folder is one student's workspace (or a clone
 * of their repository holding one). Every exercise of every student is one job for the grading
 * pool, with the same isolation and limits as `latutor check`; a student's compile error,
 * infinite loop, crash or missing file costs only their own cells. The seed is fixed, so grading
 * the same folder again gives the same grades.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { plural, round2 } from "../render/format";
import { join } from "node:path";
import type { Course, Exercise } from "../course/course";
import { courseRef, type Job } from "../grader/jobs";
import { GradingPool, JobFailed } from "../grader/pool";
import type { GradeResult } from "../grader/result";
import { isSmallFile } from "../grader/compile";
import { ExitError } from "../util/errors";
import { MARKER } from "../workspace/workspace";

export interface Student {
  /** The subfolder's name. */
  name: string;
  /** The workspace inside it, if one was found. */
  root?: string;
  /** The course its marker names (informative: the class is graded against one course). */
  course?: string;
  /** Why this entry cannot be graded at all (it gets a row of zeros saying so). */
  problem?: string;
}

export interface Cell {
  exercise: string;
  points: number;
  /** score × points, rounded to hundredths. */
  earned: number;
  score: number;
  passed: boolean;
  /** Why this cell is not an ordinary graded answer: a missing file, a compile error, a time-out… */
  status?: string;
  result?: GradeResult;
}

export interface StudentGrade {
  student: string;
  cells: Cell[];
  total: number;
  percent: number;
  /** Problems worth an instructor's look, in one line ("" when none). */
  status: string;
}

export interface ClassGrades {
  course: { id: string; version: string; title: string };
  seed: number;
  exercises: { id: string; points: number }[];
  pointsPossible: number;
  students: StudentGrade[];
  checks: number;
  seconds: number;
}

const hidden = (name: string) => name.startsWith(".") || name === "node_modules";

/** A marker worth reading: a small regular file (never a pipe, a device or a link to one). */
const readableMarker = (path: string) => isSmallFile(path, 64 * 1024);

/** The workspace in a student's folder: the folder itself, or one level down (a clone holding latutor-workspace/). */
export function findStudentWorkspace(dir: string): string | undefined {
  if (existsSync(join(dir, MARKER))) return dir;
  let entries: string[] = [];
  try {
    entries = readdirSync(dir).filter((n) => !hidden(n)).sort();
  } catch {
    return undefined;
  }
  for (const name of entries) {
    const sub = join(dir, name);
    if (lstatSync(sub).isDirectory() && existsSync(join(sub, MARKER))) return sub;
  }
  // A repository with the exercises but no marker (it was not committed): still gradable.
  return existsSync(join(dir, "exercises")) && lstatSync(join(dir, "exercises")).isDirectory() ? dir : undefined;
}

/**
 * One entry per student: every visible entry of the submissions folder gets a row, so nobody
 * vanishes from the gradebook (a link or a stray file gets a row that says what it is).
 */
export function findStudents(submissions: string): Student[] {
  return readdirSync(submissions)
    .filter((n) => !hidden(n))
    .sort()
    .map((name): Student => {
      const st = lstatSync(join(submissions, name));
      if (st.isSymbolicLink()) return { name, problem: "no workspace found: a symbolic link, not a folder" };
      if (!st.isDirectory()) return { name, problem: "no workspace found: a file, not a folder" };
      const root = findStudentWorkspace(join(submissions, name));
      let course: string | undefined;
      if (root && readableMarker(join(root, MARKER))) {
        try {
          const info = JSON.parse(readFileSync(join(root, MARKER), "utf8")) as { course?: unknown };
          if (typeof info.course === "string") course = info.course;
        } catch {
          /* a broken marker: the class's course is used */
        }
      }
      return { name, root, course };
    });
}

/**
 * The course a class is graded against when none is named: the one every workspace's marker
 * names. Markers are the students' own files, so when they disagree latutor refuses to guess.
 */
export function classCourseName(students: Student[]): string | undefined {
  const names = [...new Set(students.map((s) => s.course).filter((c): c is string => c !== undefined))].sort();
  if (names.length > 1) throw new ExitError(`the workspaces name different courses (${names.join(", ")}): say which to grade with --pack <name>`);
  return names[0];
}


function problemLabel(r: GradeResult): string | undefined {
  switch (r.problem?.kind) {
    case undefined:
      return undefined;
    case "syntax":
      return "syntax error";
    case "import-refused":
      return "refused import";
    case "not-found":
      return "missing file";
    case "load-error":
      return "error while loading";
    case "load-timeout":
    case "crashed":
      return r.problem.message.includes("memory") ? "out of memory" : r.problem.kind === "crashed" ? "crashed" : "load time-out";
    case "internal":
      return "not graded (latutor error)";
  }
}

/** A cell's status from its result: the problem, or the time-outs and crashes among its cases. */
function statusOf(r: GradeResult): string | undefined {
  const label = problemLabel(r);
  if (label) return label;
  if (r.untouched) return "not started";
  const timeouts = r.cases.filter((c) => !c.passed && /did not finish|time limit|timed out/i.test(c.message)).length;
  if (timeouts) return "time-out";
  return undefined;
}

export function cellOf(exercise: Exercise, result: GradeResult): Cell {
  return {
    exercise: exercise.id,
    points: exercise.points,
    score: result.score,
    earned: round2(result.score * exercise.points),
    passed: result.passed,
    status: statusOf(result),
    result,
  };
}

function emptyCell(exercise: Exercise, status: string): Cell {
  return { exercise: exercise.id, points: exercise.points, score: 0, earned: 0, passed: false, status };
}

export interface GradeClassOptions {
  course: Course;
  students: Student[];
  seed: number;
  workers: number;
  onProgress?: (done: number, total: number) => void;
}

export async function gradeClass(options: GradeClassOptions): Promise<ClassGrades> {
  const started = performance.now();
  const { course, students, seed } = options;
  const pool = new GradingPool({ size: options.workers });
  const grid: Cell[][] = students.map(() => []);
  const jobs: Promise<void>[] = [];
  let done = 0;
  let total = 0;
  try {
    for (const [si, student] of students.entries()) {
      for (const [ei, exercise] of course.exercises.entries()) {
        const root = student.root;
        const file = root ? join(root, exercise.workspacePath) : undefined;
        if (!root || !file || !existsSync(file)) {
          grid[si][ei] = emptyCell(exercise, root ? "missing file" : "no workspace");
          continue;
        }
        total++;
        const job: Job = { kind: "grade", course: courseRef(course), exercise: exercise.id, file, allowedRoot: join(root, "exercises"), displayRoot: root, seed, plots: false, complexity: false, reuseKey: root };
        // The exercise's own budget, plus room for loading: a job past it is stopped.
        const timeoutMs = exercise.budgetMs + 15_000;
        jobs.push(
          pool
            .run<GradeResult>(job, timeoutMs)
            .then((r) => {
              grid[si][ei] = cellOf(exercise, r);
            })
            .catch((error: unknown) => {
              const why = error instanceof JobFailed ? error.message : String(error);
              grid[si][ei] = emptyCell(exercise, error instanceof JobFailed && error.reason === "timeout" ? "time-out" : `not graded: ${why}`);
            })
            .finally(() => options.onProgress?.(++done, total)),
        );
      }
    }
    options.onProgress?.(0, total);
    await Promise.all(jobs);
  } finally {
    await pool.close();
  }
  const pointsPossible = course.exercises.reduce((n, e) => n + e.points, 0);
  return {
    course: { id: course.id, version: course.version, title: course.title },
    seed,
    exercises: course.exercises.map((e) => ({ id: e.id, points: e.points })),
    pointsPossible,
    students: students.map((s, si) => {
      const cells = grid[si];
      const totalEarned = round2(cells.reduce((n, c) => n + c.earned, 0));
      const notes = cells.filter((c) => c.status && c.status !== "not started" && c.status !== "missing file" && c.status !== "no workspace").map((c) => `${c.exercise}: ${c.status}`);
      const missing = cells.filter((c) => c.status === "missing file").length;
      const untouched = cells.filter((c) => c.status === "not started").length;
      const status = s.problem ?? (!s.root ? "no workspace found" : undefined) ?? [...notes, ...(untouched ? [`${untouched} not started`] : []), ...(missing ? [`${plural(missing, "file")} missing`] : [])].join("; ");
      return { student: s.name, cells, total: totalEarned, percent: pointsPossible ? round2((100 * totalEarned) / pointsPossible) : 0, status };
    }),
    checks: total,
    seconds: round2((performance.now() - started) / 1000),
  };
}
