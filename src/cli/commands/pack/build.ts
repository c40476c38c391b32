import { resolve } from "node:path";
import { plural } from "../../../render/format";
import { archiveOfFolder, requirePackFolder } from "../../../pack/install";
import { sha256, PACK_EXTENSION } from "../../../pack/archive";
import { verifyPack, verifySeeds } from "../../../pack/verify";
import { ExitError, EXIT_FAILED } from "../../../util/errors";
import { writeFileAtomic } from "../../../util/fs";
import type { Handler } from "../../commands";

export const run: Handler = async ([dir], options, ctx) => {
  const folder = resolve(ctx.cwd, dir ?? ".");
  requirePackFolder(folder);
  const s = ctx.style;
  if (options.verify !== false) {
    const report = await verifyPack(folder, { seeds: verifySeeds(3) });
    if (!report.ok) {
      const first = report.problems[0] ?? report.exercises.find((r) => !r.ok)?.problems[0] ?? report.lessons.find((l) => l.problems.length)?.problems[0];
      ctx.err(`latutor: the pack does not verify, so it was not built: ${first ?? "see latutor pack verify"} (latutor pack verify ${dir ?? "."} shows every problem)`);
      return EXIT_FAILED;
    }
  }
  const { bytes, course } = archiveOfFolder(folder);
  const out = resolve(ctx.cwd, (options.output as string | undefined) ?? `${course.id}-${course.version}${PACK_EXTENSION}`);
  if (!out.endsWith(PACK_EXTENSION)) throw new ExitError(`--output: a pack file's name ends in ${PACK_EXTENSION}`);
  writeFileAtomic(out, bytes);
  ctx.out(`${s.green("✓")} built ${out} (${(bytes.length / 1024).toFixed(1)} KB)`);
  ctx.out(`  ${course.id} ${course.version}: ${plural(course.exercises.length, "exercise")} in ${plural(course.topics.length, "topic")}`);
  ctx.out(`  sha256 ${sha256(bytes)}`);
};
