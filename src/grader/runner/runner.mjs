// The isolated side of the grader. It runs in its own Node process under the permission model
// (it may read only this file; no file writes, child processes, threads or native addons), with
// a heap limit, and it runs the learner's code in a V8 context of its own that holds nothing of
// Node: no modules, no real `process`, no network, no environment, and no object of this realm. It only evaluates the learner's
// compiled code and calls the exported functions on the copies of the inputs it is sent; results
// go back as plain data (structured clone over IPC). Nothing here decides whether an answer is
// right. Plain JavaScript on purpose: it must load without a build step and in milliseconds.
import { types } from "node:util";
import { LIMITS, toPlain, Unplain } from "./plain.mjs";
import vm from "node:vm";

const send = process.send.bind(process);
const realExit = process.exit.bind(process);
const listen = process.on.bind(process);
const isArray = Array.isArray;
const now = performance.now.bind(performance);
const stdoutWrite = process.stdout.write.bind(process.stdout);
const stderrWrite = process.stderr.write.bind(process.stderr);
const isProxy = types.isProxy;
const apply = Reflect.apply;
const SetCtor = Set;
const setAdd = Set.prototype.add;
const setHas = Set.prototype.has;
const ObjectProto = Object.prototype;
const StringCtor = String;
const cap = (text, max) => (text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text);

const REFUSAL_TAIL = " is not allowed in an exercise: latutor runs your code with no files, processes, network or Node modules. Compute the answer and return it";

/**
 * The learner's realm: a fresh V8 context holding only JavaScript's own built-ins. No object of
 * this (Node's) realm is ever handed to it: a host object's constructor chain leads back to this
 * realm's Function and from there to the real `process`, and an event emitter's prototype to
 * every message the runner receives. What learner code needs of the outside (printing, friendly
 * refusals) is built inside the context by SETUP, which captures one host function, `print`, in a
 * closure no learner code can reach. Arguments go in as text and are parsed in there; results
 * come out through toPlain, which reads them with intrinsics of this realm captured at start.
 */
