// The catalogue of learner-code faults: one entry per fault, each a learner's file (or one export
// of it) for an exercise of the built-in course, and what latutor must say about it. Graded by
// learner-code.test.ts, which also checks what every fault must hold (exit 1, no pass, the other
// exports and exercises still graded, nothing written anywhere, the file untouched).
import { copyFileSync, existsSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect } from "vitest";
import type { GradeResult } from "../../src/grader/result";
import { ROOT } from "../e2e/helpers";
import { course } from "../support/grade-file";
import type { Machine } from "./harness";

/** What a fault's source may refer to. */
export interface Setting {
  machine: Machine;
  /** The workspace. */
  ws: string;
  /** A port where a server counts every connection (none may arrive). */
  port: number;
}

export interface LearnerFault {
  name: string;
  /** Which of the two workspaces grades it. */
  run: 1 | 2;
  exercise: string;
  /**
   * The export this fault lives in; the exercise's other exports are the reference's and must
   * pass. Absent: `source` is the whole file.
   */
  call?: string;
  /** The learner's code: the export `call` (its own `export function …`), or the whole file. */
  source: (s: Setting) => string;
  /** Files or links to put beside it, before grading. */
  setup?: (s: Setting, file: string) => void;
  /** What the report must say about it (the problem, or a failed case of `call`). */
  says: RegExp;
  /** More it must hold. */
  also?: (r: GradeResult, s: Setting) => void;
}

const fn = (name: string, body: string) => `export function ${name}(...args: any[]): any {\n${body}\n}\n`;
const every = (exports: string[], body: string) => exports.map((n) => fn(n, body)).join("");
const exportsOf = (id: string) => course.exercises.find((e) => e.id === id)!.exports;
const canaryFile = (s: Setting, name: string) => join(s.machine.canary, name);

// A WebAssembly module exporting spin(), a loop with no end: (func (loop (br 0))).
const WASM_SPIN = [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 8, 1, 4, 115, 112, 105, 110, 0, 0, 10, 9, 1, 7, 0, 3, 64, 12, 0, 11, 11];

/** Tries `attempts` in the learner's realm and throws one line naming how each ended. */
const attemptsThenThrow = (label: string, attempts: [string, string][]) => `
  const ended: string[] = [];
  ${attempts.map(([name, code]) => `try { ${code}; ended.push("${name}=DONE"); } catch (e: any) { ended.push("${name}=" + (e && e.name)); }`).join("\n  ")}
  throw new Error("${label}: " + ended.join(" "));`;

