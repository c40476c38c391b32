import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { CourseError } from "../util/errors";
import { describeFailure, manifestSchema, quizSchema, type Manifest, type QuizQuestion } from "./schema";

export const MANIFEST_FILE = "course.json";
import { DEFAULT_BUDGET_MS, DEFAULT_MEMORY_LIMIT_MB, DEFAULT_TIME_LIMIT_MS } from "./defaults";

export { DEFAULT_BUDGET_MS, DEFAULT_MEMORY_LIMIT_MB, DEFAULT_TIME_LIMIT_MS };
export const DEFAULT_POINTS = 10;

export interface Exercise {
  id: string;
  title: string;
  summary: string;
  topicId: string;
  exports: string[];
  hints: string[];
  /** Lesson section (anchor id) that teaches this exercise. */
  section?: string;
  /** Time limit of one call (ms). */
  timeLimitMs: number;
  /** Time limit of all calls of one grading run together (ms). */
  budgetMs: number;
  memoryLimitMb: number;
  /** What it is worth in a gradebook; partial credit is score × points. */
  points: number;
  /** Paths relative to the course root. */
  stub: string;
  solution: string;
  spec: string;
  /** Where the stub lives in a learner's workspace (relative to the workspace root). */
  workspacePath: string;
}

export interface Topic {
  id: string;
  title: string;
  lesson: string;
  quiz?: string;
  exercises: Exercise[];
}

export interface Course {
  /** Absolute folder that holds the manifest. */
  root: string;
  /** The pack's name (the built-in course is a pack too). */
  id: string;
  title: string;
  version: string;
  description?: string;
  authors: string[];
  license: string;
  /** The latutor versions the course works with (a semver range). */
  latutor: string;
  helpers: string;
  /** What a built pack holds besides course.json (the manifest's "files"); everything when absent. */
  files?: string[];
  /**
   * Where the course's specs and references are compiled to JavaScript (same relative paths, .js):
   * dist/course for the built-in course, a folder inside the install for a pack. Absent: the
   * TypeScript sources are imported as they are (latutor's own tests).
   */
  compiledRoot?: string;
  /**
   * The course's own code (specs, references) is trusted to run in latutor's process: true for the
   * built-in course, false for packs, whose gradings run in a worker thread that can be stopped.
   */
  trusted: boolean;
  /** Where to go next, shown at the end of the course. */
  epilogue: string[];
  topics: Topic[];
  exercises: Exercise[];
}

/** Parses and validates a manifest's text; every error names the file and the field. */
export function parseManifest(text: string, file: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CourseError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) throw new CourseError(describeFailure(file, parsed.error.issues));
  return parsed.data;
}

/** Builds the course model from a validated manifest: fills in conventional paths, checks ids are unique. */
export function buildCourse(manifest: Manifest, root: string, file = MANIFEST_FILE): Course {
  const seenTopics = new Set<string>();
  const seenExercises = new Set<string>();
  const topics: Topic[] = manifest.topics.map((t, ti) => {
    if (seenTopics.has(t.id)) throw new CourseError(`${file}: topics[${ti}].id: topic "${t.id}" appears twice`);
    seenTopics.add(t.id);
    const exercises = t.exercises.map((e, ei): Exercise => {
      if (seenExercises.has(e.id)) {
        throw new CourseError(`${file}: topics[${ti}].exercises[${ei}].id: exercise "${e.id}" appears twice`);
      }
      seenExercises.add(e.id);
      return {
        id: e.id,
        title: e.title,
        summary: e.summary,
        topicId: t.id,
        exports: e.exports,
        hints: e.hints,
        section: e.section,
        timeLimitMs: e.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
        budgetMs: e.budgetMs ?? DEFAULT_BUDGET_MS,
        memoryLimitMb: e.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB,
        points: e.points ?? DEFAULT_POINTS,
        stub: e.stub ?? `exercises/${t.id}/${e.id}.ts`,
        solution: e.solution ?? `solutions/${t.id}/${e.id}.ts`,
        spec: e.spec ?? `tests/specs/${t.id}/${e.id}.spec.ts`,
        workspacePath: `exercises/${t.id}/${e.id}.ts`,
      };
    });
    return { id: t.id, title: t.title, lesson: t.lesson, quiz: t.quiz, exercises };
  });
  return {
    root,
    id: manifest.id,
    title: manifest.title,
    version: manifest.version,
    description: manifest.description,
    authors: manifest.authors,
    license: manifest.license,
    latutor: manifest.latutor,
    helpers: manifest.helpers,
    files: manifest.files,
    trusted: false,
    epilogue: manifest.epilogue ?? [],
    topics,
    exercises: topics.flatMap((t) => t.exercises),
  };
}

/** Checks that every file the manifest names exists, naming the field of the first that does not. */
export function checkCourseFiles(course: Course, file = MANIFEST_FILE): void {
  const missing = (rel: string) => !existsSync(join(course.root, rel));
  if (missing(course.helpers)) throw new CourseError(`${file}: helpers: file not found: ${course.helpers}`);
  course.topics.forEach((t, ti) => {
    if (missing(t.lesson)) throw new CourseError(`${file}: topics[${ti}].lesson: file not found: ${t.lesson}`);
    if (t.quiz && missing(t.quiz)) throw new CourseError(`${file}: topics[${ti}].quiz: file not found: ${t.quiz}`);
    t.exercises.forEach((e, ei) => {
      for (const field of ["stub", "solution", "spec"] as const) {
        if (missing(e[field])) {
          throw new CourseError(`${file}: topics[${ti}].exercises[${ei}].${field}: file not found: ${e[field]}`);
        }
      }
    });
  });
}

/** Loads and validates the course whose manifest is `<root>/course.json`. */
export function loadCourse(root: string, options: { checkFiles?: boolean } = {}): Course {
  const path = join(root, MANIFEST_FILE);
  const shown = relative(process.cwd(), path) || MANIFEST_FILE;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new CourseError(`${shown}: cannot read the course manifest`);
  }
  const course = buildCourse(parseManifest(text, shown), root, shown);
  if (options.checkFiles ?? true) checkCourseFiles(course, shown);
  return course;
}

export function findExercise(course: Course, id: string): Exercise | undefined {
  return course.exercises.find((e) => e.id === id);
}

export function findTopic(course: Course, id: string): Topic | undefined {
  return course.topics.find((t) => t.id === id || t.id.slice(3) === id || t.id.slice(0, 2) === id);
}

export function topicOf(course: Course, exercise: Exercise): Topic {
  return course.topics.find((t) => t.id === exercise.topicId)!;
}

/** A course file's text for the terminal: control characters other than tab and line breaks shown as �. */
export function readCourseText(course: Course, rel: string): string {
  return readFileSync(join(course.root, rel), "utf8").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "\ufffd");
}

export function readLesson(course: Course, topic: Topic): string {
  return readCourseText(course, topic.lesson);
}

export function readQuiz(course: Course, topic: Topic): QuizQuestion[] {
  if (!topic.quiz) return [];
  const file = topic.quiz;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(course.root, file), "utf8"));
  } catch (error) {
    throw new CourseError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = quizSchema.safeParse(data);
  if (!parsed.success) throw new CourseError(describeFailure(file, parsed.error.issues));
  for (const [i, q] of parsed.data.entries()) {
    if (q.answer >= q.choices.length) throw new CourseError(`${file}: [${i}].answer: no choice number ${q.answer}`);
  }
  return parsed.data;
}
