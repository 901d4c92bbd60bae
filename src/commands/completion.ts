/**
 * `tpm-prep completion bash|zsh|fish|powershell`: a shell completion script, generated from the commander program itself
 * (its commands, options, choices and arguments), so it never drifts from the CLI.
 */
import type { Argument, Command, Option } from 'commander';
import { CATEGORIES, CATEGORY_IDS } from '../drill/questions.js';
import type { Io } from '../io.js';
import { LP_IDS, PRINCIPLES as CATALOG } from '../principles/catalog.js';

/**
 * What a value or argument completes to. `listOf`: the value is a comma list of these (`--lps
 * ownership,dive-deep`), so the item after the last comma is completed. `aliases`: the other words the
 * option takes, offered only when the item typed starts none of `words` (`backb` → `backbone`).
 */
type Values =
  | { kind: 'words'; words: readonly string[]; listOf?: string; aliases?: readonly string[] }
  | { kind: 'files' }
  | { kind: 'yaml' }
  | { kind: 'dirs' }
  | { kind: 'commands' }
  /**
   * The names of the interviewers of the user's loop (`interviewers:` in the nearest .tpm-prep.yaml), asked of
   * `tpm-prep __complete interviewers` when Tab is pressed (no network, one small file read); where the item typed
   * starts none of them, `orElse` (plan's and report's --interviewer also take an interviewer's principles).
   */
  | { kind: 'interviewers'; orElse?: Values & { kind: 'words' } }
  | { kind: 'none' };

/**
 * Options that name principles or question categories. Their parsers take ids, names and aliases, alone,
 * repeated or as comma lists, so they have no commander choices; completion offers the ids, from the catalogs,
 * and when what is typed starts no id, the aliases it starts (`backb` → `backbone`, `sd` → `sd`): ids first,
 * so a list of sixteen doesn't become one of ninety, and an alias still completes.
 */
const PRINCIPLES: Values = { kind: 'words', words: LP_IDS, listOf: 'principle', aliases: CATALOG.flatMap((p) => p.aliases) };
const CATALOG_OPTIONS: Readonly<Record<string, Values>> = {
  '--lp': PRINCIPLES,
  '--lps': PRINCIPLES,
  // The loop's interviewers by name; plan's and report's take principles too (`--interviewer ownership,dive-deep`).
  '--interviewer': { kind: 'interviewers', orElse: PRINCIPLES as Values & { kind: 'words' } },
  '--category': { kind: 'words', words: CATEGORY_IDS, listOf: 'category', aliases: CATEGORIES.flatMap((c) => c.aliases) },
  // A YAML file, and the folders on the way to one: `new --to` a file of stories, `--config` a .tpm-prep.yaml.
  '--to': { kind: 'yaml' },
  '--config': { kind: 'yaml' },
};

interface OptionSpec {
  readonly short?: string;
  readonly long?: string;
  readonly description: string;
  /** Absent when the option takes no value. */
  readonly value?: { readonly name: string; readonly values: Values };
  readonly repeatable: boolean;
}

interface CommandSpec {
  readonly name: string;
  readonly description: string;
  readonly options: OptionSpec[];
  readonly args: { readonly name: string; readonly optional: boolean; readonly variadic: boolean; readonly values: Values }[];
}

export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;

export function completionCommand(shell: string, program: Command, io: Io): number {
  const { top, commands } = describe(program);
  const script = shell === 'zsh' ? zsh : shell === 'fish' ? fish : shell === 'powershell' ? powershell : bash;
  io.stdout(script(program.name(), top, commands));
  return 0;
}

/** What the completion scripts ask for when Tab is pressed: `interviewers`, the loop's names. */
export const COMPLETE_VALUES = ['interviewers'] as const;

/**
 * `tpm-prep __complete interviewers [--shell SHELL -- WORD...]` (hidden): the names of `interviewers:` in the config
 * the line being completed reads, a line each, for the scripts to offer after --interviewer. Each script passes the
 * words typed before the cursor, as its shell split them, and `SHELL` says how their quotes read: the config they name
 * (`-c FILE`, `-cFILE`, `--config FILE`, `--config=FILE`), else the nearest .tpm-prep.yaml above the stories folder they
 * name (`drill stories/cliente`, `--stories DIR`), else above the current folder (see namedOnLine). An older script
 * passed `--config FILE` itself, which is still taken. Nothing, and exit 0, where there is no config or it can't be
 * read: Tab offers nothing rather than an error in the middle of the line.
 */
export async function completeValuesCommand(options: { config?: string; shell?: string }, words: readonly string[], program: Command, io: Io): Promise<number> {
  try {
    const { configFor } = await import('../drill/workspace.js');
    const { homedir } = await import('node:os');
    const typed = words.length > 0 ? words : wordsFromEnv(io.env);
    const named = namedOnLine(typed, options.shell ?? 'bash', program, io.env.HOME || homedir());
    const config = await configFor(options.config === undefined ? named : { ...named, config: options.config }, io);
    for (const interviewer of config?.interviewers ?? []) if (interviewer.name) io.stdout(`${interviewer.name}\n`);
  } catch {
    // A config with mistakes: lint and drill say what they are.
  }
  return 0;
}

