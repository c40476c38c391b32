/**
 * Terminal hyperlinks (OSC 8): a file name the learner can click to open. Only where the terminal
 * is known to understand them; elsewhere the escape would either be shown as garbage or swallowed
 * with the text, so the plain name is printed. FORCE_HYPERLINK=1 (or 0) overrides the guess.
 */
import { pathToFileURL } from "node:url";

type Env = Record<string, string | undefined>;

const atLeast = (version: string | undefined, major: number, minor = 0): boolean => {
  const m = /^(\d+)(?:\.(\d+))?/.exec(version ?? "");
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2] ?? 0)];
  return a > major || (a === major && b >= minor);
};

export function supportsHyperlinks(stream: { isTTY?: boolean }, env: Env = process.env): boolean {
  const forced = env.FORCE_HYPERLINK;
  if (forced !== undefined && forced !== "") return !/^(0|false|no)$/i.test(forced);
  if (!stream.isTTY || env.CI || env.TERM === "dumb") return false;
  // tmux and screen pass the escape on only when configured to: the plain name is safer there.
  if (env.TMUX || env.STY) return false;
  if (env.WT_SESSION || env.DOMTERM || env.KITTY_WINDOW_ID || env.WEZTERM_EXECUTABLE) return true;
  if (env.VTE_VERSION && Number(env.VTE_VERSION) >= 5000) return true;
  if (env.KONSOLE_VERSION && Number(env.KONSOLE_VERSION) >= 201200) return true;
  switch (env.TERM_PROGRAM) {
    case "iTerm.app":
      return atLeast(env.TERM_PROGRAM_VERSION, 3, 1);
    case "vscode":
      return atLeast(env.TERM_PROGRAM_VERSION, 1, 72);
    case "WezTerm":
    case "ghostty":
      return true;
  }
  return env.TERM === "xterm-kitty" || env.TERM === "alacritty" || env.TERM === "foot" || env.TERM === "xterm-ghostty";
}

/** `text` as a link to `url` (OSC 8, ended with ST). */
export function hyperlink(text: string, url: string): string {
  return `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;
}

/** `text` as a link to the file at absolute `path` when links are on, else `text` alone. */
export function fileLink(text: string, path: string, on: boolean): string {
  return on ? hyperlink(text, pathToFileURL(path).href) : text;
}
