import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { newPackFiles } from "../../../pack/template";
import { RESERVED } from "../../../pack/verify";
import { ExitError } from "../../../util/errors";
import type { Handler } from "../../commands";

export const run: Handler = async ([dir], _options, ctx) => {
  const root = resolve(ctx.cwd, dir);
  if (existsSync(root) && readdirSync(root).length) throw new ExitError(`${dir} is not empty: latutor pack new makes a pack in a new or empty folder`);
  const name = basename(root).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "my-pack";
  if (name === RESERVED) throw new ExitError(`${RESERVED} is the built-in course's name: give the pack's folder another name`);
  const files = newPackFiles(name);
  for (const [rel, text] of files) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { flag: "wx" });
  }
  const s = ctx.style;
  ctx.out(`${s.green("✓")} a new pack "${name}" in ${root}: one topic, one exercise (centroid), ${files.size} files`);
  ctx.out(`  edit course.json, then: ${s.cyan(`latutor pack verify ${dir}`)} and ${s.cyan(`latutor pack build ${dir}`)} (docs/authoring.md explains every file)`);
};