/**
 * The variable the PowerShell script passes the typed words in, as a JSON array of strings: on a command line, Windows
 * PowerShell 5.1 (and pwsh before 7.3) would not escape a `"` in them, and npm's `.cmd` shim has cmd.exe read them
 * again, where `&` runs what follows. An environment variable no shell reads again.
 */
export const WORDS_VARIABLE = 'TPM_PREP_COMPLETE_WORDS';

/**
 * The typed words from WORDS_VARIABLE, where no word came on the command line (older scripts pass them there):
 * none where it is unset or not a JSON array of strings.
 */
function wordsFromEnv(env: NodeJS.ProcessEnv): readonly string[] {
  const json = env[WORDS_VARIABLE];
  if (json === undefined || json === '') return [];
  try {
    const words: unknown = JSON.parse(json);
    // ConvertTo-Json gives one word as a string, not an array of one, where it was handed a single item.
    const list = typeof words === 'string' ? [words] : words;
    return Array.isArray(list) && list.every((w) => typeof w === 'string') ? (list as string[]) : [];
  } catch {
    return [];
  }
}

/**
 * The config and the stories folder that `words` name: the words of a command line after the program's name, as `shell`
 * split them, their quotes as typed (fish's already undone). The last `-c`/`--config` value (`-c FILE`, `-cFILE`,
 * `--config FILE`, `--config=FILE`, or `--config = FILE`, three words to a bash that breaks words at "="), and the
 * command's stories folder (`--stories DIR`, else its first argument where that is its stories folder or story paths), each as the shell would pass
 * it: its quotes undone (bash's and zsh's, or PowerShell's, where `'it''s.yaml'` is it's.yaml) and a leading `~` and
 * `$HOME` (PowerShell's `$env:HOME` too) made the home folder. Nothing else is expanded, and nothing is run.
 */
export function namedOnLine(words: readonly string[], shell: string, program: Command, home: string): { config?: string; stories?: string } {
  let command: Command | undefined;
  let config: string | undefined;
  let stories: string | undefined;
  let argument: string | undefined;
  // Before the command is known (zsh's _arguments hands a sub-command's words without the ones before it), any command's.
  const options = () => [...program.options, ...(command?.options ?? program.commands.flatMap((c) => c.options))];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') {
      argument ??= words[i + 1];
      break;
    }
    if (command === undefined && !word.startsWith('-')) {
      command = program.commands.find((c) => c.name() === word || c.aliases().includes(word));
      // (A word before it is the program's name, where a script passes it: no argument of the command.)
      if (command !== undefined) {
        argument = undefined;
        continue;
      }
    }
    const long = /^(--[^=]+)(?:=(.*))?$/s.exec(word);
    const option = long ? options().find((o) => o.long === long[1]) : /^-[^-]/.test(word) ? options().find((o) => o.short === word.slice(0, 2)) : undefined;
    if (option === undefined) {
      if (!word.startsWith('-')) argument ??= word;
      continue;
    }
    if (!option.required && !option.optional) continue;
    let value = long ? long[2] : word.length > 2 ? word.slice(2) : undefined;
    if (value === undefined) {
      value = words[++i];
      if (long && value === '=') value = words[++i];
    }
    if (value === undefined) break;
    if (option.long === '--config') config = value;
    else if (option.long === '--stories') stories = value;
  }
  // drill's and stats' stories folder, or plan's and report's first story path.
  const first = command?.registeredArguments[0]?.name();
  if (stories === undefined && argument !== undefined && (first === 'stories-folder' || first === 'paths')) stories = argument;
  const typed = (word: string | undefined) => (word === undefined ? undefined : typedWord(word, shell, home));
  const [file, folder] = [typed(config), typed(stories)];
  return { ...(file ? { config: file } : {}), ...(folder ? { stories: folder } : {}) };
}

/** The home folder where a word names it: `$HOME` or `${HOME}`, and in PowerShell (any case) `$env:HOME` too. */
const HOME_VARIABLE = { posix: /^\$(?:\{HOME\}|HOME(?![A-Za-z0-9_]))/, powershell: /^\$(?:\{(?:env:)?HOME\}|(?:env:)?HOME(?![\w:]))/i };

/**
 * A word as `shell` hands it to the command: its quotes and escapes undone, a leading `~` and `$HOME` made `home`.
 * bash and zsh: '…' as it is, "…" with \" \\ \$ \` escaped, \x outside quotes; PowerShell: '…' with '' for one ', "…"
 * with "" and `x, `x outside; fish: the word as given (its tokens come unquoted).
 */
