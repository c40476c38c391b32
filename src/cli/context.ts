import { spawn } from "node:child_process";
import { colorLevel, makeStyle, type Style } from "../render/style";

/**
 * Shows text through $PAGER (default `less -R -F -X`: colours kept, quits at once when the text
 * fits, leaves it on the screen) when stdout is a terminal and the text is taller than it. Without
 * a terminal, or when no pager can start, the text is simply printed. PAGER=cat turns paging off.
 */
export function page(text: string, tty: boolean): Promise<void> {
  const body = text.endsWith("\n") ? text : text + "\n";
  const rows = process.stdout.rows || 24;
  const pager = process.env.LATUTOR_PAGER ?? process.env.PAGER ?? "less -R -F -X";
  if (!tty || body.split("\n").length <= rows || pager.trim() === "" || pager.trim() === "cat") {
    process.stdout.write(body);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const child = spawn(pager, { shell: true, stdio: ["pipe", "inherit", "inherit"] });
    let fellBack = false;
    const fallBack = () => {
      if (fellBack) return;
      fellBack = true;
      process.stdout.write(body);
      resolve();
    };
    child.on("error", fallBack);
    child.on("exit", (code) => (code === 127 ? fallBack() : resolve()));
    child.stdin.on("error", () => {}); // the reader quit early: fine
    child.stdin.end(body);
  });
}

/** What every command gets: where to write, how to style, whether a person is at a terminal. */
export interface Context {
  cwd: string;
  style: Style;
  /** Both stdin and stdout are terminals: prompts are allowed. */
  interactive: boolean;
  width: number;
  debug: boolean;
  out(text: string): void;
  err(text: string): void;
  /** Long text (a lesson): through a pager at a terminal when it is taller than the screen. */
  page(text: string): Promise<void>;
}

export function makeContext(options: { color?: boolean; debug?: boolean; json?: boolean } = {}): Context {
  const level = options.json ? 0 : colorLevel(process.stdout, process.env, options.color);
  return {
    cwd: process.cwd(),
    style: makeStyle(level),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) && !process.env.CI,
    width: Math.max(60, Math.min(process.stdout.columns || 100, 120)),
    debug: Boolean(options.debug),
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
    page: (text) => page(text, Boolean(process.stdout.isTTY) && !process.env.CI),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
  };
}
