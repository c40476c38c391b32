/** JUnit XML: the grader's results as CI systems (GitHub Actions, GitLab CI, Jenkins) read them. */
import type { GradeResult } from "../grader/result";

const escape = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // XML 1.0 allows no control characters but tab, newline and carriage return, no U+FFFE or
    // U+FFFF, and no surrogate that is not half of a pair.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");

const MAX_TEXT = 4000;
const text = (s: string) => escape(s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}… (${s.length - MAX_TEXT} more characters)` : s);

/** One <testsuite> per exercise, one <testcase> per hidden case. */
export function renderJUnit(results: GradeResult[]): string {
  const total = results.reduce((s, r) => s + r.cases.length, 0);
  // A going-deeper challenge that is still open is reported as skipped: it never fails the suite.
  const failed = (r: GradeResult) => r.cases.filter((c) => !c.passed && c.tier !== "challenge");
  const failures = results.reduce((s, r) => s + failed(r).length, 0);
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const lines = [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="latutor" tests="${total}" failures="${failures}">`];
  for (const r of results) {
    const skipped = r.cases.filter((c) => !c.passed && c.tier === "challenge").length;
    lines.push(`  <testsuite name="${escape(r.exercise)}" tests="${r.cases.length}" failures="${failed(r).length}" skipped="${skipped}" time="${seconds(r.durationMs)}">`);
    lines.push(`    <properties><property name="seed" value="${r.seed}"/><property name="score" value="${r.score}"/><property name="file" value="${escape(r.file)}"/></properties>`);
    for (const c of r.cases) {
      const name = `${escape(r.exercise)}: ${escape(c.name)}${c.tier === "challenge" ? " ★" : ""}`;
      if (c.passed) lines.push(`    <testcase classname="${escape(r.exercise)}" name="${name}"/>`);
      else if (c.tier === "challenge") {
        lines.push(`    <testcase classname="${escape(r.exercise)}" name="${name}">`, `      <skipped message="${text(`going-deeper challenge open: ${c.message}`)}"/>`, `    </testcase>`);
      } else {
        const detail = [c.message, c.description, r.diagnoses?.map((d) => `diagnosis: ${d.message}`).join("\n"), `reproduce: latutor check ${r.exercise} --seed ${r.seed}`].filter(Boolean).join("\n");
        lines.push(`    <testcase classname="${escape(r.exercise)}" name="${name}">`, `      <failure message="${text(c.message)}">${text(detail)}</failure>`, `    </testcase>`);
      }
    }
    lines.push(`  </testsuite>`);
  }
  lines.push(`</testsuites>`, "");
  return lines.join("\n");
}
