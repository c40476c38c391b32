import { main } from "./main";

const code = await main(process.argv.slice(2));
// Exit once stdout has drained: a grader worker or esbuild's service must not keep latutor alive.
process.stdout.write("", () => process.exit(code));