export function typedWord(word: string, shell: string, home: string): string {
  const ps = shell === 'powershell';
  const homeVariable = ps ? HOME_VARIABLE.powershell : HOME_VARIABLE.posix;
  const escape = ps ? '`' : '\\';
  let out = '';
  let i = 0;
  if (word === '~' || word.startsWith('~/') || (ps && word.startsWith('~\\'))) {
    out = home;
    i = 1;
  }
  const variable = (): boolean => {
    const found = homeVariable.exec(word.slice(i));
    if (found === null) return false;
    out += home;
    i += found[0].length;
    return true;
  };
  if (shell === 'fish') {
    while (i < word.length) if (word[i] !== '$' || !variable()) out += word[i++];
    return out;
  }
  while (i < word.length) {
    const ch = word[i]!;
    if (ch === "'") {
      for (i++; i < word.length; i++) {
        if (word[i] !== "'") out += word[i];
        else if (ps && word[i + 1] === "'") out += word[i++];
        else break;
      }
      i++;
    } else if (ch === '"') {
      for (i++; i < word.length; ) {
        const c = word[i]!;
        if (c === '"' && !(ps && word[i + 1] === '"')) break;
        if (c === '"') (out += '"'), (i += 2);
        else if (c === escape && i + 1 < word.length && (ps || '"\\$`'.includes(word[i + 1]!))) (out += word[i + 1]), (i += 2);
        else if (c !== '$' || !variable()) (out += c), i++;
      }
      i++;
    } else if (ch === escape && i + 1 < word.length) {
      out += word[i + 1];
      i += 2;
    } else if (ch !== '$' || !variable()) {
      out += ch;
      i++;
    }
  }
  return out;
}

function describe(program: Command): { top: OptionSpec[]; commands: CommandSpec[] } {
  const help = program.createHelp();
  const commands = help.visibleCommands(program).map((cmd) => ({
    name: cmd.name(),
    description: cmd.description(),
    options: help.visibleOptions(cmd).map(optionSpec),
    args: cmd.registeredArguments.map((arg) => ({ name: arg.name(), optional: !arg.required, variadic: arg.variadic, values: argValues(arg) })),
  }));
  return { top: help.visibleOptions(program).map(optionSpec), commands };
}

function optionSpec(option: Option): OptionSpec {
  const takesValue = option.required || option.optional;
  const name = /[<[]([^>\]]+)[>\]]/.exec(option.flags)?.[1]?.replace(/\.\.\.$/, '') ?? 'value';
  return {
    ...(option.short ? { short: option.short } : {}),
    ...(option.long ? { long: option.long } : {}),
    description: option.description,
    ...(takesValue ? { value: { name, values: optionValues(option, name) } } : {}),
    // A custom parser (other than the one .choices() adds) is how this CLI collects a repeated option (--lp a --lp b).
    repeatable: option.variadic || Array.isArray(option.defaultValue) || (option.parseArg !== undefined && option.argChoices === undefined),
  };
}

function optionValues(option: Option, name: string): Values {
  // drill's `--interviewer <name>` takes a name from the user's config alone: no principles.
  if (name === 'name' && option.long === '--interviewer') return { kind: 'interviewers' };
  return (option.long === undefined ? undefined : CATALOG_OPTIONS[option.long]) ?? valuesFor(name, option.argChoices);
}

function argValues(arg: Argument): Values {
  if (arg.name() === 'command') return { kind: 'commands' };
  // lint, map, plan and report's story files and folders.
  if (arg.name() === 'paths') return { kind: 'yaml' };
  return valuesFor(arg.name(), arg.argChoices);
}

function valuesFor(name: string, choices: readonly string[] | undefined): Values {
  if (choices?.length) return { kind: 'words', words: choices };
  if (/dir|folder/i.test(name)) return { kind: 'dirs' };
  if (/file|path/i.test(name)) return { kind: 'files' };
  return { kind: 'none' };
}

const flagsOf = (o: OptionSpec): string[] => [o.short, o.long].filter((f): f is string => f !== undefined);

// ---- bash ----

