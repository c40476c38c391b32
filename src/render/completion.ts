/**
 * Shell completion scripts, generated from the command table (commands, their options and
 * arguments, groups' subcommands), so they can never list a command that does not exist. Ids of
 * exercises and topics are not baked in: the scripts ask `latutor __complete exercises|topics`
 * when you press Tab, so they follow the course (or pack) of the workspace you are in.
 */

/** What an argument or an option's value completes to. */
export type WordKind = "exercises" | "topics" | "shells" | "files" | "dirs" | "none";

export interface SpecLike {
  name: string;
  args?: string;
  summary: string;
  options: { flags: string }[] | { flags: string; description: string }[];
  subcommands?: SpecLike[];
}

export interface OptionModel {
  long?: string;
  short?: string;
  description: string;
  /** The kind of its value, or undefined for a flag without one. */
  value?: WordKind;
}

export interface CommandModel {
  /** "check", or "pack build" for a group's subcommand. */
  key: string;
  name: string;
  summary: string;
  options: OptionModel[];
  /** Kinds of the positional arguments, in order; the last repeats when `variadic`. */
  args: WordKind[];
  variadic: boolean;
  subcommands: string[];
}

export interface CompletionModel {
  commands: CommandModel[];
  global: OptionModel[];
}

const ARG_KINDS: Record<string, WordKind> = { id: "exercises", ids: "exercises", topic: "topics", shell: "shells", dir: "dirs", submissions: "dirs", file: "files", source: "files" };
const VALUE_KINDS: Record<string, WordKind> = { topic: "topics", junit: "files", out: "files", output: "files" };

export function parseOption(flags: string, description: string): OptionModel {
  const long = /--[\w-]+/.exec(flags)?.[0];
  const short = /(?:^|[\s,])(-\w)\b/.exec(flags)?.[1];
  const placeholder = /[<[]([\w-]+)[>\]]/.exec(flags)?.[1];
  let value: WordKind | undefined;
  if (placeholder) value = VALUE_KINDS[long?.slice(2) ?? ""] ?? (placeholder === "file" ? "files" : "none");
  return { long, short, description, value };
}

export function parseArgs(args: string | undefined): { args: WordKind[]; variadic: boolean } {
  const parts = [...(args ?? "").matchAll(/[<[]([\w-]+)(\.\.\.)?[>\]]/g)];
  return { args: parts.map((m) => ARG_KINDS[m[1]] ?? "none"), variadic: parts.some((m) => Boolean(m[2])) };
}

export function completionModel(specs: SpecLike[]): CompletionModel {
  const commands: CommandModel[] = [];
  const walk = (list: SpecLike[], prefix: string) => {
    for (const spec of list) {
      const key = prefix ? `${prefix} ${spec.name}` : spec.name;
      const { args, variadic } = parseArgs(spec.args);
      commands.push({
        key,
        name: spec.name,
        summary: spec.summary,
        options: [...spec.options.map((o) => parseOption(o.flags, "description" in o ? o.description : "")), { long: "--help", short: "-h", description: "show help for this command" }],
        args,
        variadic,
        subcommands: (spec.subcommands ?? []).map((s) => s.name),
      });
      walk(spec.subcommands ?? [], key);
    }
  };
  walk(specs, "");
  const global: OptionModel[] = [
    { long: "--help", short: "-h", description: "show help" },
    { long: "--version", short: "-v", description: "show latutor's version" },
    { long: "--debug", description: "show stack traces for errors" },
    { long: "--no-color", description: "no colours, even in a terminal" },
  ];
  return { commands, global };
}

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

