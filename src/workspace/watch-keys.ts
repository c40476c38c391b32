/**
 * The keys of `latutor watch`, as a pure reducer: the watch's state and one key in, the new state
 * and what to do out. Nothing here touches a terminal or a file, so every key is unit-tested.
 */

export interface KeyState {
  /** The last verdict of the watched exercise (or its recorded status) is a pass. */
  passed: boolean;
  /** `x` was pressed: the next key answers "reset it?". */
  confirmingReset: boolean;
}

export type KeyAction =
  | { kind: "next" }
  | { kind: "hint" }
  | { kind: "list" }
  | { kind: "rerun" }
  | { kind: "challenges" }
  | { kind: "solution" }
  | { kind: "ask-reset" }
  | { kind: "reset" }
  | { kind: "reset-cancelled" }
  | { kind: "quit" }
  | { kind: "suspend" }
  | { kind: "help" }
  /** A key that waits for a pass (n, s) pressed before one. */
  | { kind: "needs-pass"; key: "n" | "s" };

export const CTRL_C = "\u0003";
export const CTRL_D = "\u0004";
export const CTRL_Z = "\u001a";

export const initialKeyState = (passed = false): KeyState => ({ passed, confirmingReset: false });

export function onKey(state: KeyState, key: string): { state: KeyState; actions: KeyAction[] } {
  // Ctrl-C and Ctrl-D always end the watch, even in the middle of a question.
  if (key === CTRL_C || key === CTRL_D) return { state: { ...state, confirmingReset: false }, actions: [{ kind: "quit" }] };
  if (state.confirmingReset) {
    const yes = key === "y" || key === "Y";
    return { state: { ...state, confirmingReset: false }, actions: [yes ? { kind: "reset" } : { kind: "reset-cancelled" }] };
  }
  const k = key.length === 1 ? key.toLowerCase() : key;
  switch (k) {
    case "n":
      return { state, actions: [state.passed ? { kind: "next" } : { kind: "needs-pass", key: "n" }] };
    case "s":
      return { state, actions: [state.passed ? { kind: "solution" } : { kind: "needs-pass", key: "s" }] };
    case "h":
      return { state, actions: [{ kind: "hint" }] };
    case "l":
      return { state, actions: [{ kind: "list" }] };
    case "r":
      return { state, actions: [{ kind: "rerun" }] };
    case "c":
      return { state, actions: [{ kind: "challenges" }] };
    case "x":
      return { state: { ...state, confirmingReset: true }, actions: [{ kind: "ask-reset" }] };
    case "q":
      return { state, actions: [{ kind: "quit" }] };
    case CTRL_Z:
      return { state, actions: [{ kind: "suspend" }] };
    case "?":
      return { state, actions: [{ kind: "help" }] };
    default:
      // Enter, space, arrows and the rest: nothing, quietly (a stray key must not scroll the report away).
      return { state, actions: [] };
  }
}

/**
 * The keys in one chunk a terminal sent: single characters, with escape sequences (arrows, function
 * keys: ESC [ … final, ESC O x) kept whole so that they are not read as the letters inside them.
 */
export function splitKeys(data: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < data.length; ) {
    if (data[i] === "\u001b") {
      let j = i + 1;
      if (data[j] === "[") {
        j++;
        while (j < data.length && !/[\u0040-\u007e]/.test(data[j])) j++;
        j++;
      } else if (data[j] === "O") {
        j += 2;
      }
      keys.push(data.slice(i, Math.min(j, data.length)));
      i = Math.min(j, data.length);
      continue;
    }
    // A character outside the BMP is two code units: one key.
    const cp = data.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    keys.push(data.slice(i, i + len));
    i += len;
  }
  return keys;
}
