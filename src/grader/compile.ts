import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { writeFileAtomic } from "../util/fs";
import { MAX_SOURCE_BYTES, sourceProblem } from "./source-guard";

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
/** Only code may be imported: no JSON, text or binary files (esbuild would inline them as data). */
const LOADERS: Record<string, "ts" | "tsx" | "js"> = { ".ts": "ts", ".mts": "ts", ".cts": "ts", ".tsx": "tsx", ".js": "js", ".mjs": "js", ".cjs": "js" };
const CODE = new Set(Object.keys(LOADERS));
/** esbuild takes milliseconds; a file that keeps it busy this long is not an exercise. */
const COMPILE_LIMIT_MS = 15_000;

function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/**
 * A regular file (not a pipe, a device or a link to one) of at most `maxBytes`: the only kind
 * latutor reads from a workspace, so that nothing beside an exercise can block or flood a read.
 */
export function isSmallFile(path: string, maxBytes: number): boolean {
  try {
    const st = statSync(path); // a link is followed: what counts is what a read would get
    return st.isFile() && st.size <= maxBytes;
  } catch {
    return false;
  }
}

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
};

/**
 * Why `file` may not go into a learner's build, or undefined when it may: it must be code, and
 * its real path (symbolic links followed) must lie inside the real allowed folder. A link that
 * leaves exercises/ (to a reference solution, a hidden spec, anything) is refused, so a verdict
 * is always earned by the learner's own files.
 */
export function outsideReason(file: string, allowedRoot: string): string | undefined {
  // exercises/ itself must be a real folder: a link in its place would make anything it points
  // at (a course's solutions/, say) count as the learner's own files.
  let rootIsLink = false;
  try {
    rootIsLink = lstatSync(allowedRoot).isSymbolicLink();
  } catch {
    return `cannot find the folder ${allowedRoot}`;
  }
  if (rootIsLink) return "is inside exercises/, which is itself a symbolic link; exercises/ must be a real folder of your own files";
  const root = real(allowedRoot) ?? allowedRoot;
  const target = real(file);
  if (!target) return `cannot find "${file}"`;
  let regular = false;
  try {
    regular = statSync(target).isFile();
  } catch {
    regular = false;
  }
  if (!regular) return "is not a regular file (a folder, a pipe or a device cannot be an exercise)";
  if (!within(root, target)) {
    const linked = target !== file && lstatSync(file).isSymbolicLink();
    return linked || target !== resolve(file)
      ? `is a symbolic link to a file outside exercises/ (${target}); an exercise must be your own file: replace the link with a real file`
      : "lies outside exercises/";
  }
  if (!CODE.has(extname(target))) return `is not a code file (${extname(target) || "no extension"}); only .ts and .js files can be imported`;
  return undefined;
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
    if (existsSync(ts) && statSync(ts).isFile()) return ts;
  }
  return undefined;
}

class CompileTimeout extends Error {}

