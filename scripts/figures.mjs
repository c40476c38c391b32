// Rewrites every generated figure block of the lessons (```text figure <name>) with what its
// lesson's figure module (lessons/NN-topic.figures.ts) draws from the reference code now.
//   npm run figures [topic-id …]
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = JSON.parse(readFileSync(join(root, "course.json"), "utf8"));
const only = process.argv.slice(2);
const out = mkdtempSync(join(tmpdir(), "latutor-figures-"));
try {
  const bundle = async (entry, name) => {
    const file = join(out, `${name}.mjs`);
    await esbuild.build({ entryPoints: [entry], outfile: file, bundle: true, format: "esm", platform: "node", target: "node20", logLevel: "error", alias: { "latutor/kit": join(root, "src/grader/kit.ts") } });
    return import(pathToFileURL(file).href);
  };
  const { renderFigures } = await bundle(join(root, "src/course/figures.ts"), "figures-lib");
  for (const topic of manifest.topics) {
    if (only.length && !only.some((t) => topic.id.startsWith(t))) continue;
    const module = join(root, topic.lesson.replace(/\.md$/, ".figures.ts"));
    if (!existsSync(module)) continue;
    const draw = (await bundle(module, topic.id)).default;
    const path = join(root, topic.lesson);
    const before = readFileSync(path, "utf8");
    const after = renderFigures(before, draw);
    if (after !== before) writeFileSync(path, after);
    console.log(`${after === before ? "unchanged" : "rewrote  "} ${topic.lesson}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
