import { removeInstalled } from "../../../pack/store";
import type { Handler } from "../../commands";

export const run: Handler = async ([name], _options, ctx) => {
  const pack = removeInstalled(name);
  ctx.out(`${ctx.style.green("✓")} removed ${pack.name} ${pack.version}; workspaces that follow it keep their files (install it again to go on)`);
};
