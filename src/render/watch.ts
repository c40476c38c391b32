/** The words and lines of `latutor watch`: its header, key bar, and the answers to each key. */
import type { Exercise } from "../course/course";
import type { ExerciseProgress } from "../workspace/state";
import type { HintShown } from "../workspace/hints";
import type { ChallengeItem } from "../workspace/watch-controller";
import { formatDuration, type ProgressReport } from "../workspace/progress-report";
import { oneLine } from "./format";
import { MAX_MEASURE, wrap } from "./markdown";
import { bar, nextText } from "./progress";
import type { Style } from "./style";

export const KEYS: { key: string; what: string; afterPass?: boolean }[] = [
  { key: "n", what: "next", afterPass: true },
  { key: "h", what: "hint" },
  { key: "l", what: "list" },
  { key: "r", what: "re-run" },
  { key: "c", what: "challenges" },
  { key: "s", what: "solution", afterPass: true },
  { key: "x", what: "reset" },
  { key: "q", what: "quit" },
];

/**
 * The last line under every answer: what the watch is doing, and (with a terminal) its keys, made
 * to fit on one line of `columns` (the "Watching" prefix goes first, then the "? keys" tail).
 */
export function keyBar(s: Style, keys: boolean, passed: boolean, columns = 200): string {
  if (!keys) return s.dim("Watching exercises/ … save a file to check again, Ctrl-C to stop.");
  const active = KEYS.filter((k) => passed || !k.afterPass);
  const variants = [
    { prefix: "Watching exercises/ · ", sep: " · ", mark: " ", tail: " · ? keys" },
    { prefix: "", sep: " · ", mark: " ", tail: " · ? keys" },
    { prefix: "", sep: " · ", mark: " ", tail: "" },
    { prefix: "", sep: " ", mark: ":", tail: "" },
  ];
  const width = (v: (typeof variants)[number]) => v.prefix.length + active.map((k) => `${k.key}${v.mark}${k.what}`).join(v.sep).length + v.tail.length;
  const v = variants.find((x) => width(x) < columns) ?? variants[variants.length - 1];
  return s.dim(v.prefix) + active.map((k) => `${s.bold(k.key)}${s.dim(v.mark)}${k.what}`).join(s.dim(v.sep)) + s.dim(v.tail);
}

export function keyHelp(s: Style, passed: boolean): string {
  const lines = KEYS.map((k) => `  ${s.bold(k.key)}  ${k.what}${k.afterPass && !passed ? s.dim(" (once it passes)") : ""}`);
  return [s.bold("Keys:"), ...lines, `  ${s.dim("Ctrl-C also quits; saving any file under exercises/ checks again")}`].join("\n");
}

/** The first line of a screen: which exercise, which file. */
export function watchHeader(exercise: Exercise, file: string, s: Style): string {
  return `${s.bold("latutor watch")} ${s.dim("·")} ${s.bold(exercise.id)} ${s.dim(`(${exercise.topicId}) · ${file}`)}`;
}

const ago = (iso: string | undefined, now: Date) => {
  if (!iso) return "";
  const ms = now.getTime() - Date.parse(iso);
  if (!Number.isFinite(ms) || ms < 0) return "";
  return ms < 60_000 ? "just now" : `${formatDuration(ms)} ago`;
};

/** An exercise's recorded verdict, for one that is not graded now. */
export function recordedVerdict(exercise: Exercise, p: ExerciseProgress | undefined, s: Style, now = new Date()): string {
  if (!p || p.attempts === 0) return s.dim(`${exercise.id} has not been checked yet: save its file and the watch checks it (r checks it now).`);
  const when = ago(p.lastCheckedAt, now);
  if (p.status === "passed") {
    const open = p.challengesOpen?.length ?? 0;
    return `${s.green("✓")} ${exercise.id} passed${p.firstPassedAt ? ` ${ago(p.firstPassedAt, now)}` : ""} (${p.attempts} check${p.attempts === 1 ? "" : "s"}${open ? `, ${open} going-deeper challenge${open === 1 ? "" : "s"} open: c shows them` : ""}). It is not checked again unless you ask: r re-runs it, n moves on.`;
  }
  const tag = p.status === "skipped" ? " (skipped)" : "";
  return `${s.yellow("…")} ${exercise.id}${tag}: last check ${Math.round((p.lastScore ?? 0) * 100)}% ${when}, best ${Math.round(p.bestScore * 100)}%. Save its file (or press r) to check it again.`;
}

