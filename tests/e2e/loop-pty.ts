/**
 * A pseudo-terminal for the end-to-end tests of what only happens at a terminal (watch's keys,
 * the menu): the command runs with a real pty as its stdin and stdout, the test types keys and
 * reads the screen's bytes. It needs python3 (its pty module) or util-linux's `script`; with
 * neither, the tests that need it are skipped, saying why. No native npm package is involved.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const DRIVER = `
import os, pty, sys, select, fcntl, termios, struct
rows, cols = int(sys.argv[1]), int(sys.argv[2])
argv = sys.argv[3:]
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    os.execvp(argv[0], argv)
stdin = sys.stdin.fileno()
reading = [fd, stdin]
while True:
    r, _, _ = select.select(reading, [], [], 0.05)
    if fd in r:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        os.write(1, data)
    if stdin in r:
        data = os.read(stdin, 4096)
        if data:
            os.write(fd, data)
        else:
            reading = [fd]
_, status = os.waitpid(pid, 0)
sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))
`;

function has(command: string, args: string[]): boolean {
  const r = spawnSync(command, args, { stdio: "ignore", timeout: 10_000 });
  return r.status === 0;
}

/** How to make a pty here, or why there is none. */
export const ptyTool: { kind: "python3" | "script"; why?: undefined } | { kind: "none"; why: string } = has("python3", ["-c", "import pty, termios, fcntl"])
  ? { kind: "python3" }
  : has("script", ["--version"])
    ? { kind: "script" }
    : { kind: "none", why: "no pseudo-terminal tool on this machine (neither python3 with its pty module nor util-linux's script)" };

export interface Pty {
  /** Everything the program wrote to the terminal so far. */
  readonly output: () => string;
  /** Output after the last mark(). */
  readonly since: () => string;
  mark(): void;
  type(keys: string): void;
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  exited: Promise<number | null>;
  kill(): void;
}

/** Runs a shell command line in a new pty (rows × cols), in `cwd` with `env`. */
export function openPty(commandLine: string, cwd: string, env: NodeJS.ProcessEnv, size = { rows: 40, cols: 120 }): Pty {
  let child: ChildProcess;
  if (ptyTool.kind === "python3") {
    const driver = join(mkdtempSync(join(tmpdir(), "latutor-pty-")), "latutor_pty_driver.py");
    writeFileSync(driver, DRIVER);
    child = spawn("python3", [driver, String(size.rows), String(size.cols), "/bin/sh", "-c", commandLine], { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
  } else if (ptyTool.kind === "script") {
    child = spawn("script", ["-q", "-f", "-e", "-c", `stty rows ${size.rows} cols ${size.cols}; ${commandLine}`, "/dev/null"], { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
  } else {
    throw new Error(ptyTool.why);
  }
  let out = "";
  let markAt = 0;
  child.stdout!.on("data", (d: Buffer) => (out += d.toString("utf8")));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString("utf8")));
  let ended = false;
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      ended = true;
      resolve(code);
    }),
  );
  return {
    output: () => out,
    since: () => out.slice(markAt),
    mark() {
      markAt = out.length;
    },
    type(keys: string) {
      child.stdin!.write(keys);
    },
    waitFor(pattern: RegExp, ms = 45_000) {
      return new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const tick = setInterval(() => {
          if (pattern.test(out.slice(markAt))) {
            clearInterval(tick);
            resolve();
          } else if (Date.now() - started > ms || ended) {
            clearInterval(tick);
            reject(new Error(`${ended ? "the terminal closed" : "timed out"} waiting for ${pattern}; output since the mark:\n${out.slice(markAt).slice(-3000)}`));
          }
        }, 30);
      });
    },
    exited,
    kill() {
      child.kill("SIGKILL");
    },
  };
}

/** The environment for a program at a terminal: no colours (plain text to match), not in CI, a plain terminal type. */
export function terminalEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", TERM: "xterm", LATUTOR_PAGER: "cat", ...extra };
  for (const name of ["CI", "FORCE_COLOR", "LATUTOR_ANSWERS", "TMUX", "FORCE_HYPERLINK"]) delete env[name];
  return env;
}

/** The terminal's line settings as `stty -a` printed them after the program ended: canonical input and echo back on. */
export function terminalRestored(sttyOutput: string): boolean {
  const words = sttyOutput.split(/[\s;]+/);
  return words.includes("icanon") && words.includes("echo") && words.includes("isig");
}
