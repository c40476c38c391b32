import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { listenForKeys } from "../../src/cli/raw-keys";

/** A stand-in for a terminal's stdin that records what was done to it. */
function fakeTerminal(isTTY = true) {
  const stdin = new EventEmitter() as EventEmitter & { isTTY: boolean; isRaw: boolean; modes: boolean[]; paused: boolean; setRawMode(v: boolean): void; resume(): void; pause(): void };
  stdin.isTTY = isTTY;
  stdin.isRaw = false;
  stdin.modes = [];
  stdin.paused = true;
  stdin.setRawMode = (v: boolean) => {
    stdin.isRaw = v;
    stdin.modes.push(v);
  };
  stdin.resume = () => void (stdin.paused = false);
  stdin.pause = () => void (stdin.paused = true);
  return stdin;
}

describe("single keys from the terminal", () => {
  it("takes the terminal in raw mode, hands keys over one by one, and gives it back as it was", () => {
    const t = fakeTerminal();
    const keys: string[] = [];
    const exitListeners = process.listenerCount("exit");
    const l = listenForKeys((k) => keys.push(k), t as unknown as NodeJS.ReadStream);
    expect(l.active).toBe(true);
    expect(t.isRaw).toBe(true);
    expect(t.paused).toBe(false);
    expect(process.listenerCount("exit")).toBe(exitListeners + 1);
    t.emit("data", Buffer.from("hq\u001b[A"));
    expect(keys).toEqual(["h", "q", "\u001b[A"]);
    l.stop();
    expect(t.isRaw).toBe(false);
    expect(t.paused).toBe(true);
    expect(t.listenerCount("data")).toBe(0);
    expect(process.listenerCount("exit")).toBe(exitListeners);
    l.stop(); // twice is harmless
    expect(t.modes).toEqual([true, false]);
  });

  it("gives the terminal back while suspended (a pager, Ctrl-Z) and takes it again", () => {
    const t = fakeTerminal();
    const keys: string[] = [];
    const l = listenForKeys((k) => keys.push(k), t as unknown as NodeJS.ReadStream);
    l.suspend();
    expect(t.isRaw).toBe(false);
    t.emit("data", "h");
    expect(keys).toEqual([]);
    l.resume();
    expect(t.isRaw).toBe(true);
    t.emit("data", "h");
    expect(keys).toEqual(["h"]);
    l.stop();
  });

  it("restores the terminal when the process exits while keys are on (an uncaught error, process.exit)", () => {
    const t = fakeTerminal();
    const l = listenForKeys(() => {}, t as unknown as NodeJS.ReadStream);
    const handlers = process.listeners("exit");
    const mine = handlers[handlers.length - 1] as () => void;
    mine();
    expect(t.isRaw).toBe(false);
    l.stop();
  });

  it("does nothing without a terminal: the watch runs without keys", () => {
    const t = fakeTerminal(false);
    const l = listenForKeys(() => {}, t as unknown as NodeJS.ReadStream);
    expect(l.active).toBe(false);
    expect(t.modes).toEqual([]);
    expect(t.listenerCount("data")).toBe(0);
  });
});
