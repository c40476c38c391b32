// Builds latutor into dist/: the CLI (split so each command loads only its own code), the
// grader's worker script, and the built-in course's hidden specs and reference solutions
// (compiled ahead of time so that `latutor check` never transpiles them).
import { cpSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export async function build({ quiet = false } = {}) {
  const started = performance.now();
  const manifest = JSON.parse(readFileSync(join(root, "course.json"), "utf8"));
  // kit: the public authoring API (import "latutor/kit"), for instructors' packs.
  // pool-worker: the worker thread of `latutor grade` and of pack verification.
  const entryPoints = { cli: join(root, "src/cli/entry.ts"), kit: join(root, "src/grader/kit.ts"), "pool-worker": join(root, "src/grader/pool-worker.ts") };
  for (const topic of manifest.topics) {
    for (const e of topic.exercises) {
      for (const [field, fallback] of [
        ["solution", `solutions/${topic.id}/${e.id}.ts`],
        ["spec", `tests/specs/${topic.id}/${e.id}.spec.ts`],
      ]) {
        const rel = e[field] ?? fallback;
        entryPoints[`course/${rel.replace(/\.ts$/, "")}`] = join(root, rel);
      }
    }
  }
  const dist = join(root, "dist");
  rmSync(dist, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: dist,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    chunkNames: "chunks/[name]-[hash]",
    external: ["esbuild", "typescript"],
    // Specs import the public authoring API by its package name; in the built course it is the same
    // module as the grader's own (one Mismatch class, one set of arbitraries).
    alias: { "latutor/kit": join(root, "src/grader/kit.ts") },
    // Bundled CommonJS dependencies may require() Node built-ins.
    banner: { js: 'import { createRequire as __latutorCreateRequire } from "node:module"; const require = __latutorCreateRequire(import.meta.url);' },
    logLevel: quiet ? "error" : "warning",
    legalComments: "none",
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: "linked",
  });
  mkdirSync(join(dist, "runner"), { recursive: true });
  for (const file of ["runner.mjs", "plain.mjs", "typecheck-worker.mjs"]) cpSync(join(root, "src/grader/runner", file), join(dist, "runner", file));
  if (!quiet) console.log(`built dist/ in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await build();
}
