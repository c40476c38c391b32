import { findTopic, readQuiz } from "../../course/course";
import { ExitError } from "../../util/errors";
import { openSession } from "../../workspace/session";
import { updateState } from "../../workspace/state";
import type { Handler } from "../commands";
import { select } from "../prompts";

/**
 * A topic's quiz, one question at a time. At a terminal the learner picks with the arrow keys;
 * without one the answers come from LATUTOR_ANSWERS (see ../answers.ts: each the choice's number
 * from 0, or its text), so the quiz can be scripted.
 */
export const run: Handler = async ([topicId], _options, ctx) => {
  const { workspace, course, state } = openSession(ctx.cwd);
  const id = topicId ?? state.currentTopic ?? course.topics[0].id;
  const withQuiz = course.topics.filter((t) => t.quiz).map((t) => t.id);
  const topic = findTopic(course, id);
  if (!topic) throw new ExitError(`no topic "${id}": topics are ${course.topics.map((t) => t.id).join(", ")}`);
  if (!topic.quiz) throw new ExitError(`topic ${topic.id} has no quiz; these topics have one: ${withQuiz.join(", ")}`);
  const questions = readQuiz(course, topic);
  if (!questions.length) throw new ExitError(`topic ${topic.id} has no quiz; these topics have one: ${withQuiz.join(", ")}`);
  const s = ctx.style;
  const before = state.quizzes[topic.id];
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
  const last = before ? s.dim(` (last time: ${before.correct} of ${before.total})`) : "";
  ctx.out(`${correct} of ${questions.length} right${last}. ${s.cyan("latutor next")} moves on; ${s.cyan("latutor progress")} keeps your quiz results.`);
  updateState(workspace.root, (st) => {
    st.quizzes[topic.id] = { correct, total: questions.length, at: new Date().toISOString() };
  });
  return 0;
};
