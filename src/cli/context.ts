import { colorLevel, makeStyle, type Style } from "../render/style";

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
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
  };
}