function bash(bin: string, top: OptionSpec[], commands: CommandSpec[]): string {
  const fn = `_${bin.replace(/\W/g, '_')}`;
  const names = commands.map((c) => c.name);
  const words = (list: readonly string[]) => `$'${list.map((w) => w.replace(/[\\']/g, '\\$&')).join('\\n')}'`;
  const complete = (values: Values, indent: string): string => {
    switch (values.kind) {
      case 'words':
        return values.listOf
          ? `${indent}${fn}_list ${words(values.words)}${values.aliases ? ` ${words(values.aliases)}` : ''}`
          : `${indent}COMPREPLY=($(compgen -W ${words(values.words)} -- "$cur"))`;
      case 'commands':
        return `${indent}COMPREPLY=($(compgen -W ${words(names)} -- "$cur"))`;
      case 'files':
        return `${indent}${fn}_files`;
      case 'yaml':
        return `${indent}${fn}_yaml`;
      case 'dirs':
        return `${indent}${fn}_files -d`;
      case 'interviewers':
        return `${indent}${fn}_interviewers${values.orElse ? ` ||\n${complete(values.orElse, `${indent}  `)}` : ''}`;
      case 'none':
        return `${indent}COMPREPLY=()`;
    }
  };
  const cases = commands.map((cmd) => {
    const valued = cmd.options.filter((o) => o.value);
    const positional = cmd.args[0]?.values ?? { kind: 'none' as const };
    return [
      `    ${cmd.name})`,
      ...(valued.length
        ? [
            '      case "$prev" in',
            ...valued.map((o) => `        ${flagsOf(o).join('|')})\n${complete(o.value!.values, '          ')}\n          return 0 ;;`),
            '      esac',
          ]
        : []),
      '      if [[ "$cur" == -* ]]; then',
      `        COMPREPLY=($(compgen -W ${words(cmd.options.flatMap(flagsOf))} -- "$cur"))`,
      '      else',
      complete(positional, '        '),
      '      fi',
      '      ;;',
    ].join('\n');
  });
  return `# bash completion for ${bin}, generated by \`${bin} completion bash\` from the CLI's own commands and options.
# Load it in this shell:  source <(${bin} completion bash)
# Or install it:          ${bin} completion bash > ~/.local/share/bash-completion/completions/${bin}
${fn}_files() {
  compopt -o filenames 2>/dev/null
  COMPREPLY=($(compgen "\${1:--f}" -- "$cur"))
}

# YAML files (.yaml, .yml, in any case), and the folders to go down into for one.
${fn}_yaml() {
  compopt -o filenames 2>/dev/null
  COMPREPLY=($(compgen -d -- "$cur"; compgen -f -X '!*.[yY][aA][mM][lL]' -- "$cur"; compgen -f -X '!*.[yY][mM][lL]' -- "$cur"))
}

# A comma list: complete the item after the last comma, keeping the ones before it. The words are $1, or when
# the item starts none of them, $2 (the aliases the option also takes).
${fn}_list() {
  local pre=""
  [[ "$cur" == *,* ]] && pre="\${cur%,*},"
  COMPREPLY=($(compgen -P "$pre" -W "$1" -- "\${cur##*,}"))
  ((\${#COMPREPLY[@]})) || COMPREPLY=($(compgen -P "$pre" -W "\${2-}" -- "\${cur##*,}"))
}

# The words before the one being completed, as typed, for \`${bin} __complete\` to find the config and the stories
# folder they name (-c, --config, the stories folder): it reads their quotes as bash does, and runs nothing.
${fn}_config() {
  config=(--shell bash -- "\${COMP_WORDS[@]:1:COMP_CWORD-1}")
}

# The names of the interviewers of your loop (interviewers: in the config the line names with --config, else the
# nearest .tpm-prep.yaml) that start as the word typed, quoted for the shell ("Bar raiser" as Bar\\ raiser); false
# where none does.
${fn}_interviewers() {
  local name config
  ${fn}_config
  COMPREPLY=()
  while IFS= read -r name; do
    [[ -n "$name" && "$name" == "$cur"* ]] && COMPREPLY+=("$(printf '%q' "$name")")
  done < <(${bin} __complete interviewers "\${config[@]}" 2>/dev/null)
  ((\${#COMPREPLY[@]}))
}

${fn}() {
  local IFS=$'\\n' cur prev cmd i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  # "--lps=own<TAB>": bash splits the word at "=", so the option is one word further back ("--lps=<TAB>": the
  # word under the cursor is the "=" itself).
  if [[ "$cur" == "=" ]]; then
    cur=""
  elif [[ "$prev" == "=" ]] && ((COMP_CWORD > 1)); then
    prev="\${COMP_WORDS[COMP_CWORD-2]}"
  fi
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      -*|=) ;;
      *) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$cmd" in
    '')
      COMPREPLY=($(compgen -W ${words([...names, ...top.flatMap(flagsOf)])} -- "$cur"))
      ;;
${cases.join('\n')}
  esac
  return 0
}

complete -F ${fn} ${bin}
`;
}

// ---- zsh ----

