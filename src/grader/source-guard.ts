/**
 * Limits on a learner's source file, checked before any compiler sees it. esbuild and the
 * TypeScript compiler parse nested brackets recursively: a file of 500,000 nested parentheses
 * overflows esbuild's stack after seconds and a gigabyte, with a crash dump on the terminal. No
 * exercise needs more than a few dozen levels or a megabyte, so such a file fails at once, with
 * a one-line message, and latutor never hands it on.
 */
export const MAX_SOURCE_BYTES = 1_000_000;
export const MAX_NESTING = 200;

/** Why the source may not be compiled, or undefined when it may. */
export function sourceProblem(source: string): { message: string; line?: number; column?: number } | undefined {
  if (source.length > MAX_SOURCE_BYTES) {
    return { message: `the file is ${(source.length / 1e6).toFixed(1)} MB; an exercise file may be at most ${MAX_SOURCE_BYTES / 1e6} MB` };
  }
  const deepest = nestingDepth(source);
  if (deepest.depth > MAX_NESTING) {
    return { message: `brackets are nested more than ${MAX_NESTING} deep here; no exercise needs that, and compilers give up on it`, line: deepest.line, column: deepest.column };
  }
  return undefined;
}

const REGEX_AFTER = new Set(["", "(", ",", "=", ":", "[", "!", "&", "|", "?", "{", "}", ";", "+", "-", "*", "%", "<", ">", "~", "^"]);
const REGEX_AFTER_WORDS = /(?:^|[^\w$])(?:return|typeof|case|in|of|delete|void|throw|new|yield|await|else|do)$/;

/** Whether a "/" at `i` starts a regular expression rather than a division (the usual lexer rule). */
function regexCanStart(source: string, i: number): boolean {
  if (source[i + 1] === "/" || source[i + 1] === "*") return false;
  let j = i - 1;
  while (j >= 0 && /\s/.test(source[j])) j--;
  const prev = j < 0 ? "" : source[j];
  if (REGEX_AFTER.has(prev)) return true;
  return /[\w$]/.test(prev) && REGEX_AFTER_WORDS.test(source.slice(Math.max(0, j - 10), j + 1));
}

/**
 * The deepest nesting of (), [], {} and template substitutions, skipping comments and the text of
 * strings and templates (a rough lexer: a regular expression's brackets count too, which only
 * ever overestimates, and no real exercise comes near the limit).
 */
export function nestingDepth(source: string): { depth: number; line: number; column: number } {
  let depth = 0;
  let best = { depth: 0, line: 1, column: 1 };
  let line = 1;
  let lineStart = 0;
  /** For each open template substitution, the depth at which it opened. */
  const templates: number[] = [];
  const n = source.length;
  let i = 0;
  const readString = (quote: string) => {
    for (i++; i < n && source[i] !== quote && source[i] !== "\n"; i++) if (source[i] === "\\") i++;
  };
  const readTemplate = () => {
    // Inside template text, up to the closing ` or the next ${.
    for (; i < n; i++) {
      const c = source[i];
      if (c === "\\") i++;
      else if (c === "\n") {
        line++;
        lineStart = i + 1;
      } else if (c === "`") return;
      else if (c === "$" && source[i + 1] === "{") {
        i++;
        templates.push(depth);
        open(i);
        return;
      }
    }
  };
  const open = (at: number) => {
    depth++;
    if (depth > best.depth) best = { depth, line, column: at - lineStart + 1 };
  };
  for (; i < n; i++) {
    const c = source[i];
    if (c === "\n") {
      line++;
      lineStart = i + 1;
    } else if (c === "/" && source[i + 1] === "/") {
      while (i < n && source[i] !== "\n") i++;
      i--;
    } else if (c === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      for (let j = i; j < (end < 0 ? n : end); j++) if (source[j] === "\n") (line++, (lineStart = j + 1));
      i = end < 0 ? n : end + 1;
    } else if (c === "/" && regexCanStart(source, i)) {
      // A regular expression literal: its quotes and brackets are text (/"/ opens no string).
      let inClass = false;
      for (i++; i < n && source[i] !== "\n"; i++) {
        const r = source[i];
        if (r === "\\") i++;
        else if (r === "[") inClass = true;
        else if (r === "]") inClass = false;
        else if (r === "/" && !inClass) break;
      }
    } else if (c === '"' || c === "'") readString(c);
    else if (c === "`") {
      i++;
      readTemplate();
    } else if (c === "(" || c === "[" || c === "{") open(i);
    else if (c === ")" || c === "]" || c === "}") {
      depth = Math.max(0, depth - 1);
      if (c === "}" && templates.length && templates[templates.length - 1] === depth) {
        templates.pop();
        i++;
        readTemplate();
      }
    }
  }
  return best;
}
