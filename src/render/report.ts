import type { GradeResult } from "../grader/result";
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

function labelled(label: string, value: unknown, style: Style): string[] {
  const block = formatBlock(value);
  const pad = " ".repeat(label.length);
  return block.map((line, i) => (i === 0 ? `${style.dim(label)}${line}` : `${pad}${line}`));
}

/** The human report: a summary line, a table of cases, then the first failure in detail. */
export function renderReport(r: GradeResult, ctx: ReportContext): string {
  const { style } = ctx;
  const out: string[] = [];
  const passedCount = r.cases.filter((c) => c.passed).length;
  const mark = r.passed ? style.green("✓") : style.red("✗");
  const verdict = r.passed ? style.green("passed") : style.red("failed");
  out.push(`${mark} ${style.bold(r.exercise)} ${verdict}: ${passedCount} of ${r.cases.length} cases (score ${pct(r.score)})  ${style.dim(`${r.file} · seed ${r.seed}`)}`);

  if (r.problem) {
    const p = r.problem;
    const where = p.file ? `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ""}: ` : "";
    const title = p.kind === "syntax" ? "your file does not compile" : p.kind === "import-refused" ? "an import is not allowed" : p.kind === "not-found" ? "a file is missing" : "your file could not run";
    out.push("", style.red.bold(title), `  ${where}${p.message}`);
    if (p.frame) out.push("", ...p.frame.split("\n").map((l) => "  " + l));
  } else {
    out.push("");
    let previous: string | undefined;
    if (r.passed) {
      // Every case passed: their names are enough, on as few lines as fit.
      out.push(...wrapNames(r.cases.map((c) => c.name), ctx.width - 4).map((l) => style.dim(`  ${l}`)));
    }
    for (const c of r.passed ? [] : r.cases) {
      const runs = c.kind === "random" && c.runs ? style.dim(` (${c.runs} random inputs)`) : "";
      if (c.passed) {
        out.push(`  ${style.green("✓")} ${c.name}${runs}`);
        continue;
      }
      out.push(`  ${style.red("✗")} ${c.name}${runs}`);
      out.push(style.dim(`      ${c.message === previous ? "(same as above)" : truncate(c.message, ctx.width - 6)}`));
      previous = c.message;
    }

    const first = r.cases.find((c) => !c.passed);
    if (first) {
      out.push("", style.bold(`First failing case: ${first.name}`));
      if (first.description) out.push(`  ${first.description}`);
      if (first.input) {
        const names = first.params ?? first.input.map((_, i) => `arg${i + 1}`);
        out.push(`  ${first.call}(${names.join(", ")}) with`);
        first.input.forEach((v, i) => out.push(...labelled(`    ${names[i] ?? `arg${i + 1}`} = `, v, style)));
        if (first.kind === "random" && first.shrinks) out.push(style.dim(`  (a random input, shrunk ${first.shrinks} times to this smaller one)`));
      }
      if (first.expected !== undefined) out.push(...labelled("  expected: ", first.expected, style));
      if (first.got !== undefined) out.push(...labelled("  got:      ", first.got, style));
      out.push(`  ${style.yellow("why:")} ${first.message}`);
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
      out.push("", `${c.slow ? style.yellow("Speed (advice):") : style.dim("Speed:")} ${c.slow ? c.message : style.dim(c.message)}`);
    }
  }
  if (r.typeErrors) {
    if (r.typeErrors.length === 0) out.push("", style.dim("Type check: no type errors."));
    else {
      out.push("", style.yellow(`Type check: ${r.typeErrors.length} type error${r.typeErrors.length > 1 ? "s" : ""} (they do not fail the check, but they are worth fixing)`));
      for (const t of r.typeErrors.slice(0, 10)) out.push(`  ${t.file}:${t.line}:${t.column} TS${t.code}: ${t.message}`);
    }
  }
  if (r.printed) {
    const lines = r.printed.trimEnd().split("\n");
    out.push("", style.dim("Your code printed:"), ...lines.slice(0, 15).map((l) => "  " + l));
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
