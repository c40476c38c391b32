/**
 * The command table: the one place that names latutor's commands, their arguments and options.
 * program.ts builds commander from it; the tests and the README read it. Each command's code is
 * loaded only when that command runs, so start-up stays cheap.
 */
import { DEFAULT_MEMORY_LIMIT_MB } from "../course/defaults";
import { prestartRunner } from "../grader/runner-process";
import type { Context } from "./context";

export interface OptionSpec {
  flags: string;
  description: string;
  /** Parses the raw option value (e.g. a number). */
  parse?: (value: string) => unknown;
}

export type Handler = (args: string[], options: Record<string, unknown>, ctx: Context) => Promise<number | void>;

export interface CommandSpec {
  name: string;
  args?: string;
  summary: string;
  options: OptionSpec[];
  load: () => Promise<{ run: Handler }>;
}

export function parseSeed(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) throw new Error(`--seed takes a whole number from 0 to ${0x7fffffff}, got "${value}"`);
  return n;
}

export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new Error(`expected a whole number from 1 to 100, got "${value}"`);
  return n;
}

export const COMMANDS: CommandSpec[] = [
  {
    name: "init",
    args: "[dir]",
    summary: "create a workspace in dir (default: the current folder); never overwrites your files",
    options: [],
    load: () => import("./commands/init"),
  },
  {
    name: "next",
    summary: "show the next lesson or exercise (makes ./latutor-workspace if you are not in a workspace)",
    options: [],
    load: () => import("./commands/next"),
  },
  {
    name: "list",
    summary: "topics, exercises and your progress",
    options: [{ flags: "--json", description: "print the progress as JSON" }],
    load: () => import("./commands/list"),
  },
  {
    name: "lesson",
    args: "[topic]",
    summary: "show a lesson (default: the current topic); topic is an id like 01-vectors, or just 01",
    options: [
      { flags: "-s, --section <id>", description: "show only one section, e.g. --section pivoting" },
      { flags: "--sections", description: "list the lesson's sections" },
    ],
    load: () => import("./commands/lesson"),
  },
  {
    name: "check",
    args: "[id]",
    summary: "grade an exercise with its hidden tests (default: the current exercise)",
    options: [
      { flags: "--all", description: "grade every exercise of the workspace" },
      { flags: "--json", description: "print one JSON object on stdout and nothing else" },
      { flags: "--seed <n>", description: "reproduce the random cases of an earlier run", parse: parseSeed },
      { flags: "--no-plot", description: "leave out the plots of your function next to the reference" },
      { flags: "--junit <file>", description: "also write the results as JUnit XML (for CI test reports)" },
      { flags: "--typecheck", description: "also run the TypeScript compiler on your file (slower; type errors do not fail a check)" },
    ],
    load: () => {
      // Boot the process that runs learner code while the grader itself loads (most exercises use the default limit).
      prestartRunner({ memoryLimitMb: DEFAULT_MEMORY_LIMIT_MB });
      return import("./commands/check");
    },
  },
  {
    name: "watch",
    args: "[id]",
    summary: "grade again on every save (default: the current exercise, following you as you pass)",
    options: [
      { flags: "--seed <n>", description: "use the same random cases every time", parse: parseSeed },
      { flags: "--no-plot", description: "leave out the plots" },
      { flags: "--poll", description: "poll files for changes (for network drives, WSL's /mnt and containers that miss saves)" },
    ],
    load: () => import("./commands/watch"),
  },
  {
    name: "hint",
    args: "[id]",
    summary: "the next hint for an exercise (default: the current one)",
    options: [{ flags: "--all", description: "show every hint at once" }],
    load: () => import("./commands/hint"),
  },
  {
    name: "quiz",
    args: "[topic]",
    summary: "take a topic's short quiz (needs a terminal)",
    options: [],
    load: () => import("./commands/quiz"),
  },
  {
    name: "reset",
    args: "<id>",
    summary: "put an exercise's original stub back (your file is kept in .latutor/backups)",
    options: [{ flags: "-y, --yes", description: "do not ask for confirmation" }],
    load: () => import("./commands/reset"),
  },
  {
    name: "solution",
    args: "<id>",
    summary: "show the reference solution of an exercise you have passed",
    options: [
      { flags: "--force", description: "show it before you have passed (asks first)" },
      { flags: "-y, --yes", description: "with --force: do not ask" },
    ],
    load: () => import("./commands/solution"),
  },
  {
    name: "verify",
    args: "[ids...]",
    summary: "for course authors: every reference passes, every stub fails, every lesson example holds",
    options: [
      { flags: "--seeds <n>", description: "how many seeds to try each reference with (default 3)", parse: parseCount },
      { flags: "--json", description: "print the report as JSON" },
    ],
    load: () => import("./commands/verify"),
  },
];
