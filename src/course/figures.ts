/**
 * Generated pictures in lessons. A block opened with ```text figure <name> holds a picture that a
 * lesson's figure module (`lessons/NN-topic.figures.ts`, default export: name → () => string)
 * draws by running the reference code: a rotated ship, a blurred image, an error plot. The course
 * test proves every block is exactly what its generator draws today, and `npm run figures`
 * rewrites the blocks after a change, so no lesson can show a stale or invented picture.
 */
export interface FigureBlock {
  name: string;
  /** 1-based line of the opening fence. */
  line: number;
  text: string;
}

const OPEN = /^```text\s+figure\s+([a-z0-9-]+)\s*$/;

export function parseFigures(markdown: string): FigureBlock[] {
  const lines = markdown.split(/\r?\n/);
  const out: FigureBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`figure "${open[1]}" at line ${i + 1} has no closing fence`);
    out.push({ name: open[1], line: i + 1, text: lines.slice(i + 1, end).join("\n") });
    i = end;
  }
  return out;
}

/** Trailing spaces are invisible in a terminal and editors strip them: they never count. */
export const normaliseFigure = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .replace(/^\n+|\n+$/g, "");

/** The markdown with every figure block's body replaced by what its generator draws now. */
export function renderFigures(markdown: string, draw: Record<string, () => string>): string {
  const lines = markdown.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    const open = OPEN.exec(lines[i]);
    if (!open) continue;
    const generator = draw[open[1]];
    if (!generator) throw new Error(`figure "${open[1]}" has no generator`);
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`figure "${open[1]}" at line ${i + 1} has no closing fence`);
    out.push(normaliseFigure(generator()));
    i = end - 1;
  }
  return out.join("\n");
}

/** Figure blocks that differ from what their generator draws, and generators no block uses. */
export function staleFigures(markdown: string, draw: Record<string, () => string>): string[] {
  const problems: string[] = [];
  const blocks = parseFigures(markdown);
  for (const b of blocks) {
    const generator = draw[b.name];
    if (!generator) {
      problems.push(`line ${b.line}: figure "${b.name}" has no generator`);
      continue;
    }
    if (normaliseFigure(generator()) !== normaliseFigure(b.text)) problems.push(`line ${b.line}: figure "${b.name}" is not what its generator draws (run npm run figures)`);
  }
  for (const name of Object.keys(draw)) if (!blocks.some((b) => b.name === name)) problems.push(`figure "${name}" is drawn but no lesson block shows it`);
  return problems;
}
