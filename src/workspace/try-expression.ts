/**
 * `latutor try`'s expression is learner input: before anything compiles it, it is read here as
 * hostile text. It must be one expression (no statements, no imports, no comments, no template or
 * regular-expression literals a reader could misjudge), with balanced brackets, so that wrapped
 * as `return ( … );` inside a tiny module it cannot step outside that place. The module then goes
 * through the grader's own compiler and import rules, and runs in the grader's sandbox.
 */

export interface ExpressionProblem {
  message: string;
  /** 1-based column (character) in the expression, when one place is to blame. */
  column?: number;
}

export const MAX_EXPRESSION_CHARS = 10_000;

const OPENERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
/** After these, a "/" would start a regular expression (the usual lexer rule); elsewhere it divides. */
const REGEX_AFTER = new Set(["", "(", ",", "=", ":", "[", "!", "&", "|", "?", "{", "}", ";", "+", "-", "*", "%", "<", ">", "~", "^"]);
const REGEX_AFTER_WORDS = new Set(["return", "typeof", "case", "in", "of", "delete", "void", "throw", "new", "yield", "await", "else", "do", "instanceof"]);
const REFUSED_WORDS: Record<string, string> = {
  import: "the expression can use only the exercise's exports and helpers.ts, not import anything",
  export: "export has no place in an expression",
  await: "the exercise's functions are synchronous: no await",
  yield: "yield has no place in an expression",
  debugger: "debugger has no place in an expression",
};

export interface Token {
  kind: "word" | "number" | "string" | "punct";
  text: string;
  /** 0-based offset in the expression. */
  at: number;
}

/** Splits the expression into tokens, or says why it cannot be one expression. */
export function tokenize(expr: string): Token[] | ExpressionProblem {
  const tokens: Token[] = [];
  const stack: { char: string; at: number }[] = [];
  const n = expr.length;
  let i = 0;
  const prevSignificant = () => {
    const t = tokens[tokens.length - 1];
    return t ? (t.kind === "punct" ? t.text : t.kind === "word" && REGEX_AFTER_WORDS.has(t.text) ? "" : "value") : "";
  };
  while (i < n) {
    const c = expr[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "/" && (expr[i + 1] === "/" || expr[i + 1] === "*")) {
      return { message: "comments are not allowed in the expression", column: i + 1 };
    } else if (c === "/" && REGEX_AFTER.has(prevSignificant())) {
      return { message: "regular expressions are not supported in the expression (a \"/\" here cannot be a division)", column: i + 1 };
    } else if (c === "`") {
      return { message: "template strings (`…`) are not supported in the expression: use \"…\" quotes", column: i + 1 };
    } else if (c === '"' || c === "'") {
      const start = i;
      for (i++; i < n && expr[i] !== c; i++) {
        if (expr[i] === "\\") i++;
        else if (expr[i] === "\n") break;
      }
      if (i >= n || expr[i] !== c) return { message: `the string that starts here is not closed (a ${c} is missing)`, column: start + 1 };
      i++;
      tokens.push({ kind: "string", text: expr.slice(start, i), at: start });
    } else if (/[A-Za-z_$\u00c0-\uffff]/.test(c)) {
      const start = i;
      while (i < n && /[\w$\u00c0-\uffff]/.test(expr[i])) i++;
      const word = expr.slice(start, i);
      if (REFUSED_WORDS[word]) return { message: `"${word}": ${REFUSED_WORDS[word]}`, column: start + 1 };
      tokens.push({ kind: "word", text: word, at: start });
    } else if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(expr[i + 1] ?? ""))) {
      const start = i;
      while (i < n && /[\w.]/.test(expr[i])) {
        // An exponent's sign belongs to the number: 1e-8.
        if (/[eE]/.test(expr[i]) && /[+-]/.test(expr[i + 1] ?? "") && !/^0[xXbBoO]/.test(expr.slice(start, i))) i++;
        i++;
      }
      tokens.push({ kind: "number", text: expr.slice(start, i), at: start });
    } else if (OPENERS[c]) {
      stack.push({ char: c, at: i });
      tokens.push({ kind: "punct", text: c, at: i++ });
    } else if (CLOSERS[c]) {
      const open = stack.pop();
      if (!open) return { message: `this "${c}" closes nothing`, column: i + 1 };
      if (open.char !== CLOSERS[c]) return { message: `"${c}" here, but the "${open.char}" at character ${open.at + 1} needs a "${OPENERS[open.char]}"`, column: i + 1 };
      tokens.push({ kind: "punct", text: c, at: i++ });
    } else if (c === ";") {
      // A ";" only inside the braces of a function body ((x) => { …; return … }).
      if (stack[stack.length - 1]?.char !== "{") return { message: "one expression only: no \";\" (to use several values, nest the calls)", column: i + 1 };
      tokens.push({ kind: "punct", text: c, at: i++ });
    } else if (c === "\\" || c === "#" || c === "@") {
      return { message: `"${c}" has no place in the expression`, column: i + 1 };
    } else {
      tokens.push({ kind: "punct", text: c, at: i++ });
    }
  }
  if (stack.length) {
    const open = stack[stack.length - 1];
    return { message: `the "${open.char}" at character ${open.at + 1} is never closed (a "${OPENERS[open.char]}" is missing)`, column: open.at + 1 };
  }
  return tokens;
}

