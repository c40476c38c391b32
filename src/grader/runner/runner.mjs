// The isolated side of the grader. It runs in its own Node process under the permission model
// (it may read only this file; no file writes, child processes, threads or native addons), with
// a heap limit, and it hides from the learner's code everything that reaches outside: Node's
// modules, the real `process`, the network and the environment. It only evaluates the learner's
// compiled code and calls the exported functions on the copies of the inputs it is sent; results
// go back as plain data (structured clone over IPC). Nothing here decides whether an answer is
// right. Plain JavaScript on purpose: it must load without a build step and in milliseconds.
import { Writable } from "node:stream";
import { types } from "node:util";
import { LIMITS, toPlain, Unplain } from "./plain.mjs";
import vm from "node:vm";

const send = process.send.bind(process);
const realExit = process.exit.bind(process);
const listen = process.on.bind(process);
const isArray = Array.isArray;
const ErrorCtor = Error;
const now = performance.now.bind(performance);
const clone = structuredClone;
const stdoutWrite = process.stdout.write.bind(process.stdout);
const stderrWrite = process.stderr.write.bind(process.stderr);
const { Console } = console;
const isProxy = types.isProxy;
const apply = Reflect.apply;
const SetCtor = Set;
const setAdd = Set.prototype.add;
const setHas = Set.prototype.has;
const ObjectProto = Object.prototype;
const StringCtor = String;
const cap = (text, max) => (text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text);

/** An Error that says an action is not allowed in an exercise; the grader reports it as refused. */
function refusal(what) {
  const e = new ErrorCtor(`${what} is not allowed in an exercise: latutor runs your code with no files, processes, network or Node modules. Compute the answer and return it`);
  e.name = "Refused";
  return e;
}
const refuse = (what) =>
  function refused() {
    throw refusal(what);
  };

function lockDown() {
  // Plain streams that forward to the real ones: the learner's code never holds the real pipe
  // sockets (whose constructor would reach the network).
  const stream = (write) =>
    new Writable({
      write(chunk, _encoding, done) {
        write(chunk);
        done();
      },
    });
  const out = stream(stdoutWrite);
  const err = stream(stderrWrite);
  const fake = {
    env: {},
    argv: ["node"],
    execArgv: [],
    platform: process.platform,
    version: process.version,
    versions: { ...process.versions },
    pid: 1,
    nextTick: process.nextTick.bind(process),
    hrtime: Object.assign(process.hrtime.bind(process), { bigint: process.hrtime.bigint.bind(process) }),
    memoryUsage: process.memoryUsage.bind(process),
    uptime: process.uptime.bind(process),
    stdout: out,
    stderr: err,
    cwd: () => "/",
    exit: refuse("process.exit"),
    abort: refuse("process.abort"),
    kill: refuse("process.kill"),
    binding: refuse("process.binding"),
    _linkedBinding: refuse("process._linkedBinding"),
    dlopen: refuse("process.dlopen"),
    getBuiltinModule: refuse("loading a Node module (process.getBuiltinModule)"),
    chdir: refuse("process.chdir"),
    send: refuse("process.send"),
    on: refuse("process.on"),
    once: refuse("process.once"),
  };
  Object.defineProperty(globalThis, "process", { value: fake, writable: false, configurable: false, enumerable: false });
  Object.defineProperty(globalThis, "console", { value: new Console({ stdout: out, stderr: err, colorMode: false }), writable: true, configurable: true, enumerable: false });
  const blocked = {
    fetch: "network access (fetch)",
    WebSocket: "network access (WebSocket)",
    EventSource: "network access (EventSource)",
    require: "loading a module (require)",
  };
  for (const [name, what] of Object.entries(blocked)) {
    try {
      Object.defineProperty(globalThis, name, { value: refuse(what), writable: false, configurable: false, enumerable: false });
    } catch {
      /* not configurable: leave it */
    }
  }
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
  let isError = false;
  try {
    isError = !isProxy(e) && e instanceof ErrorCtor;
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

function load(code, filename) {
  lockDown();
  const script = new vm.Script(code, {
    filename,
    importModuleDynamically: () => {
      throw refusal("import()");
    },
  });
  exportsObject = script.runInThisContext() ?? {};
  const names = [];
  for (const key of Object.keys(exportsObject)) names.push([key, typeof exportsObject[key]]);
  return names;
}

function runCall(name, args) {
  const fn = exportsObject?.[name];
  if (typeof fn !== "function") return { kind: "missing" };
  let value;
  const start = now();
  try {
    value = fn(...args);
  } catch (e) {
    return { kind: "threw", thrown: describeThrown(e), ms: now() - start };
  }
  const ms = now() - start;
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
      send({ type: "loaded", exports: load(msg.code, msg.filename) });
    } catch (e) {
      send({ type: "load-error", thrown: describeThrown(e) });
    }
  } else if (msg.type === "batch") {
    // Results go back one message per call, as each finishes, so the grader can time each call.
    for (let index = 0; index < msg.calls.length; index++) {
      send({ type: "result", id: msg.id, index, ...runCall(msg.calls[index].fn, msg.calls[index].args) });
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