function zsh(bin: string, top: OptionSpec[], commands: CommandSpec[]): string {
  const fn = `_${bin.replace(/\W/g, '_')}`;
  const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
  const describeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/[[\]]/g, '\\$&').replace(/\s+/g, ' ');
  // A comma list with aliases is completed by a function of its own, defined once below.
  const lists = new Map<string, { words: readonly string[]; aliases: readonly string[] }>();
  const action = (values: Values): string => {
    switch (values.kind) {
      case 'words':
        if (values.listOf && values.aliases) {
          lists.set(values.listOf, { words: values.words, aliases: values.aliases });
          return `_sequence ${fn}_${values.listOf}`;
        }
        return values.listOf ? `_values -s , ${values.listOf} ${values.words.join(' ')}` : `(${values.words.join(' ')})`;
      case 'commands':
        return `${fn}_commands`;
      case 'files':
        return '_files';
      case 'yaml':
        // The folders too: _files offers them beside the files the pattern matches.
        return '_files -g "*.(yaml|yml|YAML|YML)"';
      case 'dirs':
        return '_files -/';
      case 'interviewers':
        if (values.orElse) interviewersOrElse = action(values.orElse);
        return values.orElse ? `${fn}_interviewers_or_else` : `${fn}_interviewers`;
      case 'none':
        return ' ';
    }
  };
  // What plan's and report's --interviewer complete where the item typed starts no interviewer's name.
  let interviewersOrElse: string | undefined;
  const optionLines = (options: OptionSpec[]) =>
    options.map((o) => {
      const flags = flagsOf(o);
      const exclusive = o.repeatable ? quote('*') : flags.length > 1 ? quote(`(${flags.join(' ')})`) : '';
      // "--lps=": a long option's value may also follow an "=" in the same word ("--lps=own<TAB>").
      const spelt = flags.map((f) => (o.value && f.startsWith('--') ? `${f}=` : f));
      const names = spelt.length > 1 ? `{${spelt.join(',')}}` : quote(spelt[0]!);
      const value = o.value ? `:${o.value.name}:${action(o.value.values)}` : '';
      return `${exclusive}${names}${quote(`[${describeText(o.description)}]${value}`)}`;
    });
  const argLines = (cmd: CommandSpec) =>
    cmd.args.map((a, i) => quote(`${a.variadic ? '*' : String(i + 1)}${a.optional && !a.variadic ? '::' : ':'}${a.name}:${action(a.values)}`));
  const cases = commands.map((cmd) => {
    const specs = [...optionLines(cmd.options), ...argLines(cmd)];
    return `    ${cmd.name})\n      _arguments -s \\\n        ${specs.join(' \\\n        ')}\n      ;;`;
  });
  const topLines = optionLines(top);
  // One item of a comma list (_sequence gives the item alone, with compadd options that leave out the ones
  // the list has and add the comma): the ids, or when the item starts none of them, the aliases.
  const listFunctions = [...lists].map(
    ([name, { words, aliases }]) => `${fn}_${name}() {
  local -a words
  words=(${words.join(' ')})
  (( \${words[(I)\${(b)PREFIX}*]} )) || words=(${aliases.join(' ')})
  compadd "$@" -a words
}
`,
  );
  return `#compdef ${bin}
# zsh completion for ${bin}, generated by \`${bin} completion zsh\` from the CLI's own commands and options.
# Load it in this shell:  source <(${bin} completion zsh)
# Or install it:          ${bin} completion zsh > "\${fpath[1]}/_${bin}"   (then start a new shell)

${fn}_commands() {
  local -a commands
  commands=(
${commands.map((c) => `    ${quote(`${c.name}:${c.description.replace(/\s+/g, ' ')}`)}`).join('\n')}
  )
  _describe -t commands '${bin} command' commands
}

${listFunctions.join('\n')}
# The words before the one being completed, as typed (the command's own, where _arguments has dropped the ones before
# it), for \`${bin} __complete\` in $reply, to find the config and the
# stories folder they name (-c, --config, the stories folder): it reads their quotes as zsh does, and runs nothing.
${fn}_config() {
  reply=(--shell zsh -- "\${(@)words[1,CURRENT-1]}")
}

# The names of the interviewers of your loop (interviewers: in the config the line names with --config, else the
# nearest .tpm-prep.yaml); compadd quotes them.
${fn}_interviewers() {
  local -a names reply
  ${fn}_config
  names=(\${(f)"$(${bin} __complete interviewers $reply 2>/dev/null)"})
  compadd "$@" -a names
}
${interviewersOrElse === undefined ? '' : `
# The names, or where the word typed starts none of them, an interviewer's principles.
${fn}_interviewers_or_else() {
  local -a names reply
  ${fn}_config
  names=(\${(f)"$(${bin} __complete interviewers $reply 2>/dev/null)"})
  if (( \${names[(I)\${(b)PREFIX}*]} )); then
    compadd "$@" -a names
  else
    ${interviewersOrElse}
  fi
}
`}
${fn}() {
  local curcontext="$curcontext" state line
  typeset -A opt_args
  _arguments -C \\
    ${[...topLines, "'1: :" + fn + "_commands'", "'*:: :->args'"].join(' \\\n    ')}
  [[ $state == args ]] || return
  curcontext="\${curcontext%:*:*}:${bin}-$words[1]:"
  case $words[1] in
${cases.join('\n')}
  esac
}

if [[ "\${funcstack[1]}" == "_${bin}" ]]; then
  ${fn} "$@"
else
  # Sourced: register with zsh's completion system, starting it first if ~/.zshrc doesn't (no compinit, as in
  # a new macOS account); -i leaves out, without asking, any folder of completions others can write to.
  (( \${+functions[compdef]} )) || { autoload -Uz compinit && compinit -i; }
  compdef ${fn} ${bin}
fi
`;
}

