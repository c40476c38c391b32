/**
 * Single keys from the terminal, for `latutor watch`: stdin in raw mode, only when it is a
 * terminal. The terminal is always given back as it was: on stop, on Ctrl-C (which arrives as a
 * key in raw mode), on SIGTERM, on an uncaught error, on any exit.
 */
import { splitKeys } from "../workspace/watch-keys";

export interface KeyListener {
  /** Keys are read (false without a terminal: the watch still works, without keys). */
  readonly active: boolean;
  /** Gives the terminal back for a while (a pager, an editor, Ctrl-Z), and takes it again. */
  suspend(): void;
  resume(): void;
  stop(): void;
}

export function listenForKeys(onKey: (key: string) => void, stdin: NodeJS.ReadStream = process.stdin): KeyListener {
  if (!stdin.isTTY || typeof stdin.setRawMode !== "function") {
    return { active: false, suspend() {}, resume() {}, stop() {} };
  }
  const wasRaw = stdin.isRaw;
  const onData = (data: Buffer | string) => {
    for (const key of splitKeys(typeof data === "string" ? data : data.toString("utf8"))) onKey(key);
  };
  let taken = false;
  const take = () => {
    if (taken) return;
    taken = true;
    stdin.setRawMode(true);
    stdin.on("data", onData);
    stdin.resume();
  };
  const giveBack = () => {
    if (!taken) return;
    taken = false;
    stdin.off("data", onData);
    try {
      stdin.setRawMode(wasRaw);
    } catch {
      /* the terminal is gone */
    }
    stdin.pause();
  };
  // The last line of defence: whatever ends the process, the terminal is restored first.
  const onExit = () => giveBack();
  process.on("exit", onExit);
  take();
  return {
    active: true,
    suspend: giveBack,
    resume: take,
    stop() {
      giveBack();
      process.off("exit", onExit);
    },
  };
}