export function renderHint(exercise: Exercise, hint: HintShown | undefined, s: Style, columns = 100): string {
  if (!hint) return s.dim(`${exercise.id} has no hints.`);
  const text = wrap(hint.text, Math.max(30, Math.min(columns - 1, MAX_MEASURE)), "  ").join("\n");
  const more = hint.last ? (exercise.section ? s.dim(`That is the last hint. The lesson explains it: latutor lesson ${exercise.topicId} --section ${exercise.section}`) : s.dim("That is the last hint.")) : s.dim("h again for the next one.");
  return `${s.bold.yellow(`Hint ${hint.number} of ${hint.total}`)} ${s.dim(`(${exercise.id})`)}\n${text}\n${more}`;
}

/** The compact list of `l`: every topic as a bar, the watched exercise's topic in full. */
export function renderWatchList(r: ProgressReport, exerciseId: string | undefined, s: Style): string {
  const out: string[] = [];
  const width = Math.max(...r.topics.map((t) => t.id.length));
  const marks: Record<string, string> = { passed: s.green("✓"), attempted: s.yellow("…"), pending: s.dim("·"), skipped: s.yellow("⤼") };
  for (const t of r.topics) {
    const count = t.exercises.length ? `${t.passed}/${t.exercises.length}` : t.lessonRead ? "read" : "";
    const quiz = t.quiz ? s.dim(` · quiz ${t.quiz.correct}/${t.quiz.total}`) : "";
    out.push(`  ${t.id.padEnd(width)} ${bar(t.done, 12, s)} ${count}${quiz}`);
    if (t.exercises.some((e) => e.id === exerciseId)) {
      for (const e of t.exercises) {
        const deeper = e.challengesKnown ? (e.challengesMet === e.challengesKnown ? s.green(` ★ ${e.challengesMet}/${e.challengesKnown}`) : s.yellow(` ☆ ${e.challengesMet}/${e.challengesKnown}`)) : "";
        out.push(`      ${marks[e.status]} ${e.id === exerciseId ? s.bold(e.id) + s.cyan(" ◀") : e.id}${deeper}`);
      }
    }
  }
  out.push(`  ${r.exercises.passed}/${r.exercises.total} exercises passed${r.exercises.skipped ? `, ${r.exercises.skipped} skipped` : ""} · ${nextText(r.next, s)}`);
  return out.join("\n");
}

export function renderChallenges(exercise: Exercise, items: ChallengeItem[], checked: boolean, s: Style): string {
  if (!items.length) return s.dim(checked ? `${exercise.id} has no going-deeper challenges.` : `Check ${exercise.id} first: its going-deeper challenges show up in the report.`);
  const out = [s.bold(`Going deeper ★ (${exercise.id}): graded, never failing the exercise`)];
  for (const c of items) {
    const where = c.section ? s.dim(` (latutor lesson ${exercise.topicId} --section ${c.section})`) : "";
    out.push(c.met ? `  ${s.green("★")} ${c.name}: met` : `  ${s.yellow("☆")} ${c.name}${c.message ? `: ${oneLine(c.message)}` : ": open"}${where}`);
  }
  return out.join("\n");
}

export function renderNeedsPass(key: "n" | "s", exercise: Exercise | undefined, s: Style): string {
  const id = exercise?.id ?? "the exercise";
  return key === "n"
    ? s.yellow(`n moves on once ${id} passes. h gives a hint; latutor skip ${exercise?.id ?? ""} moves on without passing.`.replace(/ {2,}/g, " "))
    : s.yellow(`The solution shows once ${id} passes (latutor solution ${exercise?.id ?? "<id>"} --force shows it now).`);
}

export function renderIgnoredSave(file: string, saved: Exercise | undefined, target: Exercise | undefined, why: "finished" | "other", s: Style): string {
  if (why === "finished" && saved) return s.dim(`Saved ${saved.workspacePath}: ${saved.id} has passed, so it is not checked again (latutor check ${saved.id} checks it).`);
  return s.dim(`Saved ${file.split(/[\\/]/).slice(-2).join("/")}: ${target ? `${target.id} has passed, so it is not checked again: r re-runs it, n moves on.` : "nothing to check."}`);
}

export function renderSuggestPoll(exercise: Exercise, s: Style): string {
  return s.yellow(
    `${exercise.workspacePath} changed but no file event arrived: this folder's file system does not report saves (a network drive, WSL's /mnt, a container?). It was checked anyway; restart with latutor watch --poll to see every save at once.`,
  );
}
