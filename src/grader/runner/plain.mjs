// What a learner's function may hand back to latutor: plain numbers, strings, booleans, null and
// undefined, dense arrays and plain objects, bounded in depth, entries and characters. The runner
// copies every result through toPlain before it leaves the learner's process (so a cyclic, huge,
// sparse or exotic value never travels), and the grader checks what arrives again (so even a
// runner subverted from inside cannot send something that stalls or crashes latutor).
// Plain JavaScript, loaded by both processes; it uses only intrinsics captured when it loads, so
// learner code that patches Array.prototype or globalThis later cannot change what it does.
import { types } from "node:util";

export const LIMITS = Object.freeze({ DEPTH: 64, ENTRIES: 1_000_000, OBJECTS: 100_000, CHARS: 1_000_000, MESSAGE: 2_000, STACK: 4_000 });

const isArray = Array.isArray;
const isProxy = types.isProxy;
const isView = ArrayBuffer.isView;
const getProto = Object.getPrototypeOf;
const ownKeys = Object.keys;
const apply = Reflect.apply;
const defineProperty = Object.defineProperty;
const has = Reflect.has;
const objectToString = Object.prototype.toString;
const ObjectProto = Object.prototype;
const ErrorCtor = Error;

/** A value that is not plain data; its message completes "returned …". */
export class Unplain extends ErrorCtor {}

const count = (n) => {
  // Digits grouped by thousands, without locale methods learner code could patch.
  let s = "" + n;
  for (let i = s.length - 3; i > 0; i -= 3) s = s.slice(0, i) + "," + s.slice(i);
  return s;
};

/** A plain-data copy of `value`, or throws Unplain saying what it was, in a few words. */
export function toPlain(value, limits = LIMITS) {
  const budget = { entries: 0, chars: 0, objects: 0 };
  // The arrays and objects from the root down to the current one (at most DEPTH): a value that is
  // one of its own ancestors makes a cycle.
  const path = [];
  const spend = (n) => {
    budget.entries += n;
    if (budget.entries > limits.ENTRIES) throw new Unplain(`a result with more than ${count(limits.ENTRIES)} entries in all (does it repeat or share huge arrays?)`);
  };
  const walk = (v, depth) => {
    switch (typeof v) {
      case "number":
      case "boolean":
      case "undefined":
        return v;
      case "string":
        budget.chars += v.length;
        if (budget.chars > limits.CHARS) throw new Unplain(`a string of ${count(v.length)} characters`);
        return v;
      case "bigint":
        throw new Unplain("a BigInt; return plain numbers (Number(x))");
      case "symbol":
        throw new Unplain("a Symbol");
      case "function":
        throw new Unplain("a function");
    }
    if (v === null) return null;
    if (isProxy(v)) throw new Unplain("a Proxy; return plain arrays and objects");
    let cyclic = false;
    for (let k = 0; k < depth; k++) if (path[k] === v) cyclic = true;
    if (cyclic) throw new Unplain(isArray(v) ? "a cyclic array (an array that contains itself)" : "a cyclic object (an object that contains itself)");
    if (depth >= limits.DEPTH) throw new Unplain(`arrays or objects nested more than ${limits.DEPTH} deep`);
    if (isView(v)) throw new Unplain(`a ${apply(objectToString, v, []).slice(8, -1)}; return a plain array (Array.from(x))`);
    if (++budget.objects > limits.OBJECTS) throw new Unplain(`more than ${count(limits.OBJECTS)} arrays and objects in all (does it repeat or share arrays?)`);
    path[depth] = v;
    {
      if (isArray(v)) {
        const n = v.length;
        if (n > limits.ENTRIES) throw new Unplain(`an array of length ${count(n)}`);
        spend(n);
        const out = [];
        for (let i = 0; i < n; i++) {
          if (!has(v, i)) throw new Unplain(`a sparse array (length ${count(n)}, nothing at index ${i}); fill every entry`);
          out[i] = walk(v[i], depth + 1);
        }
        return out;
      }
      const proto = getProto(v);
      if (proto !== ObjectProto && proto !== null) {
        const tag = apply(objectToString, v, []).slice(8, -1);
        if (tag !== "Object") throw new Unplain(`a ${tag}; return plain arrays and objects`);
      }
      const keys = ownKeys(v);
      spend(keys.length);
      const out = {};
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        budget.chars += key.length;
        if (budget.chars > limits.CHARS) throw new Unplain(`an object key of ${count(key.length)} characters`);
        // A key like "__proto__" must become an own property of the copy, not its prototype.
        defineProperty(out, key, { value: walk(v[key], depth + 1), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
  };
  return walk(value, 0);
}
