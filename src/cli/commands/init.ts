import { resolve } from "node:path";
import { loadBuiltinCourse, packageVersion } from "../../course/builtin";
import { loadCourseByName } from "../../pack/store";
import { initWorkspace } from "../../workspace/workspace";
import type { Handler } from "../commands";

export const run: Handler = async ([dir], options, ctx) => {
  const course = typeof options.pack === "string" ? loadCourseByName(options.pack) : loadBuiltinCourse();
  const target = resolve(ctx.cwd, dir ?? ".");
  const { workspace, report } = initWorkspace(target, course, packageVersion());
  const s = ctx.style;
  ctx.out(`${s.green("✓")} workspace ready at ${s.bold(workspace.root)}${options.pack ? ` for the pack ${s.bold(`${course.id} ${course.version}`)} (${course.title})` : ""}`);
  ctx.out(`  ${report.created.length} files created${report.kept.length ? `, ${report.kept.length} existing files kept as they were` : ""}`);
  ctx.out(`  next: ${s.cyan(dir ? `cd ${dir} && latutor next` : "latutor next")}`);
};
