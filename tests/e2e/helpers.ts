import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
export const BIN = join(ROOT, "bin", "latutor.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real latutor binary, without a terminal, the way a learner's shell or CI would. */
export function latutor(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  const base = { ...process.env };
  delete base.FORCE_COLOR;
  delete base.LATUTOR_ANSWERS;
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...base, NO_COLOR: "1", ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === "number" ? (error as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export const tempDir = (prefix = "latutor-e2e-") => mkdtempSync(join(tmpdir(), prefix));
