/** Opening a file in the learner's own editor ($VISUAL, else $EDITOR), as git and crontab do. */
import { spawn } from "node:child_process";

type Env = Record<string, string | undefined>;

/** The editor command the learner chose, or undefined when none is set. */
export function editorCommand(env: Env = process.env): string | undefined {
  for (const name of ["VISUAL", "EDITOR"]) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * The program and arguments that open `file` with `editor`. The editor setting is a shell command
 * (it may carry options: "code --wait", "emacs -nw"), so a POSIX shell runs it, with the file as
 * its first argument: no quoting of the file's name can go wrong.
 */
export function editorInvocation(editor: string, file: string, platform: NodeJS.Platform = process.platform): { command: string; args: string[]; shell: boolean } {
  if (platform === "win32") return { command: `${editor} "${file.replace(/"/g, '\\"')}"`, args: [], shell: true };
  return { command: "/bin/sh", args: ["-c", `${editor} "$1"`, "latutor-open", file], shell: false };
}

/** Runs the editor on `file`, attached to this terminal, and resolves with its exit code. */
export function openInEditor(editor: string, file: string): Promise<number> {
  const { command, args, shell } = editorInvocation(editor, file);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", shell });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}
