/**
 * A class's grades as files and as a terminal summary: the CSV gradebook (one row of points
 * possible, then one row per student: per-exercise points, total, percent, status), the JSON
 * report with every case, and a table with a histogram of totals.
 */
import type { ClassGrades } from "./class-grade";

/** One CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvField(value: string | number): string {
  // Control characters (a folder name may hold terminal escapes) become visible, not executed.
  let text = typeof value === "string" ? value.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`) : String(value);
  if (typeof value === "string" && /^[=+\-@]/.test(text)) text = `'${text}`;
  // Quoted also on ";": spreadsheets in many locales split on it.
  return /[",;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2).replace(/0$/, ""));

export function toCsv(g: ClassGrades): string {
  const rows: (string | number)[][] = [
    ["student", ...g.exercises.map((e) => e.id), "total", "percent", "status"],
    ["points possible", ...g.exercises.map((e) => e.points), g.pointsPossible, 100, ""],
    ...g.students.map((s) => [s.student, ...s.cells.map((c) => num(c.earned)), num(s.total), num(s.percent), s.status]),
  ];
  return rows.map((r) => r.map((v) => csvField(v)).join(",")).join("\r\n") + "\r\n";
}

/** A problem with where it is, as `check` shows it: "centroid.ts:3:1: Expected ")" but found "}"". */
function problemText(p: { message: string; file?: string; line?: number; column?: number }): string {
  return p.file && p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ""}: ${p.message}` : p.message;
}

/** The JSON report: the gradebook plus every case of every graded cell (inputs and values left out). */
export function toJsonReport(g: ClassGrades): string {
  return JSON.stringify(
    {
      course: g.course,
      seed: g.seed,
      pointsPossible: g.pointsPossible,
      exercises: g.exercises,
      checks: g.checks,
      seconds: g.seconds,
      students: g.students.map((s) => ({
        student: s.student,
        total: s.total,
        percent: s.percent,
        status: s.status,
        exercises: Object.fromEntries(
          s.cells.map((c) => [
            c.exercise,
            {
              points: c.points,
              earned: c.earned,
              score: c.score,
              passed: c.passed,
              ...(c.status ? { status: c.status } : {}),
              ...(c.result?.problem ? { problem: problemText(c.result.problem) } : {}),
              cases: (c.result?.cases ?? []).map((k) => ({ name: k.name, call: k.call, tier: k.tier, passed: k.passed, weight: k.weight, message: k.message })),
            },
          ]),
        ),
      })),
    },
    (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v),
    2,
  );
}

/** Counts of students per tenth of the points possible, drawn as bars. */
export function histogram(g: ClassGrades, width = 40): string[] {
  const bins = new Array<number>(10).fill(0);
  for (const s of g.students) bins[Math.min(9, Math.floor(s.percent / 10))]++;
  const most = Math.max(1, ...bins);
  return bins.map((n, i) => `${String(i * 10).padStart(3)}–${i === 9 ? "100" : String(i * 10 + 9).padStart(3)} % │${"█".repeat(Math.round((n / most) * width))}${n ? ` ${n}` : ""}`);
}
