// The one table npm run bench prints: a row per measurement, with its median, its range over the
// runs, its ratio to the baseline measured in the same run, its target and whether it is met.
export const fmtMs = (ms) => (!Number.isFinite(ms) ? "–" : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
export const fmtRate = (r) => (Number.isFinite(r) ? `${r.toFixed(1)} checks/s` : "–");
export const fmtMb = (mb) => (Number.isFinite(mb) ? `${mb.toFixed(0)} MB` : "–");
export const fmtRatio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : "–");

/**
 * rows: { label, value (text), range (text), vs (text), target (text), met: true | false | undefined }
 * (met undefined: no target, or not measured). Notes are printed under the table.
 */
export function renderTable(title, rows, notes = []) {
  const head = ["measurement", "median", "range (min–max)", "vs baseline (same run)", "target", "met"];
  const cells = rows.map((r) => [r.label, r.value ?? "–", r.range ?? "", r.vs ?? "", r.target ?? "—", r.met === undefined ? (r.target && r.target !== "—" ? "n/a" : "") : r.met ? "yes" : "NO"]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => x.padEnd(widths[i])).join("  ").trimEnd();
  const out = [title, "", line(head), widths.map((w) => "─".repeat(w)).join("  "), ...cells.map(line)];
  if (notes.length) out.push("", ...notes.map((n) => `  · ${n}`));
  return out.join("\n");
}
