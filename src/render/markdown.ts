/**
 * Renders the lesson markdown subset for a terminal: headings, paragraphs (re-wrapped to the
 * width), lists, fenced code (worked examples show their result line highlighted), inline code,
 * bold and italic. Section anchors `{#id}` are hidden but can select a section.
 */
import type { Style } from "./style";

export interface Section {
  id: string;
  title: string;
  level: number;
  start: number;
  end: number;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*(?:\{#([a-z0-9-]+)\})?\s*$/;

/** The `##` sections of a lesson, with their line ranges. */
export function sections(markdown: string): Section[] {
  const lines = markdown.split(/\r?\n/);
  const out: Section[] = [];
  let inFence = false;
  lines.forEach((line, i) => {
    if (/^```/.test(line)) inFence = !inFence;
    if (inFence) return;
    const m = HEADING.exec(line);
    if (m && m[1].length === 2 && m[3]) {
      if (out.length) out[out.length - 1].end = i;
      out.push({ id: m[3], title: m[2], level: 2, start: i, end: lines.length });
    }
  });
  return out;
}

/** The text of one section (its heading to the next `##`), or undefined. */
export function sectionText(markdown: string, id: string): string | undefined {
  const s = sections(markdown).find((x) => x.id === id);
  if (!s) return undefined;
  return markdown.split(/\r?\n/).slice(s.start, s.end).join("\n");
}

function inline(text: string, style: Style): string {
  return text
    .replace(/`([^`]+)`/g, (_, code) => style.cyan(code))
    .replace(/\*\*([^*]+)\*\*/g, (_, b) => style.bold(b))
    .replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?!\w)/g, (_, pre, i) => pre + style.italic(i));
}

// Visible width, ignoring ANSI colour codes.
// eslint-disable-next-line no-control-regex
const visible = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "").length;

/** Words of `text` on lines of at most `width` visible characters (a longer word gets a line of its own). */
export function wrap(text: string, width: number, indent = "", firstIndent = indent): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = firstIndent;
  let lineHasWord = false;
  for (const w of words) {
    if (lineHasWord && visible(line) + 1 + visible(w) > width) {
      lines.push(line);
      line = indent + w;
    } else {
      line += (lineHasWord ? " " : "") + w;
    }
    lineHasWord = true;
  }
  if (lineHasWord) lines.push(line);
  return lines;
}

/**
 * Lines of prose are wrapped to `width` (the terminal's), but never wider than MAX_MEASURE
 * characters: longer lines are hard to read. Code and figures keep their lines as written.
 */
export const MAX_MEASURE = 100;

export function renderMarkdown(markdown: string, style: Style, width = 80): string {
  // One column spare: a line exactly as wide as the terminal makes some terminals add a blank line.
  const w = Math.max(20, Math.min(width - 1, MAX_MEASURE));
  const lines = markdown.split(/\r?\n/);
  const out: string[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push(...wrap(inline(para.join(" "), style), w));
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^```\s*(\S*)\s*(\S*)/.exec(line);
    if (fence) {
      flush();
      const isExample = fence[2] === "example";
      const body: string[] = [];
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++) body.push(lines[i]);
      out.push("");
      for (const b of body) {
        const result = /^\s*\/\/\s*→\s*(.*)$/.exec(b);
        if (isExample && result) out.push("    " + style.green(`→ ${result[1]}`));
        else out.push("    " + (fence[1] === "text" ? b : style.cyan(b)));
      }
      out.push("");
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      flush();
      const level = h[1].length;
      const title = inline(h[2], style);
      if (level === 1) {
        out.push(...wrap(title, w).map((l) => style.bold.underline(l)), "");
      } else if (level === 2) {
        if (out.length && out[out.length - 1] !== "") out.push("");
        out.push(...wrap(title, w, "  ", "■ ").map((l) => style.bold.yellow(l)), "");
      } else {
        out.push(...wrap(title, w).map((l) => style.bold(l)));
      }
      continue;
    }
    const bullet = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(line);
    if (bullet) {
      flush();
      const marker = /\d/.test(bullet[2]) ? bullet[2] : "•";
      const pad = bullet[1] + " ".repeat(marker.length + 1);
      // Continuation lines of the item are indented under it.
      let text = bullet[3];
      while (i + 1 < lines.length && /^\s{2,}\S/.test(lines[i + 1]) && !/^\s*([-*]|\d+\.)\s/.test(lines[i + 1])) text += " " + lines[++i].trim();
      out.push(...wrap(inline(text, style), w, "  " + pad, "  " + bullet[1] + marker + " "));
      continue;
    }
    if (line.trim() === "") {
      flush();
      if (out.length && out[out.length - 1] !== "") out.push("");
      continue;
    }
    para.push(line.trim());
  }
  flush();
  while (out.length && out[out.length - 1] === "") out.pop();
  return out.join("\n") + "\n";
}
