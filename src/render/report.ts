import { isRequired, type CaseResult, type GradeResult } from "../grader/result";
import { capText, formatNumber, oneLine, safeText } from "./format";
import { formatBlock } from "./matrix";
import { renderSeries } from "./plot";
import type { Style } from "./style";

export interface ReportContext {
  style: Style;
  width: number;
  /** "01-vectors": for the pointer to the lesson. */
  topicId?: string;
  section?: string;
  /** false: leave the plots out (--no-plot). */
  plots?: boolean;
}

const truncate = (text: string, width: number) => (text.length <= width ? text : text.slice(0, Math.max(10, width - 1)) + "…");

/** Names joined with " · ", wrapped to the width. */
function wrapNames(names: string[], width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const n of names) {
    const next = line ? `${line} · ${n}` : n;
    if (line && next.length > width) {
      lines.push(line);
      line = n;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const pct = (score: number) => `${Math.round(score * 100)}%`;

function labelled(label: string, value: unknown, style: Style, digits?: number): string[] {
  const block = formatBlock(value, digits).map(safeText);
  const pad = " ".repeat(label.length);
  return block.map((line, i) => (i === 0 ? `${style.dim(label)}${line}` : `${pad}${line}`));
}

const flatNumbers = (v: unknown): number[] | undefined =>
  typeof v === "number" ? [v] : Array.isArray(v) && v.every((x) => typeof x === "number") ? (v as number[]) : Array.isArray(v) && v.every((r) => Array.isArray(r) && r.every((x) => typeof x === "number")) ? (v as number[][]).flat() : undefined;

/**
 * Expected and got, one under the other. When they print the same (1 and 1.0000000000000002),
 * both are shown at full precision with their largest difference, so the report never says
 * "expected 1, got 1".
 */
function expectedAndGot(c: CaseResult, style: Style): string[] {
  const out: string[] = [];
  const same = c.expected !== undefined && c.got !== undefined && formatBlock(c.expected).join("\n") === formatBlock(c.got).join("\n");
  const digits = same ? 17 : undefined;
  if (c.expected !== undefined) out.push(...labelled("  expected: ", c.expected, style, digits));
  if (c.got !== undefined) out.push(...labelled("  got:      ", c.got, style, digits));
  const e = flatNumbers(c.expected);
  const g = flatNumbers(c.got);
  if (same && e && g && e.length === g.length) {
    const diff = Math.max(0, ...e.map((x, i) => Math.abs(x - g[i])).filter((d) => !Number.isNaN(d)));
    out.push(style.dim(`  (they differ by ${formatNumber(diff, 3)}${e.length > 1 ? " at most" : ""}: the digits above are every digit of each number)`));
  }
  return out;
}

/** "1 going-deeper challenge open: huge entries ★" */
function challengeLine(r: GradeResult): string | undefined {
  const ch = r.challenges;
  if (!ch) return undefined;
  if (ch.open.length === 0) return `★ ${ch.total === 1 ? "the going-deeper challenge" : `all ${ch.total} going-deeper challenges`} met`;
  return `${ch.open.length} going-deeper challenge${ch.open.length > 1 ? "s" : ""} open: ${ch.open.map((n) => `${n} ★`).join(", ")}`;
}
/** The human report: a summary line, a table of cases, then the first failure in detail. */
export function renderReport(r: GradeResult, ctx: ReportContext): string {
  const { style } = ctx;
  const out: string[] = [];
  const required = r.cases.filter(isRequired);
  const passedCount = required.filter((c) => c.passed).length;
  const mark = r.passed ? style.green("✓") : style.red("✗");
  const verdict = r.passed ? style.green("passed") : style.red("failed");
  const challenges = challengeLine(r);
  const extra = challenges ? ` · ${r.challenges!.open.length ? style.yellow(challenges) : style.green(challenges)}` : "";
  out.push(`${mark} ${style.bold(r.exercise)} ${verdict}: ${passedCount} of ${required.length} cases (score ${pct(r.score)})${extra}  ${style.dim(`${safeText(r.file)} · seed ${r.seed}`)}`);

  if (r.problem) {
    const p = r.problem;
    const where = p.file ? `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ""}: ` : "";
    const title = p.kind === "internal" ? "latutor could not grade this exercise (not your fault: please report it)" : p.kind === "syntax" ? "your file does not compile" : p.kind === "import-refused" ? "an import is not allowed" : p.kind === "not-found" ? "a file is missing" : "your file could not run";
    out.push("", style.red.bold(title), `  ${oneLine(where + capText(p.message, 2000))}`);
    if (p.frame) out.push("", ...p.frame.split("\n").map((l) => "  " + safeText(capText(l, 300))));
  } else {
    out.push("");
    let previous: string | undefined;
    if (r.passed) {
      // Every case passed: their names are enough, on as few lines as fit.
      out.push(...wrapNames(r.cases.map((c) => (isRequired(c) ? c.name : `${c.name} ${c.passed ? "★" : "☆"}`)), ctx.width - 4).map((l) => style.dim(`  ${l}`)));
    }
    for (const c of r.passed ? [] : r.cases) {
      const runs = c.kind === "random" && c.runs ? style.dim(` (${c.runs} random inputs)`) : "";
      const star = isRequired(c) ? "" : style.yellow(" ★ going deeper");
      if (c.passed) {
        out.push(`  ${style.green("✓")} ${c.name}${runs}${star}`);
        continue;
      }
      out.push(`  ${isRequired(c) ? style.red("✗") : style.yellow("☆")} ${c.name}${runs}${star}`);
      out.push(style.dim(`      ${c.message === previous ? "(same as above)" : oneLine(truncate(c.message, ctx.width - 6))}`));
      previous = c.message;
    }

    const first = r.cases.find((c) => !c.passed && isRequired(c));
    if (first) {
      out.push("", style.bold(`First failing case: ${first.name}`));
      if (first.description) out.push(`  ${first.description}`);
      if (first.input) {
        // As many names as arguments (a variadic compose(...ms) gets A and B for two).
        const names = first.input.map((_, i) => first.params?.[i] ?? `arg${i + 1}`);
        out.push(`  ${first.call}(${names.join(", ")}) with`);
        first.input.forEach((v, i) => out.push(...labelled(`    ${names[i] ?? `arg${i + 1}`} = `, v, style)));
        if (first.kind === "random" && first.shrinks) out.push(style.dim(`  (a random input, shrunk ${first.shrinks} times to this smaller one)`));
      }
      out.push(...expectedAndGot(first, style));
      out.push(`  ${style.yellow("why:")} ${oneLine(capText(first.message, 2000))}`);
    }
    for (const c of r.cases.filter((x) => x.note)) out.push("", `${style.yellow("Note")} (${oneLine(c.name)}): ${oneLine(c.note!)}`);
    const open = r.cases.filter((c) => !isRequired(c) && !c.passed);
    if (r.passed && open.length) {
      out.push("", style.bold.yellow("Going deeper ★") + style.dim(" (optional: these never fail the exercise)"));
      for (const c of open) {
        const pointer = c.section && ctx.topicId ? `  ${style.cyan(`→ latutor lesson ${ctx.topicId} --section ${c.section}`)}` : "";
        out.push(`  ☆ ${c.name}${c.description ? `: ${c.description}` : ""}${pointer}`);
        out.push(style.dim(`      ${oneLine(truncate(c.message, ctx.width - 6))}`));
      }
    }
    for (const d of r.diagnoses ?? []) {
      const pointer = d.section && ctx.topicId ? `  ${style.cyan(`→ latutor lesson ${ctx.topicId} --section ${d.section}`)}` : "";
      out.push("", `${style.bold.magenta("Diagnosis:")} ${d.message}${pointer}`);
    }
    if (ctx.plots !== false) {
      for (const s of r.series ?? []) {
        const chart = renderSeries(s, style, ctx.width);
        if (chart) out.push("", chart);
      }
    }
    if (r.complexity) {
      const c = r.complexity;
      out.push("", `${c.slow ? style.yellow("Speed (advice):") : style.dim("Speed:")} ${c.slow ? oneLine(c.message) : style.dim(oneLine(c.message))}`);
    }
  }
  if (r.typeErrors) {
    if (r.typeErrors.length === 0) out.push("", style.dim("Type check: no type errors."));
    else {
      out.push("", style.yellow(`Type check: ${r.typeErrors.length} type error${r.typeErrors.length > 1 ? "s" : ""} (they do not fail the check, but they are worth fixing)`));
      for (const t of r.typeErrors.slice(0, 10)) out.push(`  ${oneLine(capText(`${t.file}:${t.line}:${t.column} TS${t.code}: ${t.message}`, 500))}`);
    }
  }
  if (r.printed) {
    const lines = r.printed.trimEnd().split("\n");
    out.push("", style.dim("Your code printed:"), ...lines.slice(0, 15).map((l) => "  " + safeText(capText(l, 500))));
    if (lines.length > 15) out.push(style.dim(`  … ${lines.length - 15} more lines`));
  }
  if (!r.passed) {
    out.push("");
    if (!r.problem && r.cases.some((c) => c.kind === "random" && !c.passed)) out.push(`Reproduce exactly: ${style.cyan(`latutor check ${r.exercise} --seed ${r.seed}`)}`);
    const lesson = ctx.topicId ? ` · lesson: ${style.cyan(`latutor lesson ${ctx.topicId}${ctx.section ? ` --section ${ctx.section}` : ""}`)}` : "";
    out.push(`Stuck? ${style.cyan(`latutor hint ${r.exercise}`)}${lesson}`);
  }
  return out.join("\n") + "\n";
}