// A runner may be reused for another file (verify grades many references in one): every load
// after the first gets a new context, so nothing one file left in its realm reaches the next.
const newContext = () => vm.createContext(Object.create(null), { name: "exercise", codeGeneration: { strings: true, wasm: true } });
let context = newContext();
const SETUP = `(function (print) {
  "use strict";
  const E = Error, define = Object.defineProperty, str = String, isArr = Array.isArray, stringify = JSON.stringify;
  const refuse = (what) => function refused() { const e = new E(what + ${JSON.stringify(REFUSAL_TAIL)}); e.name = "Refused"; throw e; };
  const show = (x) => { if (typeof x === "string") return x; try { const j = stringify(x); return j === undefined ? str(x) : j; } catch { try { return str(x); } catch { return "(a value that cannot be shown)"; } } };
  const line = (args) => { let out = ""; for (let i = 0; i < args.length; i++) out += (i ? " " : "") + show(args[i]); return out + "\\n"; };
  const out = (...a) => { print(1, line(a)); };
  const err = (...a) => { print(2, line(a)); };
  const stream = (fd) => ({ write: (chunk) => { print(fd, str(chunk)); return true; } });
  const console = { log: out, info: out, debug: out, trace: out, table: out, dir: out, warn: err, error: err, assert: (ok, ...a) => { if (!ok) err("Assertion failed", ...a); }, group: out, groupEnd: () => {}, time: () => {}, timeEnd: () => {}, count: () => {} };
  const process = {
    env: {}, argv: ["node"], execArgv: [], platform: "exercise", pid: 1, version: "v0", versions: {},
    stdout: stream(1), stderr: stream(2), cwd: () => "/",
    exit: refuse("process.exit"), abort: refuse("process.abort"), kill: refuse("process.kill"),
    binding: refuse("process.binding"), _linkedBinding: refuse("process._linkedBinding"), dlopen: refuse("process.dlopen"),
    getBuiltinModule: refuse("loading a Node module (process.getBuiltinModule)"), chdir: refuse("process.chdir"),
    send: refuse("process.send"), on: refuse("process.on"), once: refuse("process.once"),
  };
  const fixed = { process, require: refuse("loading a module (require)"), fetch: refuse("network access (fetch)"), WebSocket: refuse("network access (WebSocket)"), EventSource: refuse("network access (EventSource)") };
  for (const name of Object.keys(fixed)) define(globalThis, name, { value: fixed[name], writable: false, configurable: false, enumerable: false });
  // Node answers a few requests with objects of its own realm, whose constructors lead to the real
  // process: a refused import() (see load), a streaming WebAssembly compile, and the formatting of
  // an error's stack (Node's hook throws its own TypeError on a name or message that is not text).
  // Those answers are made in here instead, and cannot be changed.
  for (const name of ["compileStreaming", "instantiateStreaming"]) define(WebAssembly, name, { value: refuse("WebAssembly." + name), writable: false, configurable: false });
  const frame = (site) => { try { return "\\n    at " + str(site); } catch { return ""; } };
  const stackOf = (error, sites) => { let out; try { out = str(error); } catch { out = "Error"; } for (let i = 0; i < sites.length; i++) out += frame(sites[i]); return out; };
  define(E, "prepareStackTrace", { value: stackOf, writable: false, configurable: false, enumerable: false });
  define(globalThis, "Error", { value: E, writable: false, configurable: false, enumerable: false });
  define(globalThis, "console", { value: console, writable: true, configurable: true, enumerable: false });
  define(globalThis, "globalThis", { value: globalThis, writable: true, configurable: true, enumerable: false });
  // Arguments arrive as text: numbers JSON cannot write (NaN, ±Infinity, −0) travel as tagged strings.
  // undefined cannot come out of a reviver (it would delete the entry, leaving a hole): a marker
  // stands in, and is replaced afterwards.
  const U = {};
  const fix = (v) => {
    if (v === U) return undefined;
    if (isArr(v)) for (let i = 0; i < v.length; i++) v[i] = fix(v[i]);
    else if (v !== null && typeof v === "object") for (const k of Object.keys(v)) v[k] = fix(v[k]);
    return v;
  };
  const revive = (_k, v) => (typeof v === "string" && v.charCodeAt(0) === 0 ? (v === "\\u0000undefined" ? U : v === "\\u0000NaN" ? NaN : v === "\\u0000Infinity" ? Infinity : v === "\\u0000-Infinity" ? -Infinity : v === "\\u0000-0" ? -0 : v.slice(1)) : v);
  const parse = JSON.parse;
  const refusal = (what) => define(new E(what + ${JSON.stringify(REFUSAL_TAIL)}), "name", { value: "Refused", writable: true, configurable: true, enumerable: false });
  // Text with nothing tagged in it (see jsonSafe outside) parses without the reviver, far faster.
  // Math.random from the grading's seed (mulberry32): a learner's random start vector gives the
  // same answers, and the same grade, every time the same seed is graded.
  const seedRandom = (seed) => {
    let a = seed | 0;
    const random = function random() {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    define(Math, "random", { value: random, writable: true, configurable: true, enumerable: false });
  };
  return { args: (text) => fix(parse(text, revive)), plainArgs: (text) => parse(text), refusal, seedRandom };
})`;
/** Writes learner output; never throws, never hands anything back. */
function print(fd, text) {
  try {
    if (typeof text === "string") (fd === 2 ? stderrWrite : stdoutWrite)(text);
  } catch {
    /* output is best effort */
  }
}
const setupScript = new vm.Script(SETUP, { filename: "latutor-setup.js" });
let inside = setupScript.runInContext(context)(print);
let readArgs = inside.args;
let readPlainArgs = inside.plainArgs;
let contextUsed = false;

