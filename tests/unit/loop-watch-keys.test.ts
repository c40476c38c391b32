import { describe, expect, it } from "vitest";
import { CTRL_C, CTRL_D, CTRL_Z, initialKeyState, onKey, splitKeys, type KeyState } from "../../src/workspace/watch-keys";

const kinds = (state: KeyState, key: string) => onKey(state, key).actions.map((a) => a.kind);

describe("watch keys", () => {
  const failing = initialKeyState(false);
  const passing = initialKeyState(true);

  it("maps each key to its action", () => {
    expect(kinds(passing, "n")).toEqual(["next"]);
    expect(kinds(failing, "h")).toEqual(["hint"]);
    expect(kinds(failing, "l")).toEqual(["list"]);
    expect(kinds(failing, "r")).toEqual(["rerun"]);
    expect(kinds(failing, "c")).toEqual(["challenges"]);
    expect(kinds(passing, "s")).toEqual(["solution"]);
    expect(kinds(failing, "x")).toEqual(["ask-reset"]);
    expect(kinds(failing, "q")).toEqual(["quit"]);
    expect(kinds(failing, "?")).toEqual(["help"]);
    expect(kinds(failing, CTRL_Z)).toEqual(["suspend"]);
  });

  it("takes capital letters too (caps lock)", () => {
    expect(kinds(failing, "H")).toEqual(["hint"]);
    expect(kinds(failing, "Q")).toEqual(["quit"]);
  });

  it("n and s wait for a pass", () => {
    expect(onKey(failing, "n").actions).toEqual([{ kind: "needs-pass", key: "n" }]);
    expect(onKey(failing, "s").actions).toEqual([{ kind: "needs-pass", key: "s" }]);
  });

  it("reset asks first: y resets, any other key cancels, and the question is then over", () => {
    const asked = onKey(failing, "x");
    expect(asked.state.confirmingReset).toBe(true);
    const yes = onKey(asked.state, "y");
    expect(yes.actions).toEqual([{ kind: "reset" }]);
    expect(yes.state.confirmingReset).toBe(false);
    const no = onKey(asked.state, "n");
    expect(no.actions).toEqual([{ kind: "reset-cancelled" }]);
    expect(no.state.confirmingReset).toBe(false);
    // q while asked cancels the reset; it does not quit.
    expect(kinds(asked.state, "q")).toEqual(["reset-cancelled"]);
    // After the answer, keys mean what they always mean.
    expect(kinds(no.state, "h")).toEqual(["hint"]);
  });

  it("Ctrl-C and Ctrl-D quit, even while a question is open", () => {
    expect(kinds(failing, CTRL_C)).toEqual(["quit"]);
    expect(kinds(failing, CTRL_D)).toEqual(["quit"]);
    const asked = onKey(failing, "x").state;
    const r = onKey(asked, CTRL_C);
    expect(r.actions).toEqual([{ kind: "quit" }]);
    expect(r.state.confirmingReset).toBe(false);
  });

  it("ignores other keys, arrows and Enter, quietly", () => {
    for (const key of ["\r", " ", "z", "\u001b[A", "\u001b", "é"]) expect(kinds(failing, key)).toEqual([]);
  });

  it("never changes the pass flag itself", () => {
    for (const key of ["n", "h", "l", "r", "c", "s", "x", "q", "?"]) expect(onKey(passing, key).state.passed).toBe(true);
  });
});

describe("splitting terminal input into keys", () => {
  it("splits single characters, one key each", () => {
    expect(splitKeys("hln")).toEqual(["h", "l", "n"]);
  });

  it("keeps escape sequences whole, so an arrow is not read as the letters inside it", () => {
    expect(splitKeys("\u001b[Ah\u001b[1;5C\u001bOPq")).toEqual(["\u001b[A", "h", "\u001b[1;5C", "\u001bOP", "q"]);
    expect(splitKeys("\u001b")).toEqual(["\u001b"]);
    expect(splitKeys("\u001b[")).toEqual(["\u001b["]);
  });

  it("keeps a character outside the BMP whole", () => {
    expect(splitKeys("😀q")).toEqual(["😀", "q"]);
  });

  it("passes control keys through", () => {
    expect(splitKeys(`${CTRL_C}x`)).toEqual([CTRL_C, "x"]);
  });
});
