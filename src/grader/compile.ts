import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, isAbsolute, relative, resolve, sep } from "node:path";
import { writeFileAtomic } from "../util/fs";

export const EXPORTS_GLOBAL = "__latutorExports";

/** Why a learner's file could not be turned into runnable code. */
export interface CompileProblem {
  kind: "syntax" | "import-refused" | "not-found";
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** A few lines of source around the problem, with a caret under the column. */
  frame?: string;
}

export type CompileResult = { ok: true; code: string; inputs: string[]; cached: boolean } | { ok: false; problem: CompileProblem };

export interface CompileOptions {
  /** The learner's file. */
  entry: string;
  /** Imports must resolve to files inside this folder (the workspace's exercises/). */
  allowedRoot: string;
  /** Folder relative to which file names are shown (the workspace root). */
  displayRoot: string;
  /** Where to keep compiled code between runs; no caching when absent. */
  cacheFile?: string;
}

const RULE =
  "an exercise may import only your own files under exercises/ (other exercises and helpers.ts): no libraries, no Node built-ins, no reference solutions. The point is to write each algorithm yourself";

const RESOLVE_EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".js", ".mjs", "/index.ts", "/index.js"];

function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

function resolveRelative(from: string, spec: string): string | undefined {
  const base = resolve(from, spec);
  for (const ext of RESOLVE_EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  // TypeScript style: "./x.js" written for "./x.ts".
  if (extname(base) === ".js") {
    const ts = base.slice(0, -3) + ".ts";
    if (existsSync(ts)) return ts;
  }
  return undefined;
}

export function codeFrame(source: string, line: number, column: number, context = 2): string {
  const lines = source.split(/\r?\n/);
  const from = Math.max(1, line - context);
  const to = Math.min(lines.length, line + context);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const marker = n === line ? ">" : " ";
    out.push(`${marker} ${String(n).padStart(width)} | ${lines[n - 1] ?? ""}`);
    if (n === line) out.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, column - 1))}^`);
  }
  return out.join("\n");
}

const hashText = (text: string) => createHash("sha256").update(text).digest("hex");

interface CacheEntry {
  version: 1;
  entry: string;
  inputs: Record<string, string>;
  code: string;
}

function readCache(options: CompileOptions): CacheEntry | undefined {
  if (!options.cacheFile || !existsSync(options.cacheFile)) return undefined;
  try {
    const entry = JSON.parse(readFileSync(options.cacheFile, "utf8")) as CacheEntry;
    if (entry.version !== 1 || entry.entry !== options.entry) return undefined;
    for (const [file, hash] of Object.entries(entry.inputs)) {
      if (!existsSync(file) || hashText(readFileSync(file, "utf8")) !== hash) return undefined;
    }
    return entry;
  } catch {
    return undefined;
  }
}

/**
 * Transpiles the learner's file and the files it imports into one script (esbuild), refusing
 * any import outside the allowed folder. A compiled result is cached by the content of every
 * file that went into it, so re-checking an unchanged exercise skips esbuild entirely.
 */
export async function compileLearnerFile(options: CompileOptions): Promise<CompileResult> {
  const { entry, allowedRoot, displayRoot } = options;
  const shown = (p: string) => relative(displayRoot, p).split(sep).join("/");
  if (!existsSync(entry)) {
    return { ok: false, problem: { kind: "not-found", message: `${shown(entry)} does not exist (latutor next, or latutor reset <id>, writes the stub again)`, file: shown(entry) } };
  }
  const cached = readCache(options);
  if (cached) return { ok: true, code: cached.code, inputs: Object.keys(cached.inputs), cached: true };

  const esbuild = await import("esbuild");
  const policy: import("esbuild").Plugin = {
    name: "latutor-import-policy",
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === "entry-point") return { path: args.path };
        const isRelative = args.path.startsWith("./") || args.path.startsWith("../") || isAbsolute(args.path);
        const target = isRelative ? resolveRelative(args.resolveDir, args.path) : undefined;
        if (isRelative && target && within(allowedRoot, target)) return { path: target };
        const why = isRelative && !target ? `cannot find "${args.path}"` : `import "${args.path}" refused: ${RULE}`;
        return { errors: [{ text: why }] };
      });
    },
  };

  try {
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: "iife",
      globalName: EXPORTS_GLOBAL,
      platform: "neutral",
      target: "es2022",
      logLevel: "silent",
      metafile: true,
      plugins: [policy],
      footer: { js: `${EXPORTS_GLOBAL};` },
    });
    const code = result.outputFiles[0].text;
    const inputs = Object.keys(result.metafile.inputs).map((p) => resolve(p));
    if (options.cacheFile) {
      const entryData: CacheEntry = { version: 1, entry, inputs: {}, code };
      for (const file of inputs) entryData.inputs[file] = hashText(readFileSync(file, "utf8"));
      try {
        writeFileAtomic(options.cacheFile, JSON.stringify(entryData));
      } catch {
        /* a cache that cannot be written only costs time */
      }
    }
    return { ok: true, code, inputs, cached: false };
  } catch (error) {
    const failure = error as import("esbuild").BuildFailure;
    const first = failure.errors?.[0];
    if (!first) throw error;
    const loc = first.location;
    const isRefusal = first.text.includes("refused");
    const file = loc ? resolve(loc.file) : entry;
    const problem: CompileProblem = {
      kind: isRefusal ? "import-refused" : first.text.startsWith("cannot find") ? "not-found" : "syntax",
      message: first.text,
      file: shown(file),
      line: loc?.line,
      column: loc ? loc.column + 1 : undefined,
    };
    if (loc && existsSync(file)) problem.frame = codeFrame(readFileSync(file, "utf8"), loc.line, loc.column + 1);
    return { ok: false, problem };
  }
}
