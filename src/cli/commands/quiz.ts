import { findTopic, readQuiz } from "../../course/course";
import { ExitError } from "../../util/errors";
import { openSession } from "../../workspace/session";
import { updateState } from "../../workspace/state";
import type { Handler } from "../commands";
import { select } from "../prompts";

export const run: Handler = async ([topicId], _options, ctx) => {
  const { workspace, course, state } = openSession(ctx.cwd);
  const id = topicId ?? state.currentTopic ?? course.topics[0].id;
  const topic = findTopic(course, id);
  if (!topic) throw new ExitError(`no topic "${id}": topics are ${course.topics.map((t) => t.id).join(", ")}`);
  const questions = readQuiz(course, topic);
  if (!questions.length) throw new ExitError(`topic ${topic.id} has no quiz`);
  const s = ctx.style;
  let correct = 0;
  for (const [i, q] of questions.entries()) {
    const answer = await select(ctx, `(${i + 1}/${questions.length}) ${q.question}`, q.choices);
    if (answer === q.answer) {
      correct++;
      ctx.out(`${s.green("✓ right.")} ${q.explain}\n`);
    } else {
      ctx.out(`${s.red("✗ not quite:")} the answer is "${q.choices[q.answer]}". ${q.explain}\n`);
    }
  }
  ctx.out(`${correct} of ${questions.length} right. ${s.cyan("latutor next")} moves on.`);
  updateState(workspace.root, (st) => {
    st.quizzes[topic.id] = { correct, total: questions.length, at: new Date().toISOString() };
  });
  return 0;
};
