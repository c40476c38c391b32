import { createRequire } from "node:module";
import { plural } from "../../../render/format";
import { installPack } from "../../../pack/install";
import { ExitError } from "../../../util/errors";
import type { Handler } from "../../commands";

const semverLess = (a: string, b: string) => (createRequire(import.meta.url)("semver/functions/lt") as (x: string, y: string) => boolean)(a, b);

export const run: Handler = async ([source], options, ctx) => {
  const digest = options.sha256 as string | undefined;
  if (digest !== undefined && !/^[0-9a-fA-F]{64}$/.test(digest)) throw new ExitError(`--sha256 takes the 64 hexadecimal digits of a sha256, got "${digest}"`);
  const r = await installPack(source, { sha256: digest });
  const s = ctx.style;
  const what = `${r.pack.name} ${r.pack.version}`;
  if (r.unchanged) ctx.out(`${s.green("✓")} ${what} is already installed (same archive, sha256 ${r.pack.digest.slice(0, 12)}…)`);
  else if (r.previous && semverLess(r.pack.version, r.previous.version)) ctx.out(`${s.yellow("!")} replaced ${r.pack.name} ${r.previous.version} with the older ${r.pack.version}: workspaces that follow it go back to it when they next run latutor (their files are kept)`);
  else if (r.previous) ctx.out(`${s.green("✓")} updated ${r.pack.name} from ${r.previous.version} to ${r.pack.version}: workspaces that follow it are brought up to date when they next run latutor (your files are kept)`);
  else ctx.out(`${s.green("✓")} installed ${what}: ${r.course.title} (${plural(r.course.exercises.length, "exercise")} in ${plural(r.course.topics.length, "topic")})`);
  ctx.out(`  sha256 ${r.pack.digest}`);
  if (!r.previous) ctx.out(`  start it with: ${s.cyan(`latutor init <dir> --pack ${r.pack.name}`)}`);
};
