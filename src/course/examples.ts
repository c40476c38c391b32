/**
 * Executable worked examples in lessons. A ```ts example block holds pairs of
 *   <expression, one or more lines>
 *   // → <what it returns>
 * and `checkExamples` evaluates each expression against the course's reference solutions, so
 * no lesson can print a number that the reference code does not compute.
 */
import { formatValue } from "../render/format";

export interface Example {
  /** 1-based line of the `// →` claim in the lesson file. */
  line: number;
  expression: string;
  claim: string;
}

export function parseExamples(markdown: string): Example[] {
  const lines = markdown.split(/\r?\n/);
  const examples: Example[] = [];
  let inExample = false;
  let inFence = false;
  let buffer: string[] = [];
  lines.forEach((line, i) => {
    const fence = /^```\s*(\S*)\s*(\S*)/.exec(line);
    if (fence) {
      if (!inFence) {
        inFence = true;
        inExample = fence[1] === "ts" && fence[2] === "example";
        buffer = [];
      } else {
        inFence = false;
        inExample = false;
      }
      return;
    }
    if (!inExample) return;
    const claim = /^\s*\/\/\s*→\s*(.*)$/.exec(line);
    if (claim) {
      const expression = buffer.join("\n").trim();
      if (expression) examples.push({ line: i + 1, expression, claim: claim[1].trim() });
      buffer = [];
    } else if (line.trim() && !/^\s*\/\//.test(line)) {
      buffer.push(line);
    }
  });
  return examples;
}

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?|-?Infinity|NaN/gi;

function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbersIn(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => numbersIn(v, out));
  return out;
}

/** Compares a claim such as "[0.6, -0.8]" or "0.983" with a computed value, to the decimals written. */
export function claimMatches(claim: string, actual: unknown): { ok: boolean; why?: string } {
  const claimed = claim.match(NUMBER) ?? [];
  const got = numbersIn(actual);
  if (claimed.length === 0) {
    const shown = typeof actual === "string" ? actual : JSON.stringify(actual);
    return shown === claim || String(actual) === claim ? { ok: true } : { ok: false, why: `the code gives ${shown}` };
  }
  if (claimed.length !== got.length) return { ok: false, why: `the claim has ${claimed.length} numbers, the code gives ${got.length}: ${formatValue(actual, 8)}` };
  for (let i = 0; i < claimed.length; i++) {
    const text = claimed[i];
    const c = Number(text);
    const a = got[i];
    if (Number.isNaN(c) || !Number.isFinite(c)) {
      if (!Object.is(c, a)) return { ok: false, why: `number ${i + 1} is ${a}, not ${text}` };
      continue;
    }
    const mantissa = text.split(/e/i)[0];
    const decimals = mantissa.includes(".") ? mantissa.split(".")[1].length : 0;
    const exponent = /e/i.test(text) ? Number(text.split(/e/i)[1]) : 0;
    const allowed = 0.5 * 10 ** (exponent - decimals) + 1e-12 * Math.abs(c);
    if (!(Math.abs(a - c) <= allowed)) return { ok: false, why: `number ${i + 1} is ${a}, not ${text}` };
  }
  return { ok: true };
}

export interface ExampleFailure {
  example: Example;
  why: string;
}

/** Evaluates every example with `scope` (the reference exports) in view; returns the ones that disagree. */
export function checkExamples(markdown: string, scope: Record<string, unknown>): { checked: number; failures: ExampleFailure[] } {
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  const values = names.map((n) => scope[n]);
  const failures: ExampleFailure[] = [];
  const examples = parseExamples(markdown);
  for (const example of examples) {
    let actual: unknown;
    try {
      actual = new Function(...names, `"use strict"; return (${example.expression});`)(...values);
    } catch (error) {
      failures.push({ example, why: `it throws: ${(error as Error).message}` });
      continue;
    }
    const verdict = claimMatches(example.claim, actual);
    if (!verdict.ok) failures.push({ example, why: verdict.why! });
  }
  return { checked: examples.length, failures };
}
