import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAnswers, pickChoice, yesOrNo } from "../../src/cli/answers";
import { pagerCommand, terminalColumns } from "../../src/cli/context";
import { loadBuiltinCourse } from "../../src/course/builtin";
import { readLesson } from "../../src/course/course";
import { fileLink, hyperlink, supportsHyperlinks } from "../../src/render/hyperlink";
import { renderMarkdown } from "../../src/render/markdown";
import { makeStyle } from "../../src/render/style";
import { editorCommand, editorInvocation } from "../../src/workspace/editor";

const plain = makeStyle(0);
const ansi = /\u001b\[[0-9;]*m/g;

describe("lessons wrap to the terminal", () => {
  const course = loadBuiltinCourse();
  const lesson = readLesson(course, course.topics[1]);

  for (const width of [40, 60, 80, 120]) {
    it(`every line of prose, headings included, fits ${width} columns (code keeps its lines)`, () => {
      const out = renderMarkdown(lesson, makeStyle(2), width);
      let inCode = false;
      for (const line of out.split("\n")) {
        const text = line.replace(ansi, "");
        if (text.startsWith("    ")) inCode = true;
        else if (text.trim() !== "") inCode = false;
        if (!inCode && !text.startsWith("    ")) expect(text.length, text).toBeLessThan(Math.min(width, 101));
      }
    });
  }

  it("never wraps wider than 100 columns, for readability", () => {
    const long = Array.from({ length: 80 }, () => "word").join(" ");
    for (const line of renderMarkdown(long, plain, 200).trimEnd().split("\n")) expect(line.length).toBeLessThanOrEqual(100);
  });

  it("takes the width from the terminal, else $COLUMNS, else 100", () => {
    expect(terminalColumns({ columns: 57 }, {})).toBe(57);
    expect(terminalColumns({}, { COLUMNS: "72" })).toBe(72);
    expect(terminalColumns({}, { COLUMNS: "junk" })).toBe(100);
    expect(terminalColumns({ columns: 5 }, {})).toBe(20);
  });
});

describe("the pager", () => {
  it("LATUTOR_PAGER wins over PAGER; cat or empty turns paging off", () => {
    expect(pagerCommand({ LATUTOR_PAGER: "most", PAGER: "less" })).toBe("most");
    expect(pagerCommand({ PAGER: "more" })).toBe("more");
    expect(pagerCommand({})).toBe("less -R -F -X");
    expect(pagerCommand({ LATUTOR_PAGER: "cat", PAGER: "less" })).toBeUndefined();
    expect(pagerCommand({ LATUTOR_PAGER: "" })).toBeUndefined();
  });
});

describe("terminal hyperlinks", () => {
  const tty = { isTTY: true };
  it("are used only where the terminal is known to show them", () => {
    expect(supportsHyperlinks(tty, { TERM_PROGRAM: "iTerm.app", TERM_PROGRAM_VERSION: "3.4.0" })).toBe(true);
    expect(supportsHyperlinks(tty, { TERM_PROGRAM: "iTerm.app", TERM_PROGRAM_VERSION: "3.0.1" })).toBe(false);
    expect(supportsHyperlinks(tty, { TERM_PROGRAM: "vscode", TERM_PROGRAM_VERSION: "1.90.0" })).toBe(true);
    expect(supportsHyperlinks(tty, { WT_SESSION: "x" })).toBe(true);
    expect(supportsHyperlinks(tty, { VTE_VERSION: "7600" })).toBe(true);
    expect(supportsHyperlinks(tty, { TERM: "xterm-kitty" })).toBe(true);
    expect(supportsHyperlinks(tty, { TERM: "xterm-256color" })).toBe(false);
    expect(supportsHyperlinks(tty, { TERM: "xterm-kitty", TMUX: "/tmp/x" })).toBe(false);
    expect(supportsHyperlinks({ isTTY: false }, { TERM: "xterm-kitty" })).toBe(false);
    expect(supportsHyperlinks(tty, { TERM: "xterm-kitty", CI: "true" })).toBe(false);
  });

  it("FORCE_HYPERLINK overrides the guess either way", () => {
    expect(supportsHyperlinks({ isTTY: false }, { FORCE_HYPERLINK: "1" })).toBe(true);
    expect(supportsHyperlinks(tty, { FORCE_HYPERLINK: "0", WT_SESSION: "x" })).toBe(false);
  });

  it("wrap the text in OSC 8 with a file URL, or leave it alone", () => {
    expect(hyperlink("a", "file:///x")).toBe("\u001b]8;;file:///x\u001b\\a\u001b]8;;\u001b\\");
    expect(fileLink("norms.ts", "/w/exercises/a b.ts", true)).toContain("file:///w/exercises/a%20b.ts");
    expect(fileLink("norms.ts", "/w/x.ts", false)).toBe("norms.ts");
  });
});

describe("the editor", () => {
  it("is $VISUAL, else $EDITOR", () => {
    expect(editorCommand({ VISUAL: "code --wait", EDITOR: "vi" })).toBe("code --wait");
    expect(editorCommand({ VISUAL: " ", EDITOR: "nano" })).toBe("nano");
    expect(editorCommand({})).toBeUndefined();
  });

  it("gets the file as one argument, whatever its name, with the editor's own options kept", () => {
    const dir = mkdtempSync(join(tmpdir(), "latutor-editor-"));
    const log = join(dir, "log");
    const editor = join(dir, "fake-editor");
    writeFileSync(editor, `#!/bin/sh\nfor a in "$@"; do printf '[%s]\\n' "$a" >> ${JSON.stringify(log)}; done\n`);
    chmodSync(editor, 0o755);
    const file = join(dir, `it's a "file" $HOME.ts`);
    const { command, args } = editorInvocation(`${editor} --wait`, file, "linux");
    execFileSync(command, args);
    expect(readFileSync(log, "utf8")).toBe(`[--wait]\n[${file}]\n`);
  });
});

describe("scripted answers (LATUTOR_ANSWERS)", () => {
  it("reads a JSON array or a comma-separated list", () => {
    expect(parseAnswers('["2", 0, "yes", true]')).toEqual(["2", "0", "yes", "true"]);
    expect(parseAnswers("2, 0 ,yes")).toEqual(["2", "0", "yes"]);
    expect(parseAnswers(undefined)).toEqual([]);
    expect(() => parseAnswers("[2, 0")).toThrow(/not a valid JSON array/);
    expect(() => parseAnswers('[{"a":1}]')).toThrow(/strings, whole numbers or booleans/);
  });

  it("picks a choice by its number from 0 or by its text, and names the question when neither fits", () => {
    const choices = ["100", "10,000", "See your progress"];
    expect(pickChoice("1", choices, "q")).toBe(1);
    expect(pickChoice("see your  PROGRESS", choices, "q")).toBe(2);
    expect(pickChoice("100", choices, "q")).toBe(0); // too large to be a number of a choice: a choice's text
    expect(() => pickChoice("7", choices, "How many?")).toThrow(/"7" is not one of the choices of "How many\?"/);
    expect(() => pickChoice("maybe", choices, "q")).toThrow(/from 0 to 2/);
  });

  it("answers yes/no questions, and refuses anything else", () => {
    expect(yesOrNo("Y", "q")).toBe(true);
    expect(yesOrNo("false", "q")).toBe(false);
    expect(() => yesOrNo("perhaps", "Reset?")).toThrow(/does not answer "Reset\?"/);
  });
});
