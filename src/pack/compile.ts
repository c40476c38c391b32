/**
 * Compiles a pack's hidden specs and reference solutions to JavaScript, the way latutor's build
 * compiles the built-in course: one self-contained module per file (the pack's own helper modules
 * and JSON data bundled in), except `latutor/kit`, which stays an import of this latutor's kit so
 * that a spec shares the grader's Mismatch class and arbitraries. A pack's specs may import only
 * `latutor/kit` and files inside the pack: no Node built-in, no package, nothing outside it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Course } from "../course/course";
import { CourseError } from "../util/errors";
import { packageRoot, packageVersion } from "../util/package";

/** esbuild takes milliseconds on a course; a pack that keeps it busy this long is refused. */
const COMPILE_LIMIT_MS = 60_000;

/** The kit a compiled pack imports: the built one, or (latutor's own tests) its TypeScript source. */
export function kitModule(): string {
  const built = join(packageRoot(), "dist", "kit.js");
  return existsSync(built) ? built : join(packageRoot(), "src", "grader", "kit.ts");
}

/** Compiled code names this latutor's kit by absolute path: another latutor (or a moved one) compiles again. */
export function compiledKey(): string {
  return createHash("sha256").update(`${packageVersion()}\n${kitModule()}`).digest("hex").slice(0, 16);
}

/** The folder a pack installed at `dir` is compiled into for this latutor. */
export const compiledRootOf = (dir: string) => join(dir, ".compiled", compiledKey());

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
};

/** Every spec and reference of the course, by output name (relative path without .ts). */
function entries(course: Course): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of course.exercises) {
    for (const rel of [e.spec, e.solution]) out[rel.replace(/\.ts$/, "")] = join(course.root, rel);
  }
  return out;
}

/**
 * Compiles `course` into `outDir` (written beside it and renamed into place, so a reader sees
 * all of it or none). Throws a CourseError naming the file when a module does not compile or
 * imports something it may not.
 */
export async function compileCourse(course: Course, outDir: string): Promise<void> {
  const esbuild = await import("esbuild");
  const root = realpathSync(course.root);
  const kitUrl = pathToFileURL(kitModule()).href;
  const policy: import("esbuild").Plugin = {
    name: "latutor-pack-imports",
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === "entry-point") return undefined;
        if (args.path === "latutor/kit") return { path: kitUrl, external: true };
        const from = args.importer ? relative(root, args.importer) : "?";
        if (!args.path.startsWith(".") && !isAbsolute(args.path)) {
          return { errors: [{ text: `${from} imports "${args.path}": a pack's specs and references may import only latutor/kit and files inside the pack` }] };
        }
        // Resolved here, to a file, and handed to esbuild as a path: esbuild's own resolution would
        // follow a folder's package.json "main" wherever it points.
        const target = resolve(args.resolveDir, args.path);
        const found = [target, `${target}.ts`, `${target}.js`, `${target}.mjs`, `${target}.json`, join(target, "index.ts"), join(target, "index.js")].find((c) => {
          try {
            return statSync(c).isFile();
          } catch {
            return false;
          }
        });
        if (!found) return { errors: [{ text: `${from} imports "${args.path}", which is not a file in the pack` }] };
        const real = realpathSync(found);
        if (!inside(root, real)) return { errors: [{ text: `${from} imports "${args.path}", which is outside the pack` }] };
        return { path: real };
      });
    },
  };
  const tmp = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(dirname(outDir), { recursive: true });
  let timer: NodeJS.Timeout | undefined;
  try {
    const build = esbuild.build({
      entryPoints: entries(course),
      outdir: tmp,
      absWorkingDir: root,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      plugins: [policy],
      logLevel: "silent",
      legalComments: "none",
      write: true,
    });
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CourseError(`compiling the pack ${course.id} took longer than ${COMPILE_LIMIT_MS / 1000} s`)), COMPILE_LIMIT_MS);
    });
    await Promise.race([build, limit]);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    if (error instanceof CourseError) throw error;
    const failure = error as import("esbuild").BuildFailure;
    const first = failure.errors?.[0];
    const where = first?.location ? `${first.location.file}:${first.location.line}: ` : "";
    throw new CourseError(`the pack ${course.id} does not compile: ${where}${first?.text ?? String(error)}`);
  } finally {
    clearTimeout(timer);
  }
  try {
    renameSync(tmp, outDir);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    // Another latutor process compiled it first: theirs is as good as ours.
    if (!existsSync(outDir)) throw error;
  }
}
