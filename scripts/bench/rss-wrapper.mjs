// Runs a Node script in this process and, when it exits, writes this process's peak resident
// memory (kilobytes) to a file: the fallback of npm run bench where GNU time is not installed.
// Usage: node rss-wrapper.mjs <out-file> <script> [args...]
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [out, script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on("exit", () => {
  writeFileSync(out, String(process.resourceUsage().maxRSS));
});
await import(pathToFileURL(resolve(script)).href);
