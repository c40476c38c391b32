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
  /** The command's code; absent for a group whose subcommands do the work (latutor pack …). */
  load?: () => Promise<{ run: Handler }>;
  subcommands?: CommandSpec[];
}

/** Every runnable command with its full name ("check", "pack build"), groups' subcommands included. */
export function allCommands(specs: CommandSpec[] = COMMANDS, prefix = ""): { path: string; spec: CommandSpec }[] {
  return specs.flatMap((spec) => {
    const path = prefix ? `${prefix} ${spec.name}` : spec.name;
    return [...(spec.load ? [{ path, spec }] : []), ...allCommands(spec.subcommands ?? [], path)];
  });
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

export function parseFormat(value: string): string {
  if (value !== "classroom" && value !== "classroom-output") throw new Error(`the formats are classroom (the JSON) and classroom-output (result=<base64> for $GITHUB_OUTPUT); --json is latutor's own; got "${value}"`);
  return value;
}

export const COMMANDS: CommandSpec[] = [
  {
    name: "init",
    args: "[dir]",
    summary: "create a workspace in dir (default: the current folder); never overwrites your files",
    options: [{ flags: "--pack <name>", description: "follow an installed pack instead of the built-in course (latutor pack list)" }],
    load: () => import("./commands/init"),
  },
  {
    name: "next",
    summary: "show the next lesson or exercise (makes ./latutor-workspace if you are not in a workspace)",
    options: [
      { flags: "--topic <id>", description: "start at this topic instead (e.g. --topic 06): its lesson, then its first unfinished exercise" },
      { flags: "--no-pager", description: "print the lesson instead of paging it (LATUTOR_PAGER chooses the pager)" },
    ],
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
      { flags: "--no-pager", description: "print the lesson instead of paging it (LATUTOR_PAGER chooses the pager)" },
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
      { flags: "--format <format>", description: "classroom: the result JSON GitHub Classroom's grading reporter reads (partial credit per exercise); classroom-output: the same as result=<base64> for $GITHUB_OUTPUT", parse: parseFormat },
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
    name: "try",
    args: "<id> [expression...]",
    summary: 'evaluate an expression over your exports, isolated like check: latutor try gaussian-elimination "solve([[0,1],[1,1]], [1,2])"',
    options: [
      { flags: "--compare", description: "also evaluate it over the reference solution and show the difference" },
      { flags: "--plot", description: "draw the result's lists of numbers (a vector, a matrix's rows, an object's history)" },
      { flags: "--json", description: "print the result as one JSON object" },
    ],
    load: () => {
      prestartRunner({ memoryLimitMb: DEFAULT_MEMORY_LIMIT_MB });
      return import("./commands/try");
    },
  },
  {
    name: "progress",
    summary: "your progress: per-topic bars, exercises, going-deeper challenges, quizzes, attempts, time, and the next step",
    options: [{ flags: "--json", description: "print it as JSON" }],
    load: () => import("./commands/progress"),
  },
  {
    name: "skip",
    args: "[id]",
    summary: "move on without passing (default: the current exercise); skipped exercises come back at the end",
    options: [],
    load: () => import("./commands/skip"),
  },
  {
    name: "open",
    args: "[id]",
    summary: "open an exercise's file in $VISUAL or $EDITOR (default: the current exercise)",
    options: [],
    load: () => import("./commands/open"),
  },
  {
    name: "notation",
    summary: "the notation cheat sheet (Σ, ‖v‖, Aᵀ, ℝⁿ, λ, …) on its own",
    options: [],
    load: () => import("./commands/notation"),
  },
  {
    name: "menu",
    summary: "an interactive menu (what latutor with no arguments shows at a terminal)",
    options: [],
    load: () => import("./commands/menu"),
  },
  {
    name: "completion",
    args: "<shell>",
    summary: "print a completion script for bash, zsh or fish: source <(latutor completion bash)",
    options: [],
    load: () => import("./commands/completion"),
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
  {
    name: "pack",
    summary: "for instructors: make, verify, build, install and manage exercise packs",
    options: [],
    subcommands: [
      { name: "new", args: "<dir>", summary: "scaffold a pack with one topic and one exercise that verifies green", options: [], load: () => import("./commands/pack/new") },
      {
        name: "verify",
        args: "[dir]",
        summary: "check a pack (default: the current folder): manifest, files, lessons and their examples, references pass, stubs fail, limits",
        options: [
          { flags: "--seeds <n>", description: "how many seeds to try each reference with (default 3)", parse: parseCount },
          { flags: "--json", description: "print the report as JSON" },
        ],
        load: () => import("./commands/pack/verify"),
      },
      {
        name: "build",
        args: "[dir]",
        summary: "verify a pack (default: the current folder), then write it as one .latpack file (the same files give the same bytes)",
        options: [
          { flags: "-o, --output <file>", description: "where to write it (default: <name>-<version>.latpack in the current folder)" },
          { flags: "--no-verify", description: "skip verification (the manifest and files are still checked)" },
        ],
        load: () => import("./commands/pack/build"),
      },
      {
        name: "install",
        args: "<source>",
        summary: "install a pack from a .latpack file or a pack folder (a newer version updates it)",
        options: [{ flags: "--sha256 <digest>", description: "refuse the file unless its sha256 is this (pin it in CI)" }],
        load: () => import("./commands/pack/install"),
      },
      { name: "list", summary: "the built-in course and the installed packs", options: [{ flags: "--json", description: "print the list as JSON" }], load: () => import("./commands/pack/list") },
      { name: "remove", args: "<name>", summary: "uninstall a pack (workspaces that follow it keep their files)", options: [], load: () => import("./commands/pack/remove") },
      { name: "use", args: "<name>", summary: "switch this workspace to another course or pack (files and progress kept)", options: [], load: () => import("./commands/pack/use") },
      {
        name: "classroom",
        args: "<pack>",
        summary: "write a GitHub Classroom workflow and a GitLab CI job that grade a pack (.latpack or folder), pinned by its sha256",
        options: [
          { flags: "-o, --output <dir>", description: "the repository folder to write into (default: the current folder)" },
          { flags: "--url <url>", description: "where CI downloads the .latpack (default: a copy committed beside the workflow)" },
          { flags: "--workspace <dir>", description: "the workspace folder inside the students' repositories (default: the repository itself)" },
          { flags: "--latutor <spec>", description: "what CI installs with npm install --global (default: latutor@<this version>; a tarball or git URL works too)" },
        ],
        load: () => import("./commands/pack/classroom"),
      },
    ],
  },
  {
    name: "grade",
    args: "<submissions>",
    summary: "for instructors: grade a folder of student workspaces into a gradebook (CSV and JSON)",
    options: [
      { flags: "--pack <name>", description: "the course to grade against (default: the one the workspaces follow; they must agree)" },
      { flags: "--workers <n>", description: "how many students to grade at once (default: the number of cores)", parse: parseCount },
      { flags: "--out <file>", description: "write the gradebook as CSV (default: grades.csv in the current folder)" },
      { flags: "--json <file>", description: "also write a JSON report with every case of every student" },
      { flags: "--seed <n>", description: "the seed of the random cases (default 1: re-grading gives the same grades)", parse: parseSeed },
    ],
    load: () => import("./commands/grade"),
  },
];
