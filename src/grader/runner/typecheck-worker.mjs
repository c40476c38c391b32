// The TypeScript compiler on a learner's files, in a worker thread with its own heap, stack and
// time limit (see typecheck.ts): a file that makes the compiler recurse without end or run for
// minutes costs this worker, never latutor's own process.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, relative, sep } from "node:path";
import { parentPort, workerData } from "node:worker_threads";

const { files, tsconfig, displayRoot, defaults } = workerData;
// require, not import(): imported as an ES module, Node first scans TypeScript's 9 MB of CommonJS
// for its exports (and for ES module syntax), which costs more than the type check of a course.
const ts = createRequire(import.meta.url)("typescript");
let compilerOptions;
if (tsconfig && existsSync(tsconfig)) {
  const read = ts.readConfigFile(tsconfig, ts.sys.readFile);
  if (read.error) throw new Error(`${tsconfig}: ${ts.flattenDiagnosticMessageText(read.error.messageText, "\n")}`);
  compilerOptions = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(tsconfig)).options;
} else {
  compilerOptions = ts.convertCompilerOptionsFromJson(defaults, displayRoot).options;
}
compilerOptions.noEmit = true;
const program = ts.createProgram(files, compilerOptions);
const wanted = new Set(files.map((f) => f.split(sep).join("/")));
const problems = ts
  .getPreEmitDiagnostics(program)
  .filter((d) => d.file && (wanted.has(d.file.fileName) || !d.file.fileName.includes("node_modules")))
  .map((d) => {
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    return {
      file: relative(displayRoot, d.file.fileName).split(sep).join("/"),
      line: line + 1,
      column: character + 1,
      code: d.code,
      message: ts.flattenDiagnosticMessageText(d.messageText, " ").slice(0, 2000),
    };
  });
parentPort.postMessage(problems);
