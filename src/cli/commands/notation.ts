import { readLesson } from "../../course/course";
import { renderMarkdown, sectionText, sections } from "../../render/markdown";
import { ExitError } from "../../util/errors";
import { courseHere } from "../../workspace/course-here";
import type { Handler } from "../commands";

/** The lesson section that holds the course's notation cheat sheet: {#notation} (or {#cheat-sheet}). */
const NOTATION_SECTIONS = ["notation", "cheat-sheet"];

export const run: Handler = async (_args, _options, ctx) => {
  const { course } = courseHere(ctx.cwd);
  for (const topic of course.topics) {
    const text = readLesson(course, topic);
    const found = sections(text).find((sec) => NOTATION_SECTIONS.includes(sec.id));
    if (!found) continue;
    ctx.out(renderMarkdown(sectionText(text, found.id)!, ctx.style, ctx.columns));
    ctx.out(ctx.style.dim(`From lesson ${topic.id}: latutor lesson ${topic.id} --section ${found.id}`));
    return 0;
  }
  throw new ExitError(`${course.title} has no notation cheat sheet (a lesson section marked {#notation})`);
};