// A fault that runs into a time limit on every call costs a restart of the runner per call, all
// counted in the exercise's 10 s budget: such faults sit in an export with few cases (at most 4)
// or in an exercise of their own, so that the reference's cases beside them are never cut short.
export const FAULTS: LearnerFault[] = [
  // Code that never ends, or ends the process.
  { name: "an infinite loop", run: 1, exercise: "transform-2d", call: "translation", source: () => fn("translation", "for (;;) {}"), says: /^translation did not finish within \d+ ms/ },
  { name: "deep recursion", run: 1, exercise: "norms", call: "norm1", source: () => fn("norm1", "const down = (n: number): number => down(n + 1) + 1; return down(0);"), says: /^norm1 overflowed the call stack/ },
  {
    name: "a 4 GB allocation",
    run: 1,
    exercise: "projection",
    call: "reject",
    source: () => fn("reject", "const big = new Float64Array(5e8); big.fill(1); return [big[0]];"),
    says: /^reject (did not finish within \d+ ms|: ran out of memory)/,
  },
  {
    name: "allocating without end",
    run: 1,
    // Every call runs until the heap or the time limit: an exercise of its own, so that no other
    // export's cases wait behind it for the exercise's time budget.
    exercise: "qr-least-squares",
    source: () => fn("leastSquaresQR", "const hoard: number[][] = []; for (;;) hoard.push(new Array(1e5).fill(Math.random()));"),
    says: /^leastSquaresQR(: ran out of memory| did not finish within \d+ ms)/,
  },
  {
    name: "Atomics.wait",
    run: 1,
    exercise: "markov-chain",
    source: () => fn("steadyState", "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); return [];"),
    says: /^steadyState did not finish within \d+ ms/,
  },
  {
    name: "a WebAssembly loop",
    run: 1,
    exercise: "vector-arithmetic",
    call: "hadamard",
    source: () => fn("hadamard", `const m = new WebAssembly.Module(new Uint8Array(${JSON.stringify(WASM_SPIN)})); (new WebAssembly.Instance(m).exports as any).spin(); return [];`),
    says: /^hadamard did not finish within \d+ ms/,
  },
  { name: "process.exit(0)", run: 1, exercise: "transform-2d", call: "compose", source: () => fn("compose", "process.exit(0); return [];"), says: /^compose was refused: process\.exit is not allowed in an exercise/ },
  {
    name: "process.kill(process.pid)",
    run: 1,
    exercise: "transform-2d",
    call: "shear",
    source: () => fn("shear", 'process.kill(process.pid, "SIGKILL"); return [];'),
    says: /^shear was refused: process\.kill is not allowed in an exercise/,
  },
  {
    name: "an infinite loop at the top level of the file",
    run: 1,
    exercise: "ridge-svd",
    source: () => `for (;;) {}\n${every(exportsOf("ridge-svd"), "return [];")}`,
    says: /top-level code did not finish within \d+ ms/,
  },
  { name: "a file that throws while loading", run: 2, exercise: "vector-arithmetic", source: () => `throw new Error("boom at load");\n${every(exportsOf("vector-arithmetic"), "return [];")}`, says: /threw Error: boom at load while loading/ },
  {
    name: "an unhandled rejection",
    run: 1,
    exercise: "rank-nullspace",
    call: "nullSpace",
    source: () => fn("nullSpace", 'Promise.reject(new Error("nobody handles this")); return [[NaN]];'),
    says: /^nullSpace/,
  },
  {
    name: "a chain of promise callbacks that never ends",
    run: 1,
    exercise: "cholesky",
    source: () => fn("cholesky", "const again = (): Promise<void> => Promise.resolve().then(again); again(); return [[42]];"),
    says: /^cholesky (did not finish within \d+ ms|: the process running your code stopped)/,
  },

  // Throwing and returning what is not an answer.
  { name: "throwing a non-Error", run: 1, exercise: "vector-arithmetic", call: "dot", source: () => fn("dot", 'throw "nope";'), says: /^dot threw "nope" \(a string, not an Error\)/ },
  { name: "an export that is not a function", run: 1, exercise: "rank-nullspace", call: "rref", source: () => "export const rref = 42;\n", says: /^your file does not export a function named rref/ },
  {
    name: "mutating its inputs (with the right answer)",
    run: 1,
    exercise: "transform-2d",
    call: "applyToPoints",
    source: () => fn("applyToPoints", "const answer = ref.applyToPoints(args[0], args[1]); if (args[1].length) args[1][0][0] = 999; else args[1].push([999, 999]); return answer;"),
    says: /^applyToPoints changed its 2nd argument( \(points\))?: element \[0\]\[0\] was .*, now 999; functions must not modify their inputs/,
  },
  { name: "returning a Proxy", run: 1, exercise: "matrix-types", call: "isOrthogonal", source: () => fn("isOrthogonal", "return new Proxy([[1]], {});"), says: /^isOrthogonal returned a Proxy/ },
  { name: "returning a typed array", run: 1, exercise: "matrix-types", call: "isSquare", source: () => fn("isSquare", "return new Float64Array(3);"), says: /^isSquare returned a Float64Array/ },
  { name: "returning a Map", run: 1, exercise: "matrix-types", call: "isSymmetric", source: () => fn("isSymmetric", "return new Map([[1, 2]]);"), says: /^isSymmetric returned a Map/ },
  { name: "returning a BigInt", run: 1, exercise: "matrix-types", call: "isUpperTriangular", source: () => fn("isUpperTriangular", "return 10n;"), says: /^isUpperTriangular returned a BigInt/ },
  { name: "returning a cyclic array", run: 1, exercise: "matrix-types", call: "isLowerTriangular", source: () => fn("isLowerTriangular", "const x: any[] = [1]; x.push(x); return x;"), says: /^isLowerTriangular returned a cyclic array/ },
  { name: "returning a cyclic object", run: 1, exercise: "matrix-types", call: "isDiagonal", source: () => fn("isDiagonal", "const o: any = {}; o.self = o; return o;"), says: /^isDiagonal returned a cyclic object/ },
  {
    name: "returning a tree that shares sub-arrays (tiny to send, astronomic to walk)",
    run: 1,
    // Walking it costs a tenth of a second a call: recommender's factorize is the export with the fewest calls.
    exercise: "recommender",
    call: "factorize",
    source: () => fn("factorize", "let x: any = [1, 2]; for (let i = 0; i < 60; i++) x = [x, x]; return x;"),
    says: /^factorize returned .*(more than [\d,]+ (entries|arrays and objects)|nested more than 64 deep)/,
  },
  { name: "returning a sparse array with a huge length", run: 1, exercise: "matrix-types", call: "trace", source: () => fn("trace", "const x: number[] = []; x[4_000_000_000] = 1; return x;"), says: /^trace returned an array of length 4,000,000,001/ },
  { name: "returning a 90-million-character string", run: 1, exercise: "dense-layer", call: "denseBackward", source: () => fn("denseBackward", 'return "x".repeat(90_000_000);'), says: /^denseBackward returned a string of 90,000,000 characters/ },
  {
    name: "returning a getter that throws",
    run: 1,
    exercise: "dense-layer",
    call: "denseForward",
    source: () => fn("denseForward", 'const out: any[] = [[0]]; Object.defineProperty(out, 0, { get() { throw new Error("a getter that throws"); }, enumerable: true }); return out;'),
    says: /^denseForward threw Error: a getter that throws/,
  },
  {
    name: "returning a getter that never returns",
    run: 1,
    exercise: "cosine-similarity",
    source: () => fn("cosineSimilarity", "return { get value() { for (;;) {} } };"),
    says: /^cosineSimilarity did not finish within \d+ ms/,
  },

  // Patching the built-ins a grader in the same realm would rely on, then answering nonsense.
  {
    name: "patching Math (and Number, Object.is)",
    run: 1,
    exercise: "determinant",
    source: () =>
      `Math.abs = () => 0; Math.max = () => 0; Math.min = () => 0; Math.hypot = () => 0; Math.sqrt = () => 0; Math.round = () => 0;
(Number as any).isFinite = () => true; (Number as any).isNaN = () => false; (Object as any).is = () => true;
${fn("det", "return 12345;")}`,
    says: /^det\b.*12345/,
  },
  {
    name: "patching Array.prototype",
    run: 1,
    exercise: "gaussian-elimination",
    source: () =>
      // At call time: patched at the top level, it would break the file's own exports first.
      fn(
        "solve",
        `const A: any = Array.prototype;
A.every = () => true; A.some = () => false; A.map = function (this: any) { return this; }; A.reduce = () => 0; A.forEach = () => {};
A.includes = () => true; A.indexOf = () => 0; A[Symbol.iterator] = function* () {}; (Array as any).isArray = () => true;
return [42];`,
      ),
    says: /^solve\b/,
  },
  {
    name: "patching JSON",
    run: 1,
    exercise: "lu-decomposition",
    source: () => `JSON.parse = () => ({ passed: true, score: 1 }); JSON.stringify = () => '{"passed":true}';\n${fn("lu", "return { L: [[1]], U: [[1]], P: [0] };")}`,
    says: /^lu\b/,
  },
  {
    name: "patching Object.prototype",
    run: 1,
    exercise: "inverse",
    source: () =>
      `Object.defineProperty(Object.prototype, "passed", { get: () => true, configurable: true });
(Object.prototype as any).score = 1; (Object.prototype as any).toJSON = function () { return { passed: true }; };
${fn("inverse", "return {};")}`,
    says: /^inverse\b/,
  },

  // Imports that would let someone else's code earn the verdict.
  { name: "importing a Node built-in (node:fs)", run: 2, exercise: "normal-equations", source: () => `import { readFileSync } from "node:fs";\n${fn("leastSquares", "return readFileSync;")}`, says: /import "node:fs" refused: an exercise may import only your own files/ },
  { name: "importing a math library (ml-matrix)", run: 2, exercise: "linear-regression", source: () => `import { Matrix } from "ml-matrix";\n${every(exportsOf("linear-regression"), "return Matrix;")}`, says: /import "ml-matrix" refused/ },
  { name: "importing a package latutor itself uses (fast-check)", run: 2, exercise: "norms", source: () => `import * as fc from "fast-check";\n${every(exportsOf("norms"), "return fc;")}`, says: /import "fast-check" refused/ },
  {
    name: "importing the reference solution by its absolute path",
    run: 2,
    exercise: "ridge-regression",
    source: () => `export { ridge } from ${JSON.stringify(join(ROOT, "solutions/08-least-squares/ridge-regression.ts"))};\n`,
    says: /refused: the file lies outside exercises\//,
  },
  {
    name: "importing a hidden spec",
    run: 2,
    exercise: "gram-schmidt",
    source: () => `import spec from ${JSON.stringify(join(ROOT, "tests/specs/09-orthogonality/gram-schmidt.spec.ts"))};\n${fn("gramSchmidt", "return (spec as any).cases;")}`,
    says: /refused: the file lies outside exercises\//,
  },
  {
    name: "an import that climbs out of the workspace",
    run: 2,
    exercise: "qr-decomposition",
    setup: (s) => copyFileSync(join(ROOT, "solutions/09-orthogonality/qr-decomposition.ts"), join(s.ws, "..", "outside.ts")),
    source: () => `export { qr } from "../../../outside";\n`,
    says: /import "\.\.\/\.\.\/\.\.\/outside" refused: the file lies outside exercises\//,
  },
  {
    name: "an import by an absolute path outside the workspace",
    run: 2,
    exercise: "qr-least-squares",
    setup: (s) => writeFileSync(join(s.machine.env.TMPDIR, "answers.ts"), "export const leastSquaresQR = () => [1, 2];\n"),
    source: (s) => `export { leastSquaresQR } from ${JSON.stringify(join(s.machine.env.TMPDIR, "answers.ts"))};\n`,
    says: /refused: the file lies outside exercises\//,
  },
  {
    name: "the exercise file is a symbolic link to the reference",
    run: 2,
    exercise: "power-method",
    source: () => "",
    setup: (_s, file) => {
      rmSync(file, { force: true });
      symlinkSync(join(ROOT, "solutions/10-eigen/power-method.ts"), file);
    },
    says: /power-method\.ts is a symbolic link to a file outside exercises\//,
  },
  {
    name: "a folder link inside exercises/ to the references",
    run: 2,
    exercise: "inverse-iteration",
    setup: (_s, file) => symlinkSync(join(ROOT, "solutions/10-eigen"), join(dirname(file), "answers")),
    source: () => `export { inverseIteration } from "./answers/inverse-iteration";\n`,
    says: /refused: the file is a symbolic link to a file outside exercises\//,
  },
  {
    name: "a data import (with { type: 'text' })",
    run: 2,
    exercise: "cosine-similarity",
    source: () => `import text from "../helpers.ts" with { type: "text" };\n${fn("cosineSimilarity", "return text.length;")}`,
    says: /refused: import attributes/,
  },
  { name: "import() of a module named in the source", run: 2, exercise: "markov-chain", source: () => fn("steadyState", 'return import("node:fs");'), says: /import "node:fs" refused/ },
  {
    name: "import() of a module named at run time",
    run: 2,
    exercise: "pagerank",
    source: () => `let seen = "never settled";
const name = ["node", "fs"].join(":");
import(name).then(() => { seen = "resolved"; }, (e: any) => { seen = e.name + ": " + String(e.message).split(":")[0] + (e.constructor.constructor === Function ? " (an error of its own realm)" : " (an ERROR OF NODE'S REALM)"); });
${fn("pagerank", 'throw new Error("import() " + seen);')}`,
    says: /^pagerank threw Error: import\(\) Refused: import\(\) is not allowed in an exercise \(an error of its own realm\)/,
  },
  {
    name: "eval, Function and Node's own hooks, to reach the real process",
    run: 2,
    exercise: "qr-algorithm",
    // Each route ends "real" if it reached Node's process (or a module), "fake" or "blocked" if not.
    source: () => `const routes: Record<string, string> = {};
const verdict = (p: any) => (p && p.versions && typeof p.versions.node === "string" ? "real" : "fake");
const viaFunction = (x: any) => { try { return verdict(x.constructor.constructor("return process")()); } catch { return "blocked"; } };
const now = (key: string, f: () => string) => { try { routes[key] = f(); } catch (e) { routes[key] = viaFunction(e); } };
const later = (key: string, start: () => any) => {
  routes[key] = "pending";
  try { Promise.resolve(start()).then((m: any) => { routes[key] = m && typeof m.readFileSync === "function" ? "real" : "fake"; }, (e: any) => { routes[key] = viaFunction(e); }); } catch (e) { routes[key] = viaFunction(e); }
};
now("global", () => verdict((globalThis as any).constructor.constructor("return process")()));
now("emitter", () => (typeof (process as any).stdout.emit === "function" ? "real" : "fake"));
now("timers", () => (typeof (console.log as any).constructor.constructor("return this")().setTimeout === "function" ? "real" : "fake"));
now("eval", () => verdict(eval("process")));
now("indirectEval", () => verdict((0, eval)("globalThis.process")));
now("stack", () => { const e = new Error("x"); Object.defineProperty(e, "message", { value: Symbol("x") }); return typeof e.stack === "string" ? "fake" : "odd"; });
const name = "node:" + "fs";
later("import", () => import(name));
later("evalImport", () => eval("import(name)"));
later("functionImport", () => new Function("n", "return import(n)")(name));
later("wasmStreaming", () => (WebAssembly as any).compileStreaming(new Uint8Array(8)));
${fn("eigSymmetric", 'throw new Error("escape: " + Object.keys(routes).map((k) => k + "=" + routes[k]).join(" "));')}`,
    says: /^eigSymmetric threw Error: escape: global=fake emitter=fake timers=fake eval=fake indirectEval=fake stack=fake import=(fake|blocked) evalImport=(fake|blocked) functionImport=(fake|blocked) wasmStreaming=(fake|blocked)$/,
  },

  // Reaching the disk, a process or the network.
  {
    name: "writing a file",
    run: 2,
    exercise: "svd",
    source: (s) => {
      const target = JSON.stringify(canaryFile(s, "written"));
      return fn(
        "svd",
        attemptsThenThrow("write", [
          ["require", `(globalThis as any).require("fs").writeFileSync(${target}, "x")`],
          ["getBuiltinModule", `(process as any).getBuiltinModule("fs").writeFileSync(${target}, "x")`],
          ["binding", `(process as any).binding("fs")`],
          ["realm", `(globalThis as any).constructor.constructor("return process")().getBuiltinModule("node:fs").writeFileSync(${target}, "x")`],
        ]),
      );
    },
    says: /^svd threw Error: write: require=Refused getBuiltinModule=Refused binding=Refused realm=Refused$/,
    also: (_r, s) => expect(existsSync(canaryFile(s, "written"))).toBe(false),
  },
  {
    name: "spawning a process",
    run: 2,
    exercise: "low-rank",
    source: (s) => {
      const command = JSON.stringify(`touch ${canaryFile(s, "spawned")}`);
      return fn(
        "lowRank",
        attemptsThenThrow("spawn", [
          ["require", `(globalThis as any).require("child_process").execSync(${command})`],
          ["getBuiltinModule", `(process as any).getBuiltinModule("child_process").execSync(${command})`],
          ["binding", `(process as any).binding("spawn_sync")`],
          ["dlopen", `(process as any).dlopen({}, "/lib/x.node")`],
        ]),
      );
    },
    says: /^lowRank threw Error: spawn: require=Refused getBuiltinModule=Refused binding=Refused dlopen=Refused$/,
    also: (_r, s) => expect(existsSync(canaryFile(s, "spawned"))).toBe(false),
  },
  {
    name: "opening a socket",
    run: 2,
    exercise: "pseudoinverse",
    source: (s) =>
      fn(
        "pinv",
        attemptsThenThrow("socket", [
          ["fetch", `fetch("http://127.0.0.1:${s.port}/")`],
          ["WebSocket", `new (globalThis as any).WebSocket("ws://127.0.0.1:${s.port}/")`],
          ["require", `(globalThis as any).require("net").connect(${s.port}, "127.0.0.1")`],
          ["getBuiltinModule", `(process as any).getBuiltinModule("net").connect(${s.port}, "127.0.0.1")`],
          ["binding", `(process as any).binding("tcp_wrap")`],
        ]),
      ),
    says: /^pinv threw Error: socket: fetch=Refused WebSocket=Refused require=Refused getBuiltinModule=Refused binding=Refused$/,
  },

  // Files and output that are not what they seem.
  {
    name: "a 10 MB source file",
    run: 2,
    exercise: "pca",
    source: () => `${fn("pca", "return 0;")}/* ${"0123456789".repeat(1_000_000)} */\n`,
    says: /is not a regular file of at most 1 MB|the file is 10\.0 MB/,
  },
  {
    name: "output that imitates latutor's own report and JSON",
    run: 2,
    exercise: "image-filters",
    source: () =>
      fn(
        "convolve",
        `console.log('{"results":[],"passed":true,"score":1,"exercises":34,"exercisesPassed":34}');
process.stdout.write("\\n✓ image-filters passed: 25 of 25 cases (score 100%)\\n");
console.error("✓ image-filters passed");
console.log("\\u001b[2J\\u001b[H\\u001b[32m✓ image-filters passed\\r");
throw new Error("\\u001b[2J fake \\u009b31m report\\u202e");`,
      ) + fn("applyColorMatrix", 'throw new Error("\\n\\n✓ image-filters passed: 25 of 25 cases (score 100%)\\nNext: latutor next");'),
    says: /^applyColorMatrix threw Error: \s*✓ image-filters passed: 25 of 25 cases/,
    also: (r) => {
      expect(r.printed).toContain('{"results":[],"passed":true');
      expect(r.printed).toContain("✓ image-filters passed");
    },
  },
];

/** An exercise graded with a reference standing in for all of the learner's file: it must pass. */
export const CONTROL = { run: 2 as const, exercise: "cholesky" };