// ---- fish ----

/**
 * One `complete` line per command, option and argument, each for the command it belongs to (the first word after
 * the program's that is no option, as the bash script finds it); values from word lists, or from a function of the
 * script's for a comma list of principles or categories and for YAML files or folders; files where any goes.
 */
function fish(bin: string, top: OptionSpec[], commands: CommandSpec[]): string {
  const fn = `__${bin.replace(/\W/g, '_')}`;
  // fish's single quotes: only \\ and \' are escapes in them.
  const quote = (text: string) => `'${text.replace(/[\\']/g, '\\$&')}'`;
  // `-a` is expanded as fish expands a command's words: a word of other characters goes in quotes of its own.
  const words = (list: readonly string[]) => quote(list.map((w) => (/^[\w.,:@%+=-]+$/.test(w) ? w : quote(w))).join(' '));
  const describeText = (text: string) => quote(text.replace(/\s+/g, ' '));
  const lists = new Map<string, { words: readonly string[]; aliases: readonly string[] }>();
  /** What completes a value: its flags for `complete` (after -x, or -r where files go). */
  const values = (v: Values): string => {
    switch (v.kind) {
      case 'words':
        if (v.listOf) {
          lists.set(v.listOf, { words: v.words, aliases: v.aliases ?? [] });
          return `-a ${quote(`(${fn}_${v.listOf})`)}`;
        }
        return `-a ${words(v.words)}`;
      case 'commands':
        return `-a ${words(commands.map((c) => c.name))}`;
      case 'files':
        return '-F';
      case 'yaml':
        return `-a ${quote(`(${fn}_paths yaml)`)}`;
      case 'dirs':
        return `-a ${quote(`(${fn}_paths dirs)`)}`;
      case 'interviewers': {
        // The names; plan's and report's, or where the word typed starts none, the principles' list function.
        const orElse = v.orElse === undefined ? undefined : /\((\S+)\)/.exec(values(v.orElse))?.[1];
        return `-a ${quote(`(${fn}_interviewers${orElse ? ` ${orElse}` : ''})`)}`;
      }
      case 'none':
        return '';
    }
  };
  const line = (condition: string, ...parts: string[]) => `complete -c ${bin} -n ${quote(condition)} ${parts.filter(Boolean).join(' ')}`;
  const optionLine = (condition: string, o: OptionSpec) => {
    // fish's -s is one letter; a longer short flag (none yet) is an old-style option, -o.
    const short = o.short === undefined ? '' : o.short.length === 2 ? `-s ${o.short.slice(1)}` : `-o ${o.short.slice(1)}`;
    const long = o.long === undefined ? '' : `-l ${o.long.slice(2)}`;
    // -r: the option takes a value (the next word, or after "=", `--lps=own`); -x: and no file is one.
    const described = `-d ${describeText(o.description)}`;
    if (o.value === undefined) return line(condition, short, long, described);
    if (o.value.values.kind === 'files') return line(condition, short, long, '-r -F', described);
    // Its values on a line of their own, then the option, described: fish shows a line's description beside each value
    // it offers ("b1.yaml  use this config instead of…"), and an option's from the last line that names it (fish 3.6).
    const offered = values(o.value.values);
    return [...(offered ? [line(condition, short, long, '-x', offered)] : []), line(condition, short, long, '-x', described)].join('\n');
  };
  const commandLines = commands.map((cmd) => {
    const condition = `${fn}_using ${cmd.name}`;
    const positional = cmd.args[0] === undefined ? '' : values(cmd.args[0].values);
    return [`# ${cmd.name}`, ...cmd.options.map((o) => optionLine(condition, o)), ...(positional ? [line(condition, positional)] : [])].join('\n');
  });
  const listFunctions = [...lists].map(
    ([name, list]) => `function ${fn}_${name}
    set -l token (commandline -ct | string replace -r -- '^-[^=]*=' '')
    set -l before (string replace -r -- '[^,]*$' '' "$token")
    set -l item (string replace -r -- '^.*,' '' "$token")
    set -l found (string match -- "$item*" ${list.words.join(' ')})${
      list.aliases.length
        ? `
    set -q found[1]; or set found (string match -- "$item*" ${list.aliases.join(' ')})`
        : ''
    }
    set -q found[1]; and printf '%s\\n' "$before"$found
end
`,
  );
  return `# fish completion for ${bin}, generated by \`${bin} completion fish\` from the CLI's own commands and options.
# Load it in this shell:  ${bin} completion fish | source
# Or install it:          ${bin} completion fish > ~/.config/fish/completions/${bin}.fish

complete -c ${bin} -e
# No file where none goes: the lines below say where one does.
complete -c ${bin} -f

# Whether the command typed is $argv[1] (the first word after ${bin} that is no option); with no argument, whether
# none is typed yet.
function ${fn}_using
    set -l words (commandline -opc)
    set -e words[1]
    for word in $words
        if not string match -q -- '-*' "$word"
            if set -q argv[1]; and test "$word" = "$argv[1]"
                return 0
            end
            return 1
        end
    end
    not set -q argv[1]
end

# Folders, and with "yaml" YAML files (.yaml, .yml, in any case) too, for the word typed (after "--opt=" in it):
# fish's own file completion, asked for a command that has none of its own, filtered.
function ${fn}_paths
    set -l token (commandline -ct | string replace -r -- '^-[^=]*=' '')
    set -l pattern '^.*/$'
    test "$argv[1]" = yaml; and set pattern '^.*(?:/|\\.ya?ml)$'
    complete -C"${fn}_no_command $token" | string replace -r -- '\\t.*$' '' | string match -r -i -- $pattern
end

# A comma list: the item after the last comma completed, keeping the ones before it. The ids, or when the item
# starts none of them, the aliases it starts (\`backb\` → \`backbone\`), as the options take those too.
${listFunctions.join('\n')}
# The words before the one being completed (fish's tokens, unquoted), a line each, for \`${bin} __complete\` to find
# the config and the stories folder they name (-c, --config, the stories folder); it runs nothing.
function ${fn}_config
    printf '%s\\n' --shell fish -- (commandline -opc)[2..-1]
end

# The names of the interviewers of your loop (interviewers: in the config the line names with --config, else the
# nearest .tpm-prep.yaml) that start as the word typed; where none does, what the function named in $argv[1] offers,
# if any.
function ${fn}_interviewers
    set -l token (commandline -ct | string replace -r -- '^-[^=]*=' '')
    set -l found (string match -- "$token*" (${bin} __complete interviewers (${fn}_config) 2>/dev/null))
    if set -q found[1]
        printf '%s\\n' $found
    else if set -q argv[1]
        $argv[1]
    end
end

# The commands, and the options before one.
${commands.map((c) => line(`${fn}_using`, `-a ${quote(c.name)}`, `-d ${describeText(c.description)}`)).join('\n')}
${top.map((o) => optionLine(`${fn}_using`, o)).join('\n')}

${commandLines.join('\n\n')}
`;
}

