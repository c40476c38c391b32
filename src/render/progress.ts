/** Progress at a glance (latutor progress) and in full (latutor list). */
import Table from "cli-table3";
import { plural } from "./format";
import { formatDuration, type ExerciseLine, type ProgressReport, type TopicLine } from "../workspace/progress-report";
import type { Style } from "./style";

export function bar(share: number, width: number, s: Style): string {
  const filled = Math.max(0, Math.min(width, Math.round(share * width)));
  return `${s.green("█".repeat(filled))}${s.dim("░".repeat(width - filled))}`;
}

const percent = (a: number, b: number) => (b ? Math.round((a / b) * 100) : 0);

function quizText(t: TopicLine, s: Style): string {
  if (!t.hasQuiz) return "";
  // A quiz not taken matters once its lesson is read; before that it is only noise.
  if (!t.quiz) return t.lessonRead ? s.dim("quiz not taken") : "";
  const text = `quiz ${t.quiz.correct}/${t.quiz.total}`;
  return t.quiz.correct === t.quiz.total ? s.green(text) : s.yellow(text);
}

function challengeText(met: number, known: number, s: Style): string {
  if (known === 0) return "";
  return met === known ? s.green(`★ ${met}/${known}`) : s.yellow(`☆ ${met}/${known}`);
}

/** What `latutor next` does now, in words. */
export function nextText(next: ProgressReport["next"], s: Style): string {
  if (next.kind === "done") return `${s.green("✓")} every lesson read and every exercise passed: ${s.cyan("latutor next")} shows the end of the course`;
  if (next.kind === "lesson") return `${s.cyan("latutor next")}: the lesson ${next.topic}${next.exercise ? `, then the exercise ${next.exercise}` : ""}`;
  return `${s.cyan("latutor next")}: the exercise ${next.exercise} (${next.topic})${next.revisit ? ", which you skipped earlier" : ""}`;
}

export function renderProgress(r: ProgressReport, s: Style): string {
  const out: string[] = [s.bold(`Your progress through ${r.course.title}`), ""];
  const nameWidth = Math.max(...r.topics.map((t) => t.id.length)) + 2;
  for (const t of r.topics) {
    const parts = [
      t.exercises.length ? `${t.passed}/${t.exercises.length} exercises` : t.lessonRead ? "lesson read" : s.dim("lesson not read"),
      t.skipped ? s.yellow(`${t.skipped} skipped ⤼`) : "",
      challengeText(
        t.exercises.reduce((n, e) => n + e.challengesMet, 0),
        t.exercises.reduce((n, e) => n + e.challengesKnown, 0),
        s,
      ),
      quizText(t, s),
      t.exercises.length && !t.lessonRead ? s.dim("lesson not read") : "",
    ].filter(Boolean);
    const label = (t.current ? `${t.id} ◀` : t.id).padEnd(nameWidth);
    out.push(`  ${t.current ? s.cyan(label) : label} ${bar(t.done, 20, s)}  ${parts.join(s.dim(" · "))}`);
  }
  const e = r.exercises;
  out.push(
    "",
    `${s.bold("Exercises:")} ${e.passed} of ${e.total} passed (${percent(e.passed, e.total)}%)${e.attempted ? `, ${e.attempted} begun` : ""}${e.skipped ? `, ${s.yellow(`${e.skipped} skipped ⤼`)}` : ""}`,
    `${s.bold("Lessons:")} ${r.lessons.read} of ${r.lessons.total} read`,
    `${s.bold("Going deeper:")} ${r.challenges.known ? `${r.challenges.met} of the ${plural(r.challenges.known, "challenge")} ★ of the exercises you have checked met` : "no challenges met yet (they show up once you check an exercise that has them)"}`,
    `${s.bold("Quizzes:")} ${r.quizzes.taken} of ${r.quizzes.available} taken${r.quizzes.questions ? `, ${r.quizzes.correct} of ${r.quizzes.questions} answers right` : ""}`,
    `${s.bold("Attempts:")} ${plural(r.attempts, "check")}, ${plural(r.hintsShown, "hint")}`,
    `${s.bold("Time:")} ${r.activeMs ? `about ${formatDuration(r.activeMs)} on exercises` : "none recorded yet"} ${s.dim(`(added up between your checks and hints; a pause longer than 20 minutes counts as 20) · workspace made ${r.startedAt.slice(0, 10)}`)}`,
    "",
    `${s.bold("Next:")} ${nextText(r.next, s)}`,
  );
  return out.join("\n");
}

const STATUS: Record<ExerciseLine["status"], (s: Style) => string> = {
  passed: (s) => s.green("✓ passed"),
  attempted: (s) => s.yellow("… attempted"),
  pending: (s) => s.dim("· not started"),
  skipped: (s) => s.yellow("⤼ skipped"),
};

/** The full table of `latutor list`: every topic (lesson, quiz) and exercise (status, best, tries, challenges). */
export function renderList(r: ProgressReport, s: Style): string {
  const table = new Table({ head: ["topic", "exercise", "status", "best", "tries", "★ deeper"], style: { head: [], border: [], compact: true } });
  for (const t of r.topics) {
    const about = [t.lessonRead ? "lesson read" : "lesson not read", t.hasQuiz ? (t.quiz ? `quiz ${t.quiz.correct}/${t.quiz.total}` : "quiz not taken") : ""].filter(Boolean).join(" · ");
    table.push([`${t.id}${t.current ? s.cyan(" ◀") : ""}`, s.dim(about), t.quiz ? (t.quiz.correct === t.quiz.total ? s.green("✓ quiz") : s.yellow("quiz")) : "", "", "", ""]);
    for (const e of t.exercises) {
      table.push(["", `  ${e.id}`, STATUS[e.status](s), e.attempts ? `${Math.round(e.bestScore * 100)}%` : "", e.attempts ? String(e.attempts) : "", challengeText(e.challengesMet, e.challengesKnown, s)]);
    }
  }
  const x = r.exercises;
  const summary = `Progress: ${bar(x.total ? x.passed / x.total : 0, 30, s)} ${x.passed}/${x.total} exercises (${percent(x.passed, x.total)}%), ${r.lessons.read}/${r.lessons.total} lessons read${x.skipped ? `, ${x.skipped} skipped` : ""}${r.quizzes.available ? `, ${r.quizzes.taken}/${r.quizzes.available} quizzes taken` : ""}`;
  return `${table.toString()}\n${summary}`;
}
