/** The choices of latutor's menu (latutor with no arguments at a terminal): pure, from the course and the progress. */
import type { Course } from "../course/course";
import { currentExercise, decideNext } from "./progress";
import { progressOf, type State } from "./state";

export type MenuAction =
  | { kind: "continue" }
  | { kind: "pick" }
  | { kind: "lesson" }
  | { kind: "quiz" }
  | { kind: "progress" }
  | { kind: "watch" }
  | { kind: "notation" }
  | { kind: "topic"; id: string }
  | { kind: "exercise"; id: string }
  | { kind: "back" }
  | { kind: "quit" };

export interface MenuChoice {
  label: string;
  action: MenuAction;
}

/** What `latutor next` would do, in a few words. */
export function continueLabel(course: Course, state: State): string {
  const step = decideNext(course, state);
  if (step.kind === "done") return "Continue: the end of the course (what you built)";
  if (step.kind === "lesson") return `Continue: lesson ${step.topic.id}${step.exercise ? `, then ${step.exercise.id}` : ""}`;
  return `Continue: exercise ${step.exercise.id}${step.revisit ? " (skipped earlier)" : ""}`;
}

/** The first question. Without a workspace (state undefined), only what works without one. */
export function mainMenu(course: Course, state: State | undefined): MenuChoice[] {
  if (!state) {
    return [
      { label: "Start the course (makes ./latutor-workspace and shows the first lesson)", action: { kind: "continue" } },
      { label: "Read a lesson", action: { kind: "lesson" } },
      { label: "The notation cheat sheet", action: { kind: "notation" } },
      { label: "Quit", action: { kind: "quit" } },
    ];
  }
  const current = currentExercise(course, state);
  return [
    { label: continueLabel(course, state), action: { kind: "continue" } },
    { label: "Pick a topic or an exercise", action: { kind: "pick" } },
    ...(current ? [{ label: `Watch ${current.id} (grades it on every save; keys for hints and more)`, action: { kind: "watch" } as const }] : []),
    { label: "Read a lesson", action: { kind: "lesson" } },
    ...(course.topics.some((t) => t.quiz) ? [{ label: "Take a quiz", action: { kind: "quiz" } as const }] : []),
    { label: "See your progress", action: { kind: "progress" } },
    { label: "The notation cheat sheet", action: { kind: "notation" } },
    { label: "Quit", action: { kind: "quit" } },
  ];
}

/** One exercise's line: ✓ passed (★ when every challenge is met, ☆ n open), ⤼ skipped, … begun, · not started. */
export function exerciseLabel(state: State, id: string): string {
  const p = progressOf(state, id);
  const open = p.challengesOpen?.length ?? 0;
  const met = p.challengesMet?.length ?? 0;
  switch (p.status) {
    case "passed":
      return `✓ ${id}${open ? `  ☆ ${open} challenge${open > 1 ? "s" : ""} open` : met ? "  ★" : ""}`;
    case "skipped":
      return `⤼ ${id}  (skipped)`;
    case "attempted":
      return `… ${id}  (begun, best ${Math.round(p.bestScore * 100)}%)`;
    default:
      return `· ${id}`;
  }
}

/** Every topic and its exercises, marked, to jump to. */
export function pickMenu(course: Course, state: State): MenuChoice[] {
  const choices: MenuChoice[] = [];
  for (const t of course.topics) {
    const done = t.exercises.filter((e) => progressOf(state, e.id).status === "passed").length;
    const mark = t.exercises.length ? (done === t.exercises.length ? "✓" : `${done}/${t.exercises.length}`) : state.lessonsRead.includes(t.id) ? "✓" : "·";
    choices.push({ label: `${t.id}  ${t.title}  [${mark}]`, action: { kind: "topic", id: t.id } });
    for (const e of t.exercises) choices.push({ label: `    ${exerciseLabel(state, e.id)}`, action: { kind: "exercise", id: e.id } });
  }
  choices.push({ label: "← Back", action: { kind: "back" } });
  return choices;
}

/** Topics whose lesson to read (read ones marked), or whose quiz to take (with the last result). */
export function topicMenu(course: Course, state: State | undefined, what: "lesson" | "quiz"): MenuChoice[] {
  const topics = what === "quiz" ? course.topics.filter((t) => t.quiz) : course.topics;
  const choices: MenuChoice[] = topics.map((t) => {
    let note = "";
    if (what === "lesson" && state?.lessonsRead.includes(t.id)) note = "  (read)";
    const q = state?.quizzes[t.id];
    if (what === "quiz" && q) note = `  (last time ${q.correct}/${q.total})`;
    return { label: `${t.id}  ${t.title}${note}`, action: { kind: "topic", id: t.id } };
  });
  choices.push({ label: "← Back", action: { kind: "back" } });
  return choices;
}
