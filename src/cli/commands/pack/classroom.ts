import { existsSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseManifest, MANIFEST_FILE, buildCourse } from "../../../course/course";
import { githubWorkflow, gitlabJob } from "../../../classroom/workflow";
import { readArchive, sha256, PACK_EXTENSION } from "../../../pack/archive";
import { archiveOfFolder, readPackFile } from "../../../pack/install";
import { ExitError } from "../../../util/errors";
import { writeFileAtomic } from "../../../util/fs";
import { findWorkspace } from "../../../workspace/workspace";
import { packageVersion } from "../../../util/package";
import type { Handler } from "../../commands";

export const run: Handler = async ([source], options, ctx) => {
  const path = resolve(ctx.cwd, source);
  if (!existsSync(path)) throw new ExitError(`${source}: no such file or folder (give a .latpack file or a pack folder)`);
  const bytes = statSync(path).isDirectory() ? archiveOfFolder(path).bytes : readPackFile(path);
  // The archive is checked like an install would check it, and the course read from inside it.
  const { files } = readArchive(bytes);
  const manifest = files.get(MANIFEST_FILE);
  if (!manifest) throw new ExitError(`${source} has no ${MANIFEST_FILE}`);
  const course = buildCourse(parseManifest(manifest.toString("utf8"), MANIFEST_FILE), path);
  const digest = sha256(bytes);
  const repo = resolve(ctx.cwd, (options.output as string | undefined) ?? ".");
  const url = options.url as string | undefined;
  if (url !== undefined && !/^https:\/\/\S+$/.test(url)) throw new ExitError(`--url takes an https:// address, got "${url}"`);
  const ws = options.workspace as string | undefined;
  if (ws !== undefined && !/^[A-Za-z0-9._/-]+$/.test(ws)) throw new ExitError(`--workspace takes a plain relative folder name (letters, digits, . _ - /), got "${ws}"`);
  const written: string[] = [];
  let packSource = url;
  if (!packSource) {
    const copy = join(repo, ".latutor-pack", `${course.id}-${course.version}${PACK_EXTENSION}`);
    writeFileAtomic(copy, bytes);
    written.push(copy);
    packSource = relative(repo, copy);
  }
  const o = { course, digest, packSource, latutorVersion: packageVersion(), latutorPackage: options.latutor as string | undefined, workspace: ws };
  const gh = join(repo, ".github", "workflows", "classroom.yml");
  const gl = join(repo, ".gitlab", "latutor.gitlab-ci.yml");
  writeFileAtomic(gh, githubWorkflow(o));
  writeFileAtomic(gl, gitlabJob(o));
  written.push(gh, gl);
  const s = ctx.style;
  const wsInfo = findWorkspace(join(repo, ws ?? "."));
  if (!wsInfo || wsInfo.root !== resolve(repo, ws ?? ".")) ctx.err(`${s.yellow("warning:")} ${join(repo, ws ?? ".")} is not a latutor workspace yet: make it one with latutor init ${relative(ctx.cwd, join(repo, ws ?? ".")) || "."} --pack ${course.id} (the CI steps run there)`);
  if (!options.latutor) ctx.err(`${s.yellow("note:")} CI installs latutor@${packageVersion()} from npm; if it is not published there, give --latutor a tarball or git URL (docs/classroom.md)`);
  ctx.out(`${s.green("✓")} CI grading for ${course.id} ${course.version} (${course.exercises.length} exercises, ${course.exercises.reduce((n, e) => n + e.points, 0)} points), pack sha256 ${digest}`);
  for (const f of written) ctx.out(`  wrote ${relative(ctx.cwd, f) || f}`);
  ctx.out(`  commit them to the assignment's template repository; docs/classroom.md explains the rest`);
};
