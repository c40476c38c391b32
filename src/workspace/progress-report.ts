/** The learner's progress, summed up for `latutor progress` and the menu: pure, from the course and the state. */
import type { Course } from "../course/course";
import { decideNext } from "./progress";
import { progressOf, type ExerciseStatus, type State } from "./state";

export interface ExerciseLine {
  id: string;
  title: string;
  status: ExerciseStatus;
  attempts: number;
  bestScore: number;
  hintsShown: number;
  challengesMet: number;
  /** Met plus open: the challenges known from the checks so far. */
  challengesKnown: number;
  activeMs: number;
}

export interface TopicLine {
  id: string;
  title: string;
  lessonRead: boolean;
  current: boolean;
  exercises: ExerciseLine[];
  passed: number;
  skipped: number;
  hasQuiz: boolean;
  quiz?: { correct: number; total: number; at: string };
  /** 0..1: the share of the topic done (its exercises; a topic without any: its lesson read). */
  done: number;
}

export interface ProgressReport {
  course: { id: string; title: string };
  topics: TopicLine[];
  exercises: { passed: number; skipped: number; attempted: number; total: number };
  lessons: { read: number; total: number };
  challenges: { met: number; known: number };
  quizzes: { taken: number; available: number; correct: number; questions: number };
  attempts: number;
  hintsShown: number;
  activeMs: number;
  startedAt: string;
  next: { kind: "lesson" | "exercise" | "done"; topic?: string; exercise?: string; revisit?: boolean };
}

export function progressReport(course: Course, state: State): ProgressReport {
  const topics: TopicLine[] = course.topics.map((t) => {
    const exercises: ExerciseLine[] = t.exercises.map((e) => {
      const p = progressOf(state, e.id);
      const met = p.challengesMet?.length ?? 0;
      return {
        id: e.id,
        title: e.title,
        status: p.status,
        attempts: p.attempts,
        bestScore: p.bestScore,
        hintsShown: p.hintsShown,
        challengesMet: met,
        challengesKnown: met + (p.challengesOpen?.length ?? 0),
        activeMs: p.activeMs ?? 0,
      };
    });
    const passed = exercises.filter((e) => e.status === "passed").length;
    const lessonRead = state.lessonsRead.includes(t.id);
    const quiz = state.quizzes[t.id];
    return {
      id: t.id,
      title: t.title,
      lessonRead,
      current: state.currentTopic === t.id,
      exercises,
      passed,
      skipped: exercises.filter((e) => e.status === "skipped").length,
      hasQuiz: Boolean(t.quiz),
      quiz: quiz ? { correct: quiz.correct, total: quiz.total, at: quiz.at } : undefined,
      done: exercises.length ? passed / exercises.length : lessonRead ? 1 : 0,
    };
  });
  const all = topics.flatMap((t) => t.exercises);
  const taken = topics.filter((t) => t.hasQuiz && t.quiz);
  const step = decideNext(course, state);
  return {
    course: { id: course.id, title: course.title },
    topics,
    exercises: {
      passed: all.filter((e) => e.status === "passed").length,
      skipped: all.filter((e) => e.status === "skipped").length,
      attempted: all.filter((e) => e.status === "attempted").length,
      total: all.length,
    },
    lessons: { read: topics.filter((t) => t.lessonRead).length, total: topics.length },
    challenges: { met: all.reduce((n, e) => n + e.challengesMet, 0), known: all.reduce((n, e) => n + e.challengesKnown, 0) },
    quizzes: {
      taken: taken.length,
      available: topics.filter((t) => t.hasQuiz).length,
      correct: taken.reduce((n, t) => n + t.quiz!.correct, 0),
      questions: taken.reduce((n, t) => n + t.quiz!.total, 0),
    },
    attempts: all.reduce((n, e) => n + e.attempts, 0),
    hintsShown: all.reduce((n, e) => n + e.hintsShown, 0),
    activeMs: all.reduce((n, e) => n + e.activeMs, 0),
    startedAt: state.createdAt,
    next:
      step.kind === "done"
        ? { kind: "done" }
        : { kind: step.kind, topic: step.topic.id, exercise: step.exercise?.id, revisit: step.kind === "exercise" ? step.revisit : undefined },
  };
}

/** "about 3 h 05 min", "12 min", "under a minute". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return "under a minute";
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}
