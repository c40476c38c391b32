import { renderProgress } from "../../render/progress";
import { progressReport } from "../../workspace/progress-report";
import { openSession } from "../../workspace/session";
import type { Handler } from "../commands";

export const run: Handler = async (_args, options, ctx) => {
  const { course, state, warning } = openSession(ctx.cwd);
  if (warning) ctx.err(`${ctx.style.yellow("warning:")} ${warning}`);
  const report = progressReport(course, state);
  ctx.out(options.json ? JSON.stringify(report) : renderProgress(report, ctx.style));
  return 0;
};
