import { loadCourseByName } from "../../../pack/store";
import { describeSync, syncWorkspace } from "../../../workspace/sync";
import { requireWorkspace } from "../../../workspace/workspace";
import type { Handler } from "../../commands";

export const run: Handler = async ([name], _options, ctx) => {
  const workspace = requireWorkspace(ctx.cwd);
  const course = loadCourseByName(name);
  if (workspace.info.course === course.id && workspace.info.courseVersion === course.version) {
    ctx.out(`this workspace already follows ${course.id} ${course.version}`);
    return;
  }
  for (const line of describeSync(syncWorkspace(workspace, course))) ctx.out(line);
  ctx.out(`next: ${ctx.style.cyan("latutor next")}`);
};