/**
 * True when JSON carries `v` exactly as it is: no NaN, ±Infinity, −0, undefined (or hole), and no
 * string that starts with the tag character. Most arguments are such plain numbers; they skip the
 * replacer and the reviver, which cost a function call per number.
 */
function jsonSafe(v) {
  if (typeof v === "number") return v === v && v !== Infinity && v !== -Infinity && !(v === 0 && 1 / v < 0);
  if (typeof v === "string") return v.charCodeAt(0) !== 0;
  if (v === null || typeof v === "boolean") return true;
  if (isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!jsonSafe(v[i])) return false;
    return true;
  }
  if (typeof v === "object") {
    for (const key of Object.keys(v)) if (!jsonSafe(v[key])) return false;
    return true;
  }
  return false;
}

/** Arguments as text for the learner's realm, and whether it needs the reviver (see revive in SETUP). */
function argsText(args) {
  if (jsonSafe(args)) return { text: JSON.stringify(args), tagged: false };
  return { text: taggedText(args), tagged: true };
}

function taggedText(args) {
  return JSON.stringify(args, (_k, v) => {
    if (typeof v === "number") {
      if (Number.isNaN(v)) return "\u0000NaN";
      if (v === Infinity) return "\u0000Infinity";
      if (v === -Infinity) return "\u0000-Infinity";
      if (Object.is(v, -0)) return "\u0000-0";
    }
    if (v === undefined) return "\u0000undefined";
    if (typeof v === "string" && v.charCodeAt(0) === 0) return "\u0000" + v;
    return v;
  });
}

/** What was thrown, as plain bounded strings; reading it runs no more learner code than it must. */
function describeThrown(e) {
  const text = (read, max) => {
    try {
      const v = read();
      return typeof v === "string" ? cap(v, max) : cap(StringCtor(v), max);
    } catch {
      return "(a value that cannot be shown)";
    }
  };
  // An Error of either realm (the learner's is a different Error constructor): its internal tag.
  let isError = false;
  try {
    isError = !isProxy(e) && typeof e === "object" && e !== null && apply(ObjectProto.toString, e, []) === "[object Error]";
  } catch {
    isError = false;
  }
  if (isError) {
    return { isError: true, name: text(() => e.name, 100), message: text(() => e.message, LIMITS.MESSAGE), stack: text(() => e.stack ?? "", LIMITS.STACK) };
  }
  const shown = typeof e === "string" ? cap(JSON.stringify(e), LIMITS.MESSAGE) : typeof e === "object" && e !== null ? text(() => apply(ObjectProto.toString, e, []), 100) : text(() => e, LIMITS.MESSAGE);
  return { isError: false, name: e === null ? "null" : typeof e, message: shown };
}

let exportsObject;

function load(code, filename, seed) {
  if (contextUsed) {
    context = newContext();
    inside = setupScript.runInContext(context)(print);
    readArgs = inside.args;
    readPlainArgs = inside.plainArgs;
  }
  contextUsed = true;
  if (typeof seed === "number") inside.seedRandom(seed);
  const realm = inside;
  const script = new vm.Script(code, {
    filename,
    importModuleDynamically: () => {
      // Made in the learner's realm: an Error of this realm would hand over this realm's Function.
      throw realm.refusal("import()");
    },
  });
  exportsObject = script.runInContext(context) ?? {};
  const names = [];
  for (const key of Object.keys(exportsObject)) names.push([key, typeof exportsObject[key]]);
  return names;
}

/**
 * Calls the learner's export `name` on a copy of the arguments (`input`, made by argsText).
 * `timingOnly`: the call is timed for the speed advice; its answer was judged already, so it is
 * neither read nor sent back, and repeated calls on the same input share one copy of it.
 */
