#!/usr/bin/env node
// latutor's launcher: runs the built CLI, building it first if dist/ is missing (e.g. a clone
// whose install skipped the prepare step). In a clone whose dependencies are not installed yet it
// says so in one line instead of a stack trace.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
const notInstalled = (error) => error?.code === "ERR_MODULE_NOT_FOUND" && /Cannot find package '([^']+)'/.test(String(error.message));
try {
  if (!existsSync(cli)) {
    const { build } = await import("../scripts/build.mjs");
    process.stderr.write("latutor: building (first run)…\n");
    await build({ quiet: true });
  }
  await import(cli.href);
} catch (error) {
  if (!notInstalled(error)) throw error;
  const name = /Cannot find package '([^']+)'/.exec(String(error.message))[1];
  process.stderr.write(`latutor: its dependencies are not installed (${name} is missing): run npm ci in ${new URL("..", import.meta.url).pathname} first\n`);
  process.exit(2);
}