/** Single-quoted for sh, bash and zsh. */
const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
/** Single-quoted for fish (which escapes \ and ' inside single quotes). */
const fq = (s: string) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** Shell functions both bash and zsh read: the table, as `case` statements. */
function tableFunctions(m: CompletionModel): string {
  const top = m.commands.filter((c) => !c.key.includes(" "));
  const byKey = (key: string) => (key === "" ? { subcommands: top.map((c) => c.name), options: m.global } : m.commands.find((c) => c.key === key)!);
  const keys = ["", ...m.commands.map((c) => c.key)];
  const flags = (o: OptionModel) => [o.long, o.short].filter(Boolean) as string[];
  const cases = (fn: (key: string) => string | undefined) =>
    keys
      .map((k) => [k, fn(k)] as const)
      .filter(([, body]) => body !== undefined && body !== "")
      .map(([k, body]) => `    ${sq(k)}) ${body} ;;`)
      .join("\n");
  return [
    "__latutor_subcommands() {",
    '  case "$1" in',
    cases((k) => (byKey(k).subcommands.length ? `echo ${sq(byKey(k).subcommands.join(" "))}` : undefined)),
    "  esac",
    "}",
    "__latutor_options() {",
    '  case "$1" in',
    cases((k) => `echo ${sq(byKey(k).options.flatMap(flags).join(" "))}`),
    "  esac",
    "}",
    "# the kind of value an option takes (nothing for a flag)",
    "__latutor_value_kind() {",
    '  case "$1 $2" in',
    ...m.commands.flatMap((c) => c.options.filter((o) => o.value).flatMap((o) => flags(o).map((f) => `    ${sq(`${c.key} ${f}`)}) echo ${o.value} ;;`))),
    "  esac",
    "}",
    "# the kind of the command's positional argument number $2 (from 0)",
    "__latutor_arg_kind() {",
    '  case "$1" in',
    ...m.commands
      .filter((c) => c.args.length)
      .map((c) => {
        const last = c.args.length - 1;
        const branches = c.args.map((kind, i) => (i === last && c.variadic ? `*) echo ${kind} ;;` : `${i}) echo ${kind} ;;`));
        return `    ${sq(c.key)}) case "$2" in ${branches.join(" ")} esac ;;`;
      }),
    "  esac",
    "}",
    "__latutor_words() {",
    '  case "$1" in',
    `    shells) echo ${sq(SHELLS.join(" "))} ;;`,
    '    exercises|topics) if command -v latutor >/dev/null 2>&1; then latutor __complete "$1" 2>/dev/null; else __latutor_self __complete "$1" 2>/dev/null; fi ;;',
    "  esac",
    "}",
    "# where the command stands: sets __latutor_key (the command), __latutor_npos (arguments so far)",
    "# and __latutor_value (the kind of value the word being completed is for, if it follows an option)",
    "__latutor_scan() {",
    '  __latutor_key=""; __latutor_npos=0; __latutor_value=""',
    "  local w subs",
    '  for w in "$@"; do',
    '    if [ -n "$__latutor_value" ]; then __latutor_value=""; continue; fi',
    "    case $w in",
    "      --*=*) ;;",
    '      -*) __latutor_value=$(__latutor_value_kind "$__latutor_key" "$w") ;;',
    "      *)",
    '        subs=" $(__latutor_subcommands "$__latutor_key") "',
    '        case "$subs" in',
    '          *" $w "*) __latutor_key="${__latutor_key:+$__latutor_key }$w"; __latutor_npos=0 ;;',
    "          *) __latutor_npos=$((__latutor_npos + 1)) ;;",
    "        esac ;;",
    "    esac",
    "  done",
    "}",
  ].join("\n");
}

function selfFunction(self: string[]): string {
  return `__latutor_self() { ${self.map(sq).join(" ")} "$@"; }`;
}

export function bashScript(m: CompletionModel, self: string[]): string {
  return `# latutor completion for bash. Load it with: source <(latutor completion bash)
# (or save it: latutor completion bash > ~/.local/share/bash-completion/completions/latutor)
${selfFunction(self)}
${tableFunctions(m)}
_latutor() {
  local cur=\${COMP_WORDS[COMP_CWORD]} __latutor_key __latutor_npos __latutor_value
  __latutor_scan "\${COMP_WORDS[@]:1:COMP_CWORD-1}"
  local kind
  if [ -n "$__latutor_value" ]; then
    kind=$__latutor_value
  elif [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(__latutor_options "$__latutor_key")" -- "$cur"))
    return
  else
    local subs
    subs=$(__latutor_subcommands "$__latutor_key")
    if [ -n "$subs" ] && [ "$__latutor_npos" -eq 0 ]; then
      COMPREPLY=($(compgen -W "$subs" -- "$cur"))
      return
    fi
    kind=$(__latutor_arg_kind "$__latutor_key" "$__latutor_npos")
  fi
  case $kind in
    files) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
    dirs) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")) ;;
    exercises|topics|shells) COMPREPLY=($(compgen -W "$(__latutor_words "$kind")" -- "$cur")) ;;
    *) COMPREPLY=() ;;
  esac
}
complete -F _latutor latutor
`;
}

