import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands";
import { completionModel, completionScript, parseArgs, parseOption } from "../../src/render/completion";

const model = completionModel(COMMANDS);
const dir = mkdtempSync(join(tmpdir(), "latutor-completion-"));
// Stands in for `latutor __complete …`, so that this test needs no build.
const fake = join(dir, "fake-latutor");
writeFileSync(fake, '#!/bin/sh\ncase "$2" in exercises) echo "norms\nnormal-equations\ngaussian-elimination" ;; topics) echo "01-vectors\n06-elimination" ;; esac\n');
chmodSync(fake, 0o755);
const script = join(dir, "latutor.bash");
writeFileSync(script, completionScript("bash", model, [fake]));

/** What bash offers for the words typed so far (the last one is being completed). */
function complete(...words: string[]): string[] {
  const line = ["latutor", ...words];
  const program = `source ${JSON.stringify(script)}; COMP_WORDS=(${line.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${line.length - 1}; _latutor; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const out = execFileSync("bash", ["-c", program], { encoding: "utf8", cwd: dir, env: { PATH: "/usr/bin:/bin", HOME: dir } });
  return out.split("\n").filter(Boolean);
}

describe("shell completion", () => {
  it("reads commands, options, value kinds and arguments from the command table", () => {
    expect(parseOption("-s, --section <id>", "x")).toEqual({ long: "--section", short: "-s", description: "x", value: "none" });
    expect(parseOption("--topic <id>", "x").value).toBe("topics");
    expect(parseOption("--junit <file>", "x").value).toBe("files");
    expect(parseOption("--no-plot", "x").value).toBeUndefined();
    expect(parseArgs("<id> [expression...]")).toEqual({ args: ["exercises", "none"], variadic: true });
    expect(parseArgs("[ids...]")).toEqual({ args: ["exercises"], variadic: true });
    for (const c of COMMANDS) expect(model.commands.map((m) => m.key)).toContain(c.name);
  });

  it("a real bash accepts the script and registers it", () => {
    const out = execFileSync("bash", ["-c", `source ${JSON.stringify(script)}; complete -p latutor`], { encoding: "utf8" });
    expect(out.trim()).toBe("complete -F _latutor latutor");
  });

  it("completes command names", () => {
    expect(complete("ch")).toEqual(["check"]);
    expect(complete("")).toEqual(expect.arrayContaining(COMMANDS.map((c) => c.name)));
  });

  it("completes a command's options, and the global ones before a command", () => {
    expect(complete("check", "--")).toEqual(expect.arrayContaining(["--all", "--json", "--seed", "--no-plot", "--junit", "--help"]));
    expect(complete("watch", "--p")).toEqual(["--poll"]);
    expect(complete("--")).toEqual(expect.arrayContaining(["--debug", "--no-color", "--version"]));
  });

  it("completes exercise and topic ids from the course, where the command takes them", () => {
    expect(complete("check", "norm")).toEqual(["norms", "normal-equations"]);
    expect(complete("try", "gau")).toEqual(["gaussian-elimination"]);
    expect(complete("lesson", "0")).toEqual(["01-vectors", "06-elimination"]);
    expect(complete("next", "--topic", "06")).toEqual(["06-elimination"]);
    // An option's value is not an argument: after --seed 4 the id still comes first.
    expect(complete("check", "--seed", "4", "nor")).toEqual(["norms", "normal-equations"]);
    // verify takes any number of ids; try's expression is free text.
    expect(complete("verify", "norms", "gau")).toEqual(["gaussian-elimination"]);
    expect(complete("try", "norms", "nor")).toEqual([]);
  });

  it("completes the shells of latutor completion, and a group's subcommands", () => {
    expect(complete("completion", "")).toEqual(["bash", "zsh", "fish"]);
    const groups = model.commands.filter((c) => c.subcommands.length);
    for (const g of groups) expect(complete(...g.key.split(" "), "")).toEqual(expect.arrayContaining(g.subcommands));
  });

  it("writes a zsh script with every command described, loadable by compdef or from $fpath", () => {
    const zsh = completionScript("zsh", model, [fake]);
    expect(zsh.startsWith("#compdef latutor\n")).toBe(true);
    expect(zsh).toContain("compdef _latutor latutor");
    for (const c of COMMANDS) expect(zsh).toContain(`'${c.name}:`);
    // Its table functions are the bash ones: bash (standing in for zsh, which is not installed here) parses them.
    execFileSync("bash", ["-n", "-c", zsh.split("\n__latutor_described_commands")[0]]);
  });

  it("writes a fish script with a line for every command and option", () => {
    const fish = completionScript("fish", model, [fake]);
    for (const c of model.commands) expect(fish).toMatch(new RegExp(`-a ${c.name} -d `));
    expect(fish).toContain("complete -c latutor -n \"__fish_seen_subcommand_from check\" -l seed -r -d");
    expect(fish).toContain("-l topic -r -a '(__latutor_words topics)'");
    // Single quotes in descriptions are escaped the fish way.
    expect(fish).not.toMatch(/-d '[^']*[^\\]'[^ \n]/);
  });
});
