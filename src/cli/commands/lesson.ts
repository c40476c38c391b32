import { findTopic, readLesson } from "../../course/course";
import { loadBuiltinCourse } from "../../course/builtin";
import { renderMarkdown, sectionText, sections } from "../../render/markdown";
import { ExitError } from "../../util/errors";
import { findWorkspace } from "../../workspace/workspace";
import { readState, updateState } from "../../workspace/state";
import type { Handler } from "../commands";

export const run: Handler = async ([topicId], options, ctx) => {
  const course = loadBuiltinCourse();
  const ws = findWorkspace(ctx.cwd);
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
    ctx.out(renderMarkdown(part, ctx.style, ctx.width));
    return 0;
  }
  await ctx.page(renderMarkdown(text, ctx.style, ctx.width));
  if (ws) {
    updateState(ws.root, (state) => {
      if (!state.lessonsRead.includes(topic.id)) state.lessonsRead.push(topic.id);
    });
  }
  return 0;
};
