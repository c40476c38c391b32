#!/usr/bin/env node
// latutor's launcher: runs the built CLI, building it first if dist/ is missing (e.g. a clone
// whose install skipped the prepare step).
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write("latutor: building (first run)…\n");
  const { build } = await import("../scripts/build.mjs");
  await build({ quiet: true });
}
await import(cli.href);
