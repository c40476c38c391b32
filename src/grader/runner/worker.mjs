// The isolated side of the grader. It runs in a worker thread with its own JS realm, heap
// limit and no access to Node's modules: it only evaluates the learner's compiled code and
// calls the exported functions on copies of the inputs it is sent. Every result goes back as
// plain data (structured clone); nothing here decides whether an answer is right.
// Plain JavaScript on purpose: it must load without a build step and in milliseconds.
import { parentPort } from "node:worker_threads";
import vm from "node:vm";

const port = parentPort;
const post = port.postMessage.bind(port);
const realProcessExit = process.exit.bind(process);
const isArray = Array.isArray;
const ErrorCtor = Error;
const now = performance.now.bind(performance);

// What the learner's code may see of `process`: enough for console-style programs, nothing that
// reaches files, child processes, native bindings, signals or the environment.
function lockDown() {
  const fake = {
    env: {},
    argv: ["node"],
    platform: process.platform,
    version: process.version,
    versions: { ...process.versions },
    nextTick: process.nextTick.bind(process),
    hrtime: process.hrtime,
    stdout: process.stdout,
    stderr: process.stderr,
    exit(code) {
      post({ type: "exit-called", code: code ?? 0 });
      realProcessExit(code ?? 0);
    },
    cwd() {
      return "/";
    },
    memoryUsage: process.memoryUsage.bind(process),
  };
  for (const name of ["fetch", "WebSocket", "EventSource", "BroadcastChannel", "Worker", "SharedWorker"]) {
    try {
      delete globalThis[name];
    } catch {
      /* not configurable: leave it */
    }
  }
  Object.defineProperty(globalThis, "process", { value: fake, writable: false, configurable: false, enumerable: false });
}

function describeThrown(e) {
  const isError = e instanceof ErrorCtor;
  if (isError) {
    let stack;
    try {
      stack = String(e.stack ?? "");
    } catch {
      stack = "";
    }
    return { isError: true, name: String(e.name), message: String(e.message), stack };
  }
  let shown;
  try {
    shown = typeof e === "string" ? JSON.stringify(e) : String(e);
  } catch {
    shown = "(a value that cannot be shown)";
  }
  return { isError: false, name: typeof e, message: shown };
}

let exportsObject;

function load(code, filename) {
  lockDown();
  const script = new vm.Script(code, { filename });
  const mod = script.runInThisContext();
  exportsObject = mod ?? {};
  const names = [];
  for (const key of Object.keys(exportsObject)) names.push([key, typeof exportsObject[key]]);
  return names;
}

port.on("message", (msg) => {
  if (msg.type === "load") {
    try {
      post({ type: "loaded", exports: load(msg.code, msg.filename) });
    } catch (e) {
      post({ type: "load-error", thrown: describeThrown(e) });
    }
  } else if (msg.type === "batch") {
    // Results go back one message per call, as each finishes, so the grader can time each call.
    for (let index = 0; index < msg.calls.length; index++) {
      post({ type: "result", id: msg.id, index, ...runCall(msg.calls[index].fn, msg.calls[index].args) });
    }
  }
});

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
  // Returning an input (or one of its rows) itself, not a new array, is a mistake the grader names.
  let aliased;
  for (let i = 0; i < args.length && aliased === undefined; i++) {
    const a = args[i];
    if (a === null || typeof a !== "object") continue;
    if (value === a) aliased = { arg: i, part: false };
    else if (isArray(value) && isArray(a)) {
      for (const item of value) if (item !== null && typeof item === "object" && a.includes(item)) aliased = { arg: i, part: true };
    }
  }
  try {
    // Structured clone happens here, in the worker: a Proxy, a function or a class instance with
    // private state cannot be copied out, and getters run once, now.
    const copy = structuredClone({ value, argsAfter: args });
    return { kind: "returned", value: copy.value, argsAfter: copy.argsAfter, ms, aliased };
  } catch (e) {
    const what = typeof value === "function" ? "returned a function" : `returned a value that cannot be copied out of your code (${describeThrown(e).message})`;
    return { kind: "unclonable", message: `${what}; return plain numbers and arrays` };
  }
}