export function codeFrame(source: string, line: number, column: number, context = 2): string {
  const lines = source.split(/\r?\n/, line + context);
  const from = Math.max(1, line - context);
  const to = Math.min(lines.length, line + context);
  const width = String(to).length;
  // Long lines are shown as a window of WINDOW characters around the column.
  const WINDOW = 120;
  const start = Math.max(0, column - 1 - WINDOW / 2);
  const clip = (text: string) => (text.length <= WINDOW && start === 0 ? text : `${start > 0 ? "…" : ""}${text.slice(start, start + WINDOW)}${text.length > start + WINDOW ? "…" : ""}`);
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const marker = n === line ? ">" : " ";
    out.push(`${marker} ${String(n).padStart(width)} | ${clip(lines[n - 1] ?? "")}`);
    if (n === line) out.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, column - 1 - start + (start > 0 ? 1 : 0)))}^`);
  }
  return out.join("\n");
}

const hashText = (text: string) => createHash("sha256").update(text).digest("hex");

interface CacheEntry {
  version: 2;
  entry: string;
  inputs: Record<string, string>;
  code: string;
  /** HMAC-SHA256 of everything above under this machine's cache key: proof latutor wrote it. */
  mac: string;
}

/**
 * The key that signs compile-cache entries. It lives in the user's cache folder, never in a
 * workspace, so an entry committed to a repository or written by hand is not trusted: on another
 * machine (a CI run) or without the key it fails its check and the file is compiled afresh.
 */
let cacheKey: Buffer | null | undefined;
export function compileCacheKey(): Buffer | null {
  if (cacheKey !== undefined) return cacheKey;
  const file = join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "latutor", "cache-key");
  try {
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
    }
    const hex = readFileSync(file, "utf8").trim();
    cacheKey = /^[0-9a-f]{64}$/.test(hex) ? Buffer.from(hex, "hex") : null;
  } catch {
    cacheKey = null; // no key, no cache: every check compiles (tens of milliseconds)
  }
  return cacheKey;
}

function macOf(key: Buffer, e: Omit<CacheEntry, "mac">): string {
  return createHmac("sha256", key).update(JSON.stringify([e.version, e.entry, Object.entries(e.inputs).sort(), e.code])).digest("hex");
}

function readCache(options: CompileOptions): CacheEntry | undefined {
  const key = compileCacheKey();
  if (!key || !options.cacheFile || !isSmallFile(options.cacheFile, 50_000_000)) return undefined;
  try {
    const entry = JSON.parse(readFileSync(options.cacheFile, "utf8")) as CacheEntry;
    if (entry.version !== 2 || entry.entry !== options.entry || typeof entry.mac !== "string" || typeof entry.code !== "string") return undefined;
    const mac = Buffer.from(macOf(key, entry), "hex");
    const claimed = Buffer.from(entry.mac, "hex");
    if (claimed.length !== mac.length || !timingSafeEqual(claimed, mac)) return undefined;
    // Every input unchanged, and still allowed (a file since replaced by a link is not).
    if (!Object.keys(entry.inputs).includes(options.entry)) return undefined;
    for (const [file, hash] of Object.entries(entry.inputs)) {
      if (outsideReason(file, options.allowedRoot) || hashText(readFileSync(file, "utf8")) !== hash) return undefined;
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
  const entryProblem = outsideReason(entry, allowedRoot);
  if (entryProblem) {
    return { ok: false, problem: { kind: "import-refused", message: `${shown(entry)} ${entryProblem}`, file: shown(entry) } };
  }
  const cached = readCache(options);
  if (cached) return { ok: true, code: cached.code, inputs: Object.keys(cached.inputs), cached: true };

  const esbuild = await import("esbuild");
  const policy: import("esbuild").Plugin = {
    name: "latutor-import-policy",
    setup(build) {
      // Every file is checked by the source guard (see source-guard.ts) as it is resolved, before
      // esbuild reads and parses it itself (an onLoad hook would cost a round trip per file).
      const guarded = (path: string) => {
        if (!isSmallFile(path, 4 * MAX_SOURCE_BYTES)) return { errors: [{ text: `${shown(path)} is not a regular file of at most ${MAX_SOURCE_BYTES / 1e6} MB` }] };
        const problem = sourceProblem(readFileSync(path, "utf8"));
        if (problem) return { errors: [{ text: problem.message, location: { file: path, line: problem.line ?? 1, column: (problem.column ?? 1) - 1 } }] };
        return { path };
      };
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === "entry-point") return guarded(args.path);
        if (args.with && Object.keys(args.with).length > 0) return { errors: [{ text: `import "${args.path}" refused: import attributes (with { … }) load files as data; ${RULE}` }] };
        const isRelative = args.path.startsWith("./") || args.path.startsWith("../") || isAbsolute(args.path);
        const target = isRelative ? resolveRelative(args.resolveDir, args.path) : undefined;
        if (isRelative && !target) return { errors: [{ text: `cannot find "${args.path}"` }] };
        if (!isRelative || !target) return { errors: [{ text: `import "${args.path}" refused: ${RULE}` }] };
        const why = outsideReason(target, allowedRoot);
        // The real path is what gets read: a link inside exercises/ to another file there is fine.
        if (!why) return guarded(realpathSync(target));
        return { errors: [{ text: `import "${args.path}" refused: the file ${why}. ${RULE}` }] };
      });
    },
  };

  let timer: NodeJS.Timeout | undefined;
  try {
    const build = esbuild.build({
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
    const tooLong = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CompileTimeout()), COMPILE_LIMIT_MS);
    });
    const result = await Promise.race([build, tooLong]);
    const code = result.outputFiles[0].text;
    const inputs = Object.keys(result.metafile.inputs).map((p) => resolve(p));
    const key = compileCacheKey();
    if (options.cacheFile && key) {
      const unsigned: Omit<CacheEntry, "mac"> = { version: 2, entry, inputs: {}, code };
      for (const file of new Set([entry, ...inputs])) unsigned.inputs[file] = hashText(readFileSync(file, "utf8"));
      try {
        writeFileAtomic(options.cacheFile, JSON.stringify({ ...unsigned, mac: macOf(key, unsigned) }));
      } catch {
        /* a cache that cannot be written only costs time */
      }
    }
    return { ok: true, code, inputs, cached: false };
  } catch (error) {
    const failure = error as import("esbuild").BuildFailure;
    const first = failure.errors?.[0];
    if (!first) {
      // No message about a place in the file: the compiler itself gave up (a time-out, a crash).
      // The service is stopped (or already dead): the next build, of this exercise or another in
      // check --all, starts a fresh one instead of failing with "the service is no longer running".
      await esbuild.stop();
      const why = error instanceof CompileTimeout ? `compiling it took more than ${COMPILE_LIMIT_MS / 1000} s` : `the compiler stopped on it (${String((error as Error)?.message ?? error).split("\n")[0]})`;
      return { ok: false, problem: { kind: "syntax", message: `${shown(entry)} could not be compiled: ${why}`, file: shown(entry) } };
    }
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
  } finally {
    clearTimeout(timer);
  }
}
