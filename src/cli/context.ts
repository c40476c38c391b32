import { spawn } from "node:child_process";
import { fileLink, supportsHyperlinks } from "../render/hyperlink";
import { colorLevel, makeStyle, type Style } from "../render/style";

export interface PageOptions {
  /** false (--no-pager): print the text, whatever the terminal or the environment says. */
  pager?: boolean;
}

/** The pager command to use: LATUTOR_PAGER, else PAGER, else less; undefined when paging is off. */
export function pagerCommand(env: Record<string, string | undefined> = process.env): string | undefined {
  const pager = (env.LATUTOR_PAGER ?? env.PAGER ?? "less -R -F -X").trim();
  return pager === "" || pager === "cat" ? undefined : pager;
}

/**
 * Shows text through a pager (LATUTOR_PAGER, else PAGER, else `less -R -F -X`: colours kept, quits
 * at once when the text fits, leaves it on the screen) when stdout is a terminal and the text is
 * taller than it. Without a terminal, with --no-pager, or when no pager can start, the text is
 * simply printed. LATUTOR_PAGER=cat (or empty) turns paging off for latutor alone.
 */
export function page(text: string, tty: boolean, options: PageOptions = {}): Promise<void> {
  const body = text.endsWith("\n") ? text : text + "\n";
  const rows = process.stdout.rows || 24;
  const pager = pagerCommand();
  if (!tty || options.pager === false || body.split("\n").length <= rows || !pager) {
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

/** The width to wrap text to: the terminal's, else $COLUMNS, else 100 (a pipe, a file). */
export function terminalColumns(stream: { columns?: number } = process.stdout, env: Record<string, string | undefined> = process.env): number {
  const fromEnv = Number(env.COLUMNS);
  const columns = stream.columns || (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 100);
  return Math.max(20, columns);
}

/** What every command gets: where to write, how to style, whether a person is at a terminal. */
export interface Context {
  cwd: string;
  style: Style;
  /** Both stdin and stdout are terminals: prompts are allowed. */
  interactive: boolean;
  /** Width for reports and tables (at least 60). */
  width: number;
  /** The terminal's real width, for text that wraps (lessons). */
  columns: number;
  debug: boolean;
  /** The terminal shows hyperlinks (OSC 8). */
  links: boolean;
  out(text: string): void;
  err(text: string): void;
  /** Long text (a lesson): through a pager at a terminal when it is taller than the screen. */
  page(text: string, options?: PageOptions): Promise<void>;
  /** A file's name, clickable where the terminal supports hyperlinks. */
  fileLink(text: string, absolutePath: string): string;
}

export function makeContext(options: { color?: boolean; debug?: boolean; json?: boolean } = {}): Context {
  const level = options.json ? 0 : colorLevel(process.stdout, process.env, options.color);
  const links = !options.json && supportsHyperlinks(process.stdout, process.env);
  const columns = terminalColumns();
  return {
    cwd: process.cwd(),
    style: makeStyle(level),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) && !process.env.CI,
    width: Math.max(60, Math.min(columns, 120)),
    columns,
    debug: Boolean(options.debug),
    links,
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
    page: (text, pageOptions) => page(text, Boolean(process.stdout.isTTY) && !process.env.CI, pageOptions),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
    fileLink: (text, path) => fileLink(text, path, links),
  };
}