export function checkExpression(expr: string): ExpressionProblem | undefined {
  if (expr.trim() === "") return { message: 'the expression is empty: give one, such as "norm2([3, 4])"' };
  if (expr.length > MAX_EXPRESSION_CHARS) return { message: `the expression is ${expr.length} characters long; at most ${MAX_EXPRESSION_CHARS} are allowed` };
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.exec(expr);
  if (control) return { message: "the expression holds a control or direction-changing character", column: control.index + 1 };
  const tokens = tokenize(expr);
  return Array.isArray(tokens) ? undefined : tokens;
}


const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval undefined NaN Infinity".split(" "),
);

/** The value names a TypeScript module exports (functions, constants, classes, `export { … }`), read from its text. */
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/\bexport\s+(?:declare\s+)?(?:async\s+)?(?:function\s*\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
  for (const m of source.matchAll(/\bexport\s*\{([^}]*)\}/g)) {
    for (const part of m[1].split(",")) {
      const item = part.trim();
      if (!item || item.startsWith("type ")) continue;
      const alias = /\bas\s+([A-Za-z_$][\w$]*)$/.exec(item);
      names.add(alias ? alias[1] : item);
    }
  }
  return [...names].filter((n) => IDENTIFIER.test(n) && !RESERVED.has(n) && !n.startsWith("__latutor"));
}

export interface WrapperSource {
  /** The module's text. */
  source: string;
  /** The line (1-based) where the expression starts in it. */
  expressionLine: number;
  /** The names the expression can use. */
  names: string[];
}

/**
 * The module that evaluates `expr`: it imports the helpers and the exercise's module (paths
 * relative to the module, without extension), puts their exports in scope (the exercise's win a
 * clash), and exports one function that returns the expression's value.
 */
export function wrapperSource(expr: string, imports: { helpers?: string; exercise: string }, names: string[]): WrapperSource {
  const safe = [...new Set(names)].filter((n) => IDENTIFIER.test(n) && !RESERVED.has(n) && !n.startsWith("__latutor"));
  const lines = [
    "// Made by latutor try (deleted when it has run): one expression over an exercise's exports.",
    imports.helpers ? `import * as __latutorHelpers from ${JSON.stringify(imports.helpers)};` : "const __latutorHelpers = {};",
    `import * as __latutorExercise from ${JSON.stringify(imports.exercise)};`,
    "const __latutorScope: Record<string, any> = { ...__latutorHelpers, ...__latutorExercise };",
    safe.length ? `const { ${safe.join(", ")} } = __latutorScope;` : "",
    "export function __latutorTry() {",
    "  return (",
  ];
  const expressionLine = lines.length + 1;
  lines.push(expr, "  );", "}", "");
  return { source: lines.join("\n"), expressionLine, names: safe };
}

/**
 * A call to try from the stub's own examples (`//   norm2([3, -4])   → 5`): the first one that
 * calls an export and uses nothing but literals, so that it runs as it is.
 */
export function exampleExpression(stub: string, exportsOf: string[]): string | undefined {
  for (const line of stub.split("\n")) {
    if (!line.startsWith("//")) continue;
    const m = /^\/\/\s+([A-Za-z_$][\w$]*\(.*?\))\s*(?:→|$)/.exec(line);
    if (!m || !exportsOf.includes(m[1].slice(0, m[1].indexOf("(")))) continue;
    const tokens = tokenize(m[1]);
    if (!Array.isArray(tokens)) continue;
    const words = tokens.filter((t, i) => t.kind === "word" && tokens[i - 1]?.text !== ".");
    if (words.every((w) => exportsOf.includes(w.text) || w.text === "Math")) return m[1];
  }
  return undefined;
}

/** The name in `names` closest to `name` (by edit distance), when it is close enough to be a typo. */
export function closestName(name: string, names: string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length];
  };
  let best: { name: string; d: number } | undefined;
  for (const n of names) {
    const d = distance(name, n);
    if (!best || d < best.d) best = { name: n, d };
  }
  return best && best.d <= Math.max(1, Math.floor(name.length / 3)) ? best.name : undefined;
}
