import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import Table from "cli-table3";
import { loadBuiltinCourse } from "../../course/builtin";
import { classCourseName, findStudents, gradeClass } from "../../classroom/class-grade";
import { histogram, toCsv, toJsonReport } from "../../classroom/gradebook";
import { loadCourseByName } from "../../pack/store";
import { oneLine } from "../../render/format";
import { ExitError } from "../../util/errors";
import { writeFileAtomic } from "../../util/fs";
import type { Handler } from "../commands";

export const run: Handler = async ([dir], options, ctx) => {
  const submissions = resolve(ctx.cwd, dir);
  if (!existsSync(submissions) || !statSync(submissions).isDirectory()) throw new ExitError(`${dir}: no such folder (it should hold one folder per student)`);
  const students = findStudents(submissions);
  if (!students.length) throw new ExitError(`${dir} holds no student folders (one folder per student's workspace or repository)`);
  // One course for the whole class: the one named, else the one the workspaces name (the built-in one if none does).
  const named = options.pack as string | undefined;
  const marked = named ? undefined : classCourseName(students);
  const course = named ? loadCourseByName(named) : marked ? loadCourseByName(marked) : loadBuiltinCourse();
  const workers = (options.workers as number | undefined) ?? availableParallelism();
  const seed = (options.seed as number | undefined) ?? 1;
  const s = ctx.style;
  const tty = Boolean(process.stderr.isTTY) && !process.env.CI;
  let last = 0;
  const grades = await gradeClass({
    course,
    students,
    seed,
    workers,
    onProgress: tty
      ? (done, total) => {
          const now = Date.now();
          if (done !== total && now - last < 100) return;
          last = now;
          const width = 30;
          const filled = total ? Math.round((done / total) * width) : width;
          process.stderr.write(`\r${"█".repeat(filled)}${"░".repeat(width - filled)} ${done}/${total} checks`);
          if (done === total) process.stderr.write("\r\u001b[2K");
        }
      : undefined,
  });
  const out = resolve(ctx.cwd, (options.out as string | undefined) ?? "grades.csv");
  writeFileAtomic(out, toCsv(grades));
  if (typeof options.json === "string") writeFileAtomic(resolve(ctx.cwd, options.json), toJsonReport(grades));

  const table = new Table({ head: ["student", "total", "%", "status"], style: { head: [], border: [] }, colWidths: [24, 10, 8, Math.max(20, ctx.width - 48)], wordWrap: true });
  for (const st of grades.students) table.push([oneLine(st.student).slice(0, 22), `${st.total}/${grades.pointsPossible}`, st.percent.toFixed(1), oneLine(st.status)]);
  ctx.out(`${s.bold(`${course.title}`)} (${course.id} ${course.version}): ${grades.students.length} students × ${course.exercises.length} exercises, seed ${seed}`);
  ctx.out(table.toString());
  ctx.out("");
  for (const line of histogram(grades)) ctx.out(line);
  const rate = grades.seconds > 0 ? (grades.checks / grades.seconds).toFixed(1) : "–";
  ctx.out(`\n${s.green("✓")} gradebook written to ${out}${typeof options.json === "string" ? ` and ${resolve(ctx.cwd, options.json)}` : ""}: ${grades.checks} checks in ${grades.seconds} s (${rate} per second, ${workers} worker${workers === 1 ? "" : "s"})`);
};
