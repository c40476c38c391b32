import { loadBuiltinCourse } from "../../../course/builtin";
import { listInstalled } from "../../../pack/store";
import { findWorkspace } from "../../../workspace/workspace";
import type { Handler } from "../../commands";

export const run: Handler = async (_args, options, ctx) => {
  const builtin = loadBuiltinCourse({ checkFiles: false });
  const here = (() => {
    try {
      return findWorkspace(ctx.cwd)?.info.course;
    } catch {
      return undefined;
    }
  })();
  const rows = [
    { name: builtin.id, version: builtin.version, kind: "built-in", digest: undefined as string | undefined, installedAt: undefined as string | undefined },
    ...listInstalled().map((p) => ({ name: p.name, version: p.version, kind: "pack", digest: p.digest, installedAt: p.installedAt })),
  ];
  if (options.json) {
    ctx.out(JSON.stringify({ courses: rows.map((r) => ({ ...r, active: r.name === here })) }));
    return;
  }
  const s = ctx.style;
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const mark = r.name === here ? s.green("●") : " ";
    ctx.out(`${mark} ${r.name.padEnd(width)}  ${r.version.padEnd(10)} ${s.dim(r.kind === "built-in" ? "built in" : `sha256 ${r.digest!.slice(0, 12)}…`)}`);
  }
  if (here) ctx.out(s.dim(`● is the course this workspace follows (latutor pack use <name> switches it)`));
};
