import { Chalk, type ChalkInstance } from "chalk";

/**
 * Colours only for a terminal: none when the stream is not a TTY (pipes, CI, --json), when
 * NO_COLOR is set (any value), or with --no-color. FORCE_COLOR=1..3 forces them on.
 */
export function colorLevel(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env, flag?: boolean): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") {
    const n = Number(env.FORCE_COLOR);
    return (n >= 1 && n <= 3 ? n : 1) as 1 | 2 | 3;
  }
  if (env.NO_COLOR !== undefined) return 0;
  if (!stream.isTTY) return 0;
  if (env.TERM === "dumb") return 0;
  return env.COLORTERM === "truecolor" ? 3 : 2;
}

export function makeStyle(level: 0 | 1 | 2 | 3): ChalkInstance {
  return new Chalk({ level });
}

export type Style = ChalkInstance;
