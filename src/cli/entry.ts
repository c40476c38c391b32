import { main } from "./main";
import { mark, reportTimings } from "../util/timing";

mark("cli loaded");
// With --debug, stack traces point into src/ (the build writes source maps beside dist/).
if (process.argv.includes("--debug")) process.setSourceMapsEnabled(true);

const code = await main(process.argv.slice(2));
// Exit once stdout has drained: a grader worker or esbuild's service must not keep latutor alive.
process.stdout.write("", () => {
  mark("done");
  reportTimings();
  process.exit(code);
});
