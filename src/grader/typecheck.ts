/**
 * Type checking on demand (`latutor check --typecheck`, and `verify`): the TypeScript compiler
 * on the learner's file against the workspace's tsconfig.json. Plain `check` never waits for it:
 * the compiler takes far longer to load than a check takes to run.
 */
import { existsSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

export interface TypeProblem {
  file: string;
  line: number;
  column: number;
  code: number;
  message: string;
}

/** Compiler options used when there is no tsconfig.json (a course's own stubs and solutions). */
const DEFAULTS = {
  target: "ES2022",
  module: "ESNext",
  moduleResolution: "Bundler",
  lib: ["ES2023"],
  types: [] as string[],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
};

export async function typecheck(files: string[], options: { tsconfig?: string; displayRoot: string }): Promise<TypeProblem[]> {
  const ts = (await import("typescript")).default;
  let compilerOptions: import("typescript").CompilerOptions;
  if (options.tsconfig && existsSync(options.tsconfig)) {
    const read = ts.readConfigFile(options.tsconfig, ts.sys.readFile);
    if (read.error) throw new Error(`${options.tsconfig}: ${ts.flattenDiagnosticMessageText(read.error.messageText, "\n")}`);
    compilerOptions = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(options.tsconfig)).options;
  } else {
    compilerOptions = ts.convertCompilerOptionsFromJson(DEFAULTS, options.displayRoot).options;
  }
  compilerOptions.noEmit = true;
  const program = ts.createProgram(files, compilerOptions);
  const wanted = new Set(files.map((f) => f.split(sep).join("/")));
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && (wanted.has(d.file.fileName) || !d.file.fileName.includes("node_modules")))
    .map((d) => {
      const { line, character } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
      return {
        file: relative(options.displayRoot, d.file!.fileName).split(sep).join("/"),
        line: line + 1,
        column: character + 1,
        code: d.code,
        message: ts.flattenDiagnosticMessageText(d.messageText, " "),
      };
    });
}

export const workspaceTsconfig = (root: string) => join(root, "tsconfig.json");
