import { findTopic, readLesson } from "../../course/course";
import { renderMarkdown, sectionText, sections } from "../../render/markdown";
import { ExitError } from "../../util/errors";
import { courseHere } from "../../workspace/course-here";
import { readState, updateState } from "../../workspace/state";
import type { Handler } from "../commands";

export const run: Handler = async ([topicId], options, ctx) => {
  // The lessons of the course this workspace follows (a pack's), else the built-in course's.
  const { course, workspace: ws } = courseHere(ctx.cwd);
  let id = topicId;
  if (!id) id = ws ? readState(ws.root).state.currentTopic ?? course.topics[0].id : course.topics[0].id;
  const topic = findTopic(course, id);
  if (!topic) throw new ExitError(`no topic "${id}": topics are ${course.topics.map((t) => t.id).join(", ")}`);
  const text = readLesson(course, topic);
  if (options.sections) {
    for (const sec of sections(text)) ctx.out(`  ${ctx.style.cyan(sec.id.padEnd(18))} ${sec.title}`);
    return 0;
  }
  if (options.section) {
    const part = sectionText(text, String(options.section));
    if (!part) throw new ExitError(`lesson ${topic.id} has no section "${options.section}": its sections are ${sections(text).map((x) => x.id).join(", ")}`);
    ctx.out(renderMarkdown(part, ctx.style, ctx.columns));
    return 0;
  }
  await ctx.page(renderMarkdown(text, ctx.style, ctx.columns), { pager: options.pager !== false });
  if (ws) {
    updateState(ws.root, (state) => {
      if (!state.lessonsRead.includes(topic.id)) state.lessonsRead.push(topic.id);
    });
  }
  return 0;
};