// ---- PowerShell ----

/**
 * A native-command completer (Register-ArgumentCompleter -Native, PowerShell 5.1 and 7) from the same commands and
 * options: a table of each command's options and what each option's value completes to, read by one script block
 * that finds the command typed (the first word after the program's that is no option, as the bash script finds it),
 * and offers its options, an option's values (after the last comma of a list; the aliases where the item starts no
 * id; the interviewers' names), or the commands. Where it offers nothing (a file, a folder), PowerShell completes
 * paths itself.
 */
function powershell(bin: string, top: OptionSpec[], commands: CommandSpec[]): string {
  // PowerShell's single quotes: a quote is doubled.
  const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const list = (items: readonly string[]) => `@(${items.map(quote).join(', ')})`;
  const value = (v: Values): string => {
    switch (v.kind) {
      case 'words':
        return `@{ words = ${list(v.words)}; list = $${v.listOf !== undefined}; aliases = ${list(v.aliases ?? [])} }`;
      case 'commands':
        return `@{ words = ${list(commands.map((c) => c.name))}; list = $false; aliases = @() }`;
      case 'interviewers':
        return `@{ interviewers = $true; orElse = ${v.orElse ? value(v.orElse) : '$null'} }`;
      // Files, folders, YAML files: PowerShell's own path completion.
      case 'files':
      case 'yaml':
      case 'dirs':
        return '@{ paths = $true }';
      case 'none':
        return '@{ none = $true }';
    }
  };
  const table = (options: readonly OptionSpec[], positional: Values | undefined, description: string) => {
    const values = options.flatMap((o) => (o.value ? flagsOf(o).map((f) => `      ${quote(f)} = ${value(o.value!.values)}`) : []));
    return [
      `    description = ${quote(description.replace(/\s+/g, ' '))}`,
      `    options = ${list(options.flatMap(flagsOf))}`,
      `    descriptions = @{ ${options.flatMap((o) => flagsOf(o).map((f) => `${quote(f)} = ${quote(o.description.replace(/\s+/g, ' '))}`)).join('; ')} }`,
      `    values = @{${values.length ? `\n${values.join('\n')}\n    ` : ''}}`,
      `    positional = ${positional ? value(positional) : '$null'}`,
    ].join('\n');
  };
  const entries = commands.map((cmd) => `  ${quote(cmd.name)} = @{\n${table(cmd.options, cmd.args[0]?.values, cmd.description)}\n  }`);
  const fn = bin.replace(/\W/g, '');
  return `# PowerShell completion for ${bin}, generated by \`${bin} completion powershell\` from the CLI's own commands and options.
# Load it in this session:  ${bin} completion powershell | Out-String | Invoke-Expression
# Or in every session, add that line to your profile:  Add-Content $PROFILE '${bin} completion powershell | Out-String | Invoke-Expression'

$${fn}Commands = [ordered]@{
${entries.join('\n')}
}
$${fn}Top = @{
${table(top, { kind: 'commands' }, '')}
}

Register-ArgumentCompleter -Native -CommandName ${quote(bin)} -ScriptBlock {
  param($wordToComplete, $commandAst, $cursorPosition)
  # The words before the one under the cursor.
  $words = @($commandAst.CommandElements | Where-Object { $_.Extent.EndOffset -lt $cursorPosition -or ($_.Extent.EndOffset -eq $cursorPosition -and $wordToComplete -eq '') } | ForEach-Object { $_.Extent.Text })
  if ($wordToComplete -ne '' -and $words.Count -gt 0 -and $words[-1] -eq $wordToComplete) { $words = @($words | Select-Object -SkipLast 1) }
  $spec = $${fn}Top
  $command = $null
  foreach ($word in ($words | Select-Object -Skip 1)) {
    if (-not $word.StartsWith('-') -and $${fn}Commands.Contains($word)) { $command = $word; $spec = $${fn}Commands[$word]; break }
  }
  # The words before the one being completed, as typed, for \`${bin} __complete\` to find the config and the stories
  # folder they name (-c, --config, the stories folder): it reads their quotes as PowerShell does, and runs nothing.
  # They go in an environment variable, as JSON, not on its command line, which Windows PowerShell (and npm's .cmd
  # shim, through cmd.exe) would read again: a typed 'a&calc' must stay a word, not run calc.
  $typedWords = ConvertTo-Json -Compress -InputObject @($words | Select-Object -Skip 1 | ForEach-Object { [string] $_ })
  # "--lps=own": the option and its value in one word.
  $prefix = ''
  $typed = $wordToComplete
  $option = if ($words.Count -gt 1) { $words[-1] } else { '' }
  if ($wordToComplete -match '^(--[\\w-]+=)(.*)$') { $prefix = $Matches[1]; $option = $prefix.TrimEnd('='); $typed = $Matches[2] }
  $offer = {
    param([string[]] $candidates, [string] $before)
    foreach ($candidate in $candidates) {
      $text = $before + $candidate
      $shown = if ($text -match "[\\s'\`"$;,(){}@&|<>#]" -and -not $text.Contains(',')) { "'" + $text.Replace("'", "''") + "'" } else { $text }
      [System.Management.Automation.CompletionResult]::new($shown, $candidate, 'ParameterValue', $candidate)
    }
  }
  $complete = {
    param($values, [string] $item)
    if ($null -eq $values -or $values.paths -or $values.none) { return }
    if ($values.interviewers) {
      $env:${WORDS_VARIABLE} = $typedWords
      try { $names = @(& ${quote(bin)} __complete interviewers --shell powershell 2>$null | Where-Object { $_ -and $_.StartsWith($item, [System.StringComparison]::OrdinalIgnoreCase) }) }
      finally { Remove-Item Env:${WORDS_VARIABLE} -ErrorAction SilentlyContinue }
      if ($names.Count -gt 0) { return & $offer $names $prefix }
      return & $complete $values.orElse $item
    }
    # A comma list: the item after the last comma, keeping the ones before it.
    $before = $prefix
    if ($values.list -and $item.Contains(',')) { $before += $item.Substring(0, $item.LastIndexOf(',') + 1); $item = $item.Substring($item.LastIndexOf(',') + 1) }
    $found = @($values.words | Where-Object { $_.StartsWith($item, [System.StringComparison]::OrdinalIgnoreCase) })
    if ($found.Count -eq 0) { $found = @($values.aliases | Where-Object { $_.StartsWith($item, [System.StringComparison]::OrdinalIgnoreCase) }) }
    & $offer $found $before
  }
  if ($spec.values.Contains($option) -and ($prefix -ne '' -or -not $wordToComplete.StartsWith('-'))) { return & $complete $spec.values[$option] $typed }
  if ($wordToComplete.StartsWith('-')) {
    return $spec.options | Where-Object { $_.StartsWith($wordToComplete) } | ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterName', $spec.descriptions[$_]) }
  }
  if ($null -eq $command) {
    return $${fn}Commands.Keys | Where-Object { $_.StartsWith($wordToComplete) } | ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'Command', $${fn}Commands[$_].description) }
  }
  & $complete $spec.positional $typed
}
`;
}