function runCall(name, input, timingOnly) {
  let fn;
  try {
    fn = exportsObject?.[name];
  } catch (e) {
    return { kind: "threw", thrown: describeThrown(e), ms: 0 };
  }
  if (typeof fn !== "function") return { kind: "missing" };
  let value;
  // The arguments are made anew inside the learner's realm, so no object of this realm reaches it.
  const args = timingOnly && input.copy ? input.copy : input.tagged ? readArgs(input.text) : readPlainArgs(input.text);
  if (timingOnly) input.copy = args;
  const start = now();
  try {
    value = apply(fn, undefined, args);
  } catch (e) {
    return { kind: "threw", thrown: describeThrown(e), ms: now() - start };
  }
  const ms = now() - start;
  if (timingOnly) return { kind: "returned", value: null, argsAfter: [], ms };
  if (value !== null && (typeof value === "object" || typeof value === "function")) {
    let then;
    try {
      then = value.then;
    } catch {
      then = undefined;
    }
    if (typeof then === "function") {
      return { kind: "unclonable", message: "returned a Promise; the function must return its answer directly (no async)" };
    }
  }
  // Only plain, bounded data leaves the runner: it is checked and copied here (getters run once,
  // now, under the call's time limit), so nothing the learner returns can stall or crash the grader.
  let plain;
  try {
    plain = toPlain(value);
  } catch (e) {
    if (e instanceof Unplain) return { kind: "unclonable", message: `returned ${e.message}` };
    return { kind: "threw", thrown: describeThrown(e), ms };
  }
  let argsAfter;
  try {
    argsAfter = toPlain(args);
  } catch (e) {
    return { kind: "unclonable", message: `changed its arguments into ${e instanceof Unplain ? e.message : "something that cannot be read"}; functions must not modify their inputs` };
  }
  return { kind: "returned", value: plain, argsAfter, ms, aliased: aliasOf(value, args) };
}

/** Returning an input (or one of its rows) itself, not a new array, is a mistake the grader names. */
function aliasOf(value, args) {
  if (value === null || typeof value !== "object") return undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === null || typeof a !== "object") continue;
    if (value === a) return { arg: i, part: false };
    if (isArray(value) && isArray(a)) {
      // Both were bounded by toPlain already.
      const rows = new SetCtor();
      for (let j = 0; j < a.length; j++) if (a[j] !== null && typeof a[j] === "object") apply(setAdd, rows, [a[j]]);
      for (let j = 0; j < value.length; j++) if (apply(setHas, rows, [value[j]])) return { arg: i, part: true };
    }
  }
  return undefined;
}

listen("message", (msg) => {
  if (msg.type === "load") {
    try {
      send({ type: "loaded", exports: load(msg.code, msg.filename, msg.seed) });
    } catch (e) {
      send({ type: "load-error", thrown: describeThrown(e) });
    }
  } else if (msg.type === "ping") {
    // Answered after everything sent before it: the grader's proof that this runner is idle.
    send({ type: "pong" });
  } else if (msg.type === "batch") {
    // Results go back one message per call, as each finishes, so the grader can time each call.
    // Repeated calls on the same arguments (timing runs) share one text.
    let lastArgs, input;
    for (let index = 0; index < msg.calls.length; index++) {
      const { fn, args } = msg.calls[index];
      if (index === 0 || args !== lastArgs) {
        lastArgs = args;
        input = argsText(args);
      }
      send({ type: "result", id: msg.id, index, ...runCall(fn, input, msg.timing === true) });
    }
  }
});

send({ type: "ready" });

// An error thrown later (a timer, a rejected promise) ends the runner with a message that says so.
listen("uncaughtException", (e) => {
  send({ type: "fatal", message: `an error was thrown outside the function call (in a timer or callback?): ${describeThrown(e).message}` }, () => realExit(70));
});
listen("unhandledRejection", (e) => {
  send({ type: "fatal", message: `a promise was rejected and nothing handled it: ${describeThrown(e).message}` }, () => realExit(70));
});
