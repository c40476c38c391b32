import nodeModule from "node:module";
import { DEFAULT_MEMORY_LIMIT_MB } from "../course/defaults";
import { prestartRunner } from "../grader/runner-process";
import { mark, reportTimings } from "../util/timing";

// On Node ≥ 22.1, V8's compiled code for latutor's modules is kept on disk between runs (Node's own
// compile cache): parsing them is a large part of a check's start-up. Older Nodes have no such
// cache for ES modules, and skip this.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// A command that grades boots the process that runs learner code first of all, before the CLI
// itself loads: booting it takes about as long as Node itself, and it boots on the other core while
// this one loads the CLI, the course and the grader. (A command that ends without grading discards it.)
const GRADING_COMMANDS = new Set(["check", "try", "watch"]);
const argv = process.argv.slice(2);
const command = argv.find((a) => !a.startsWith("-"));
if (command && GRADING_COMMANDS.has(command) && !argv.includes("--help") && !argv.includes("-h")) prestartRunner({ memoryLimitMb: DEFAULT_MEMORY_LIMIT_MB });
mark("runner started");

const { main } = await import("./main");
mark("cli loaded");
// With --debug, stack traces point into src/ (the build writes source maps beside dist/).
if (process.argv.includes("--debug")) process.setSourceMapsEnabled(true);

const code = await main(argv);
// Exit once stdout has drained: a grader worker or esbuild's service must not keep latutor alive.
process.stdout.write("", () => {
  mark("done");
  reportTimings();
  process.exit(code);
});