export function zshScript(m: CompletionModel, self: string[]): string {
  const described = (key: string) => {
    const list = key === "" ? m.commands.filter((c) => !c.key.includes(" ")) : m.commands.filter((c) => c.key.startsWith(`${key} `) && !c.key.slice(key.length + 1).includes(" "));
    return list.map((c) => sq(`${c.name}:${oneLine(c.summary)}`)).join(" ");
  };
  const describedOptions = (options: OptionModel[]) =>
    options.flatMap((o) => [o.long, o.short].filter(Boolean).map((f) => sq(`${f}:${oneLine(o.description).replace(/:/g, "\\:")}`))).join(" ");
  const keys = ["", ...m.commands.filter((c) => c.subcommands.length).map((c) => c.key)];
  return `#compdef latutor
# latutor completion for zsh. Load it with: source <(latutor completion zsh)
# (or save it as _latutor in a folder of your $fpath)
${selfFunction(self)}
${tableFunctions(m)}
__latutor_described_commands() {
  case "$1" in
${keys.map((k) => `    ${sq(k)}) __latutor_list=(${described(k)}) ;;`).join("\n")}
    *) __latutor_list=() ;;
  esac
}
__latutor_described_options() {
  case "$1" in
    '') __latutor_list=(${describedOptions(m.global)}) ;;
${m.commands.map((c) => `    ${sq(c.key)}) __latutor_list=(${describedOptions(c.options)}) ;;`).join("\n")}
  esac
}
_latutor() {
  local -a __latutor_list
  local __latutor_key __latutor_npos __latutor_value kind
  __latutor_scan "\${(@)words[2,CURRENT-1]}"
  if [[ -n $__latutor_value ]]; then
    kind=$__latutor_value
  elif [[ $PREFIX == -* ]]; then
    __latutor_described_options "$__latutor_key"
    _describe -t options 'option' __latutor_list
    return
  else
    if [[ -n $(__latutor_subcommands "$__latutor_key") && $__latutor_npos -eq 0 ]]; then
      __latutor_described_commands "$__latutor_key"
      _describe -t commands 'command' __latutor_list
      return
    fi
    kind=$(__latutor_arg_kind "$__latutor_key" "$__latutor_npos")
  fi
  case $kind in
    files) _files ;;
    dirs) _files -/ ;;
    exercises|topics|shells) compadd -- \${=$(__latutor_words "$kind")} ;;
  esac
}
if [[ "\${funcstack[1]}" == "_latutor" ]]; then
  _latutor "$@"
else
  compdef _latutor latutor
fi
`;
}

export function fishScript(m: CompletionModel, self: string[]): string {
  const lines = [
    "# latutor completion for fish. Load it with: latutor completion fish | source",
    "# (or save it: latutor completion fish > ~/.config/fish/completions/latutor.fish)",
    `function __latutor_words`,
    `    if command -q latutor`,
    `        latutor __complete $argv[1] 2>/dev/null`,
    `    else`,
    `        ${self.map(fq).join(" ")} __complete $argv[1] 2>/dev/null`,
    `    end`,
    `end`,
    "complete -c latutor -f",
  ];
  for (const o of m.global) {
    lines.push(`complete -c latutor -n __fish_use_subcommand${o.long ? ` -l ${o.long.slice(2)}` : ""}${o.short ? ` -s ${o.short.slice(1)}` : ""} -d ${fq(oneLine(o.description))}`);
  }
  const valueArgs = (kind: WordKind | undefined) =>
    kind === "files" ? " -r -F" : kind === "dirs" ? " -r -a '(__fish_complete_directories)'" : kind === "exercises" || kind === "topics" ? ` -r -a '(__latutor_words ${kind})'` : kind === "shells" ? " -r -a 'bash zsh fish'" : kind ? " -r" : "";
  for (const c of m.commands) {
    const path = c.key.split(" ");
    const seen = path.map((p) => `__fish_seen_subcommand_from ${p}`).join("; and ");
    // A top-level command whose name is also a subcommand's (verify, pack verify) must not take the other's options.
    const groups = m.commands.filter((g) => g.subcommands.includes(path[path.length - 1]) && g.key !== c.key && !c.key.startsWith(`${g.key} `));
    const notOther = path.length === 1 && groups.length ? `; and not __fish_seen_subcommand_from ${groups.map((g) => g.name).join(" ")}` : "";
    if (path.length === 1) lines.push(`complete -c latutor -n "__fish_use_subcommand" -a ${c.name} -d ${fq(oneLine(c.summary))}`);
    else {
      const parent = path.slice(0, -1);
      const parentCmd = m.commands.find((x) => x.key === parent.join(" "))!;
      lines.push(`complete -c latutor -n "${parent.map((p) => `__fish_seen_subcommand_from ${p}`).join("; and ")}; and not __fish_seen_subcommand_from ${parentCmd.subcommands.join(" ")}" -a ${c.name} -d ${fq(oneLine(c.summary))}`);
    }
    const condition = `"${seen}${notOther}"`;
    for (const o of c.options) {
      lines.push(`complete -c latutor -n ${condition}${o.long ? ` -l ${o.long.slice(2)}` : ""}${o.short ? ` -s ${o.short.slice(1)}` : ""}${valueArgs(o.value)} -d ${fq(oneLine(o.description))}`);
    }
    const kinds = new Set(c.args.filter((k) => k !== "none"));
    for (const kind of kinds) {
      if (kind === "files") lines.push(`complete -c latutor -n ${condition} -F`);
      else if (kind === "dirs") lines.push(`complete -c latutor -n ${condition} -a '(__fish_complete_directories)'`);
      else lines.push(`complete -c latutor -n ${condition} -a ${kind === "shells" ? "'bash zsh fish'" : `'(__latutor_words ${kind})'`}`);
    }
  }
  return lines.join("\n") + "\n";
}

export function completionScript(shell: Shell, m: CompletionModel, self: string[]): string {
  return shell === "bash" ? bashScript(m, self) : shell === "zsh" ? zshScript(m, self) : fishScript(m, self);
}
