/**
 * The command line: declares commands, options and help. Each action loads its command lazily, so a
 * `lint` in a commit hook never pays for what `drill` needs.
 */
import { existsSync } from 'node:fs';
import { Argument, Command, CommanderError, Help, Option } from 'commander';
import { VERSION } from './build.js';
import { COUNT, MINUTES, SEED_TAKES, SECONDS, rangeText, type Range } from './drill/limits.js';
import { UsageError } from './errors.js';
import { MIN_ROOM, afterHelp, usageLines, type HelpBlock } from './help.js';
import { processIo, terminalWidth } from './io.js';
import { inWords } from './text/lists.js';
import { shellWord } from './text/shell.js';
import { closest, holdingWords } from './text/suggest.js';

/**
 * commander's refusal of a value that is none of its choices, "option '-f, --format <name>' argument 'jsno' is
 * invalid. Allowed choices are text, json." (an option's) or "command-argument value 'fish' is invalid for argument
 * 'shell'. Allowed choices are bash, zsh." (a command's), said in a line of the CLI's own, naming the command typed
 * (`argv`): "lint: no format jsno; the formats are text and json." and "completion: no completion for tcsh; the
 * shells are bash, zsh, fish and powershell." A near miss gains " Did you mean `json`?".
 */
function choiceMessage(text: string, argv: readonly string[]): string {
  const m = /^tpm-prep: (?:option '[^']*--([\w-]+)[^']*' argument|command-argument value) '([^']*)' is invalid(?: for argument '([^']*)')?\. Allowed choices are ([^\n]+)\.\n?$/.exec(text);
  if (!m) return text;
  const [, option, value, argument, listed] = m as unknown as [string, string | undefined, string, string | undefined, string];
  const choices = listed.split(', ');
  const command = argv.slice(2).find((arg) => !arg.startsWith('-'));
  const shown = value === '' ? "''" : shellWord(value);
  const noun = option ?? argument ?? 'value';
  const what = option === undefined && command !== undefined ? `${command} for ${shown}` : `${noun} ${shown}`;
  const near = nearChoice(value, choices);
  const hint = near === undefined ? '' : ` Did you mean \`${near}\`?`;
  return `tpm-prep: ${command === undefined ? '' : `${command}: `}no ${what}; the ${noun}s are ${inWords(choices)}.${hint}\n`;
}

/**
 * The other names users give a choice: the program (`pwsh`) or the service (`gh`, `github-actions`) for the word this
 * CLI takes, and the other commands' word for lint's (`text`).
 */
const CHOICE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  powershell: ['pwsh', 'posh', 'ps'],
  bash: ['gitbash'],
  github: ['gh', 'gha', 'actions'],
  stylish: ['text', 'eslint'],
};

/**
 * The choice a value that is none of them most likely meant, for a did-you-mean, found among the choices and their
 * aliases as every did-you-mean finds one (`closest`, then `holdingWords`: "metadata" → json-with-metadata), an alias
 * said as its choice ("pwsh" → powershell). A spelling near by edits only where it starts as the value does ("jsno" →
 * json, "bsh" → bash, but not "fish" → bash, nor "ksh" → zsh, another shell); else the one choice the value starts with
 * ("zshell" → zsh, "github-actions" → github).
 */
function nearChoice(value: string, choices: readonly string[]): string | undefined {
  const typed = value.toLowerCase();
  const spellings = new Map(choices.flatMap((choice) => [choice, ...(CHOICE_ALIASES[choice] ?? [])].map((spelling) => [spelling, choice] as const)));
  const near = closest(typed, spellings.keys());
  const found = (near !== undefined && near[0] === typed[0] ? near : undefined) ?? holdingWords(typed, spellings.keys());
  if (found !== undefined) return spellings.get(found);
  const starting = choices.filter((choice) => typed.startsWith(choice.toLowerCase()));
  return starting.length === 1 ? starting[0] : undefined;
}

/**
 * commander's "missing required argument 'shell'", for an argument that takes one of a few words (`completion`'s
 * shell), said with those words and a line to run, as a wrong word is: "tpm-prep: completion: name a shell; the shells
 * are bash, zsh, fish and powershell: `tpm-prep completion bash`." An argument with no choices keeps commander's words.
 */
function missingChoice(text: string, argv: readonly string[]): string {
  const m = /^tpm-prep: missing required argument '([^']*)'\n?$/.exec(text);
  const name = argv.slice(2).find((arg) => !arg.startsWith('-'));
  const command = name === undefined ? undefined : program.commands.find((c) => c.name() === name);
  const choices = command?.registeredArguments.find((a) => a.name() === m?.[1])?.argChoices;
  if (!m || command === undefined || choices === undefined || choices.length === 0) return text;
  return `tpm-prep: ${name}: name a ${m[1]}; the ${m[1]}s are ${inWords(choices)}: \`tpm-prep ${name} ${choices[0]}\`.\n`;
}

/**
 * Other words users reach for, by command: "unknown option '--number'" gains ". Did you mean --count?", as commander's own hint reads, where
 * spelling alone can't find it; or, where the command has nothing like it, a sentence on what to use instead, given the option's value.
 * Only for the command typed (`argv`), since another may have no such option. It replaces commander's hint from spelling, which
 * for a short option is no help ("--lp": "Did you mean --help?").
 */
type Synonym = string | ((value: string) => string);
const JSON_FORMAT = { json: '--format json' };
/**
 * The commands that take no principles, and what each does instead: `--lp` or `--lps` there is told so, with the
 * commands that take them and the list typed (for `{}`).
 */
const PLAN_OR_DRILL = 'To pick a story for some, `tpm-prep plan --lps {}`; to practise them, `tpm-prep drill --lp {}`';
const NO_PRINCIPLES: Record<string, string> = {
  map: `it shows all 16 for every story, and --evidence the phrases behind each. ${PLAN_OR_DRILL}`,
  lint: `it checks every story against every rule. ${PLAN_OR_DRILL}`,
  stats: 'it shows your practice on every principle, and which are due. To practise some, `tpm-prep drill --lp {}`',
  lps: 'it lists all 16, each with its id, aliases and the evidence it needs. For their questions, `tpm-prep questions --lp {}`; to practise them, `tpm-prep drill --lp {}`',
};
const noPrinciples = (command: string): Record<string, Synonym> => {
  const instead = NO_PRINCIPLES[command];
  if (instead === undefined) return {};
  const told = (value: string) => {
    const { list, unknown } = principlesTyped(value);
    const commands = `${command} takes no principles: ${instead.replaceAll('{}', () => list)}`;
    return unknown.length === 0 ? commands : `${commands} (${unknown.join('; ')})`;
  };
  return { lp: told, lps: told };
};

/**
 * A list of principles typed where none is taken (`value`, as typed, or "<list>"), made fit, and quoted for the shell, to
 * suggest with a command that takes them: each item that is no principle is put right where one is near it
 * ("ownrship": ownership), else the list is "<list>" (a twenty-fourth user's trial: `lps --lp x` was told to run
 * `questions --lp x`, which fails too); with a note on each such item.
 */
function principlesTyped(value: string): { list: string; unknown: string[] } {
  // (`all` alone is every principle to each command suggested.)
  if (value === '<list>') return { list: value, unknown: [] };
  if (catalog === undefined || /^\s*all\s*$/i.test(value)) return { list: shellWord(value), unknown: [] };
  const { findPrinciple, nearestPrinciple, lpListItems } = catalog;
  const unknown: string[] = [];
  let fixed: string | undefined = '';
  let done = 0;
  for (const item of lpListItems(value)) {
    if (!item.text || findPrinciple(item.text)) continue;
    // As the catalog's did-you-mean names it: by its id.
    const near = nearestPrinciple(item.text)?.id;
    unknown.push(near ? `"${item.text}" is no principle; did you mean \`${near}\`?` : `"${item.text}" is no principle: \`tpm-prep lps\` lists them`);
    if (near === undefined || fixed === undefined) fixed = undefined;
    else fixed += value.slice(done, item.start) + near;
    done = item.end;
  }
  if (unknown.length === 0) return { list: shellWord(value), unknown };
  if (fixed === undefined) return { list: '<list>', unknown };
  return { list: shellWord(fixed + value.slice(done)), unknown };
}

// The principles' catalog, which principlesTyped reads, loaded before parsing only where --lp or --lps is typed: a
// lint on every commit needs none of it (a static import put it on every start-up).
const catalog = process.argv.some((arg) => /^--lps?(?:=|$)/i.test(arg)) ? await import('./principles/catalog.js') : undefined;
// The question categories, which a --category with no value is told, loaded as the catalog is: only where it is typed.
const categories = process.argv.some((arg) => /^--category(?:=|$)/i.test(arg)) ? await import('./drill/questions.js') : undefined;
const SYNONYMS: Record<string, Record<string, Synonym>> = {
  drill: { number: '--count', num: '--count', limit: '--time', seconds: '--time', timer: '--time', duration: '--time', timebox: '--minutes', 'time-box': '--minutes', ...JSON_FORMAT },
  ...Object.fromEntries(['lint', 'rules', 'lps', 'map', 'plan', 'questions', 'stats'].map((command) => [command, { ...JSON_FORMAT, ...noPrinciples(command) }])),
  // report plans a loop by --interviewer alone: plan's --lps, or drill's --lp, there means it.
  report: { lps: '--interviewer', lp: '--interviewer' },
};

/**
 * "too many arguments" after --lp (drill and stats take one folder): most often a list of principles typed with
 * spaces, `drill --lp ownership deliver-results dive-deep`, so say how to give one. After drill's --interviewer,
 * which takes a name, it is a name with spaces left unquoted, `drill --interviewer The bar raiser`.
 */
function withListHint(text: string, argv: readonly string[]): string {
  const at = argv.findIndex((arg) => /^--(?:lps?|interviewer)$/.test(arg));
  if (!/^tpm-prep: too many arguments\b/.test(text) || at < 0 || at + 1 >= argv.length) return text;
  // The option's value and the words after it, up to the next option.
  const rest = argv.slice(at + 2);
  const next = rest.findIndex((arg) => arg.startsWith('-'));
  const typed = next < 0 ? rest : rest.slice(0, next);
  // A last word that is a folder here is the stories folder the command takes, not part of the value.
  const words = typed.length > 0 && existsSync(typed.at(-1)!) ? typed.slice(0, -1) : typed;
  if (argv[at] === '--interviewer' && argv.slice(2).find((arg) => !arg.startsWith('-')) === 'drill') {
    return text.replace(/\n?$/, ` A name with spaces goes in quotes: --interviewer ${shellWord([argv[at + 1]!, ...words].join(' '))}\n`);
  }
  const list = [argv[at + 1]!, ...words].join(',');
  return text.replace(/\n?$/, ` Several principles go in one comma list: ${argv[at]} ${shellWord(list)}\n`);
}

/**
 * What an option that takes a value says when it is the last word (`drill --seed`): commander's "option '--seed <seed>'
 * argument missing", said as the option says a value it can't take (`--count takes a number of questions such as 3,
 * from 1 to 100; …`), by its long name as those are. drill's own have a sentence of their own; an option that takes
 * one of a fixed few words (`lint -f`, `drill --category`), those words, as a wrong word is told them (see
 * choiceMessage), and a line to run; `--lp` and `--lps`, what a principle is and where they are listed; any other
 * option, its command's --help.
 */
const DRILL_RANGES: Record<string, Range> = { count: COUNT, time: SECONDS, minutes: MINUTES };
function withMissingValue(text: string, argv: readonly string[]): string {
  const m = /^tpm-prep: option '(?:-\w, )?--([\w-]+)[^']*' argument missing\n?$/.exec(text);
  if (!m) return text;
  const long = m[1]!;
  const flag = `--${long}`;
  const command = argv.slice(2).find((arg) => !arg.startsWith('-'));
  const range = command === 'drill' ? DRILL_RANGES[long] : undefined;
  if (command === 'drill' && long === 'seed') return `tpm-prep: --seed needs ${SEED_TAKES}.\n`;
  if (range) return `tpm-prep: ${flag} takes ${range.takes}, from ${rangeText(range)}; none was given.\n`;
  const fixed = command === undefined ? undefined : fixedWords(command, long);
  if (command !== undefined && fixed !== undefined) {
    const { noun, words, example } = fixed;
    return `tpm-prep: ${command}: ${flag} needs a ${noun} after it; the ${plural(noun)} are ${inWords(words)}: \`tpm-prep ${command} ${flag} ${example}\`.\n`;
  }
  if (command !== undefined && (long === 'lp' || long === 'lps')) {
    const all = command === 'new' ? '' : `, or ${flag} all for every one`;
    return `tpm-prep: ${command}: ${flag} needs a principle after it: an id, name or alias, as in ${flag} ownership, or a comma list of them${all}; \`tpm-prep lps\` lists the 16.\n`;
  }
  const help = command === undefined ? 'tpm-prep --help' : `tpm-prep ${command} --help`;
  return `tpm-prep: ${flag} needs a value after it; \`${help}\` says what it takes.\n`;
}

/**
 * The words an option of `command` takes where they are a fixed few: its choices (`--format`), or the question
 * categories (`--category`, whose parser takes aliases too, so it has no choices); what one is called, and one to
 * show in a line to run (not the default, which needs no option).
 */
function fixedWords(command: string, long: string): { noun: string; words: readonly string[]; example: string } | undefined {
  if (long === 'category' && categories !== undefined) return { noun: 'category', words: categories.CATEGORY_IDS, example: categories.CATEGORY_IDS[0]! };
  const option = program.commands.find((c) => c.name() === command)?.options.find((o) => o.long === `--${long}`);
  const words = option?.argChoices;
  if (option === undefined || words === undefined || words.length === 0) return undefined;
  return { noun: long, words, example: words.find((word) => word !== option.defaultValue) ?? words[0]! };
}

const plural = (noun: string): string => (noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`);

function withSynonym(text: string, argv: readonly string[]): string {
  // ("--lp=ownership": the value after "=" is the option's, as the next word is.)
  const m = /(unknown option '--([\w-]+)(?:=([^'\n]*))?')(?:\. Did you mean [^\n]*\?)?\n?$/.exec(text);
  const command = argv.slice(2).find((arg) => !arg.startsWith('-'));
  const meant = m && command ? SYNONYMS[command]?.[m[2]!.toLowerCase()] : undefined;
  if (!m || meant === undefined) return text;
  if (typeof meant === 'string') return `${text.slice(0, m.index)}${m[1]}. Did you mean ${meant}?\n`;
  // The option's value as typed (the synonym quotes it for the shell); a placeholder where none follows.
  const after = m[3] ?? argv[argv.indexOf(`--${m[2]}`) + 1];
  const value = after === undefined || after.startsWith('-') ? '<list>' : after;
  return `${text.slice(0, m.index)}${m[1]}. ${meant(value)}.\n`;
}

/**
 * An option or argument whose value is one of its choices, taken in any case as the choice it is: `-f JSON` is
 * `-f json`, `completion BASH` is `completion bash`. Another value is refused as commander refuses it, with
 * its choices (and a did-you-mean), in a line of the CLI's own (see choiceMessage).
 */
function anyCase<T extends Option | Argument>(item: T): T {
  const choices = item.argChoices ?? [];
  const check = item.parseArg!;
  item.parseArg = <V>(value: string, previous: V): V => check(choices.find((choice) => choice.toLowerCase() === value.toLowerCase()) ?? value, previous);
  return item;
}

/** The `-f, --format` of the commands that print text or JSON, in any case. */
const textOrJson = () => anyCase(new Option('-f, --format <name>', 'output format').choices(['text', 'json'])).default('text');

/** A repeatable option: `--lp a --lp b,c` collects ['a', 'b,c']; commas are split by the command. */
const collectOption = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * `plan` takes `--lps` and `drill` and `questions` take `--lp`; each also takes the other's spelling, so a user who
 * learned one isn't stopped by the other. `twin` is the hidden option, said in its twin's description ("--lp works
 * too") rather than a line of its own; its values join `name`'s, and `${name}Flags` says which spelling each was typed
 * with, so a message about one names the option as the user typed it (`questions --lps ""` is told of `--lps ""`).
 */
const hiddenTwin = (twin: string): Option => new Option(`--${twin} <list>`).argParser(collectOption).hideHelp();
const joinTwin = <T extends Record<string, unknown>>(options: T, name: string, twin: string): T => {
  const own = (options[name] as string[] | undefined) ?? [];
  const twins = (options[twin] as string[] | undefined) ?? [];
  const values = [...own, ...twins];
  const { [twin]: _unused, ...rest } = options;
  const flags = [...own.map(() => `--${name}`), ...twins.map(() => `--${twin}`)];
  return (values.length ? { ...rest, [name]: values, [`${name}Flags`]: flags } : rest) as T;
};

/**
 * Every command takes --no-color, so a shell alias or function may add it to each: those that print no colour
 * (rules, schema, lps, plan, report, questions, init, completion) take it unlisted and ignore it, as they
 * ignore NO_COLOR.
 */
const ignoredNoColor = (): Option => new Option('--no-color').hideHelp();

/** An option whose default is a number: its --help says `(default: 3)`, where commander would quote the text "3". */
const numberOption = (flags: string, description: string, value: number): Option => new Option(flags, description).default(String(value), String(value));

/**
 * `drill` and `stats` take the stories folder as lint, map, plan and report take their paths, `drill stories/`,
 * or with the `--stories` they have always taken: the same thing, so naming it both ways is a usage error.
 */
/** --loop-date's help, after what the date does for the command. */
const LOOP_DATE = 'YYYY-MM-DD, or the days to it: +10d or "in 10 days"; default: loopDate: in .tpm-prep.yaml';
const STORIES_FOLDER = 'your story bank, the same as --stories (default: stories/, here or beside the nearest .tpm-prep.yaml)';
const withStoriesFolder = <T extends { stories?: string; storiesAsPath?: boolean }>(command: string, folder: string | undefined, options: T): T => {
  if (folder === undefined) return options;
  if (options.stories !== undefined) {
    throw new UsageError(`Name the stories folder once: \`tpm-prep ${command} ${folder}\` or \`tpm-prep ${command} --stories ${options.stories}\`, not both.`);
  }
  return { ...options, stories: folder, storiesAsPath: true };
};

/** The line --help is laid out for: the terminal's width, or 80 when piped, the same wherever it runs. */
const helpWidth = (): number => (process.stdout.isTTY && terminalWidth(process.env, process.stdout.columns)) || 80;

/**
 * Help that wraps to its line however narrow: commander leaves a description unwrapped when fewer than 40
 * columns are left beside its option (so a 60-column terminal got lines of 160), and wraps here down to MIN_ROOM;
 * with less room than that, or than its longest word needs, the description goes under its option.
 */
const HELP_LAYOUT = {
  minWidthToWrap: MIN_ROOM,
  // The usage line too, which commander leaves whole.
  formatHelp(this: Help, cmd: Command, helper: Help): string {
    const width = this.helpWidth ?? helpWidth();
    return Help.prototype.formatHelp.call(this, cmd, helper).replace(/^Usage: .*$/m, (line) => usageLines(line, width));
  },
  formatItem(this: Help, term: string, termWidth: number, description: string, helper: Help): string {
    const width = this.helpWidth ?? helpWidth();
    // Beside its option while the column there holds its longest word too ("program-management;" needs 19).
    const room = width - termWidth - 4;
    if (!description || (room >= MIN_ROOM && Math.max(...description.split(/\s+/).map((word) => word.length)) <= room)) {
      return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
    }
    return `  ${term}\n${helper.boxWrap(description, width - 6).replace(/^/gm, '      ')}`;
  },
};

/** A command's examples and notes after its options, laid out when the help is shown, for its line. */
const after = (...blocks: HelpBlock[]) => () => afterHelp(blocks, helpWidth());

const program = new Command('tpm-prep')
  .description('An offline coach for Amazon TPM interview stories. Nothing you write leaves this machine.')
  .version(VERSION, '-v, --version')
  .showSuggestionAfterError()
  .exitOverride()
  .configureHelp(HELP_LAYOUT)
  .configureOutput({
    getOutHelpWidth: helpWidth,
    // One line: "tpm-prep: unknown command 'lnt'. Did you mean lint?"
    outputError: (text, write) =>
      write(withMissingValue(withListHint(withSynonym(missingChoice(choiceMessage(text.replace(/^error: /, 'tpm-prep: ').replace(/\n\(Did you mean (.+)\?\)\n?$/, '. Did you mean $1?\n'), process.argv), process.argv), process.argv), process.argv), process.argv)),
  });

// A reader that stops early (`| head`) is not an error: finish quietly, with the exit code the run had so far. Standard
// error too: `lint stories/theme 2>&1 | head -1` sends its note there, and an unhandled EPIPE would make the exit code 1.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

program
  .command('lint')
  .description('Flag the gaps a hiring panel would call shallow, at file:line:col.')
  .argument('[paths...]', 'story files, folders (searched for *.yaml, *.yml) or globs; default: stories/, here or beside the nearest .tpm-prep.yaml')
  .addOption(
    anyCase(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json', 'compact', 'github', 'sarif'])).default('stylish'),
  )
  .option('-q, --quiet', 'report errors only; warnings then don\'t count for --max-warnings')
  .option('--max-warnings <n>', 'exit 1 when there are more than n warnings; n is 0 or more, or -1 for no limit')
  .option('-c, --config <file>', 'use this config instead of the nearest .tpm-prep.yaml')
  .option('-o, --output <file>', 'write the report to this file instead of standard output; - is standard output, as for report')
  .option('--stdin', 'lint the text on standard input (for editors)')
  .option('--stdin-filename <path>', 'the path to show for --stdin, which also gives the default id')
  .option('--staged', 'lint the story files staged for the next commit, under the paths (default: the stories folder), as they will be committed: a commit hook\'s line')
  .option('--color', 'colour even when not writing to a terminal (also FORCE_COLOR=1)')
  .option('--no-color', 'plain output, no colour (also NO_COLOR=1)')
  .option('--no-cache', "re-lint every file; don't read or write the cache")
  .option('--cache-location <dir>', 'keep the cache in this folder (default: one in ~/.cache/tpm-prep/)')
  // ESLint's and markdownlint's --fix, which users try: lint refuses it with why, rather than "unknown option".
  .addOption(new Option('--fix').hideHelp())
  .addHelpText(
    'after',
    after(
      {
        examples: [
          ['tpm-prep lint stories/', 'lint the whole bank'],
          ['tpm-prep lint stories/curbside-pickup-launch.yaml', 'lint one story'],
          ["tpm-prep lint 'stories/**/*.yaml'", 'lint by glob'],
          ['tpm-prep lint --format json stories/', 'ESLint-shaped JSON for tools'],
          ['tpm-prep lint --quiet stories/', 'errors only'],
          ['tpm-prep lint -f github stories/', 'annotations on a GitHub pull request'],
          ['tpm-prep lint -f sarif -o tpm-prep.sarif stories/', 'for code scanning'],
          ['tpm-prep lint --stdin --stdin-filename stories/cert-expiry-incident.yaml < stories/cert-expiry-incident.yaml', 'from an editor'],
          ['tpm-prep lint --staged', 'what a commit would commit (husky: the line for .husky/pre-commit)'],
        ],
      },
      {
        notes: [
          'Exit codes: 0 clean (or warnings within --max-warnings), 1 lint errors, 2 usage, config or IO problems.',
          'Unchanged files are not linted again: their findings come from a cache in your cache folder. Standard input (--stdin) is never cached.',
          'Silence a rule with a comment:',
        ],
        code: ['# tpm-prep-disable-next-line we-instead-of-i'],
      },
    ),
  )
  .action(async (paths: string[], options) => {
    const { lintCommand } = await import('./commands/lint.js');
    process.exitCode = await lintCommand(paths, options, processIo());
  });

program
  .command('rules')
  .description('List the lint rules, the severity each has under your config and by default, and what each flags.')
  .addOption(textOrJson())
  .option('-c, --config <file>', 'the severities this config sets, instead of the nearest .tpm-prep.yaml')
  .addHelpText(
    'after',
    after(
      {
        examples: [
          ['tpm-prep rules', 'each rule at the severity lint gives it here'],
          ['tpm-prep rules --config ci.yaml', 'at the severities another config sets'],
          ['tpm-prep rules --format json', '{id, severity, default, description} for each rule'],
        ],
      },
      {
        notes: [
          "The severity shown is the one lint applies here: the config's (--config, else the nearest .tpm-prep.yaml from this folder, as lint finds it), or the default where there is none. A rule the config sets off its default says so:",
        ],
        code: ['hedging  off    (default warn) Hedges and deferrals…'],
      },
      {
        notes: ['In JSON, `severity` is that one and `default` the default; `options`, for a rule that takes them, are those in force:'],
        code: ['{"id": "hedging", "severity": "off", "default": "warn", …}'],
      },
    ),
  )
  .addOption(ignoredNoColor())
  .action(async (options) => {
    const { rulesCommand } = await import('./commands/rules.js');
    process.exitCode = rulesCommand(options, processIo());
  });

program
  .command('schema')
  .description('Print the JSON Schema for story files, for editor completion and checks.')
  .addHelpText(
    'after',
    after(
      { examples: [['tpm-prep schema > schema/story.schema.json']] },
      { notes: ['Then start a story file with:'], code: ['# yaml-language-server: $schema=../schema/story.schema.json'] },
    ),
  )
  .addOption(ignoredNoColor())
  .action(async () => {
    const { schemaCommand } = await import('./commands/schema.js');
    process.exitCode = schemaCommand(processIo());
  });

program
  .command('lps')
  .description('List the 16 Leadership Principles with their ids, aliases and the evidence each needs.')
  .addOption(textOrJson())
  .addHelpText('after', after({ examples: [['tpm-prep lps'], ['tpm-prep lps --format json']] }))
  .addOption(ignoredNoColor())
  .action(async (options) => {
    const { lpsCommand } = await import('./commands/lps.js');
    process.exitCode = lpsCommand(options, processIo());
  });

program
  .command('map')
  .description('Show which principles each story claims and shows, with the evidence, and what is not covered.')
  .argument('[paths...]', 'story files, folders or globs; default: stories/, here or beside the nearest .tpm-prep.yaml')
  .addOption(textOrJson())
  .option('--color', 'colour even when not writing to a terminal')
  .option('--no-color', 'plain output, no colour')
  .option('-e, --evidence', 'for each story, the phrases behind each principle, with line:column: the linear view, the heatmap said as lines (for a screen reader)')
  .addHelpText(
    'after',
    after({
      examples: [
        ['tpm-prep map', 'the bank in stories/'],
        ['tpm-prep map --evidence stories/cert-expiry-incident.yaml', 'why a story maps where it does'],
        ['tpm-prep map --format json', 'stories, scores and evidence with line:column'],
      ],
    }),
  )
  .action(async (paths: string[], options) => {
    const { mapCommand } = await import('./commands/map.js');
    process.exitCode = mapCommand(paths, options, processIo());
  });

program
  .command('plan')
  .description('Assign the best story to each principle, using each story at most --max-reuse times.')
  .argument('[paths...]', 'story files, folders or globs; default: stories/, here or beside the nearest .tpm-prep.yaml')
  .option('--lps <list>', "the principles to plan for: ids, names or aliases; repeat it or use a comma list; `all` for all 16; default: the config's interviewers: if it has them, else all 16; --lp works too", collectOption)
  .option('--interviewer <list>', "an interviewer of the config's interviewers: by name, in any case, or one interviewer's principles: ids, names or aliases, a comma list, after a name and a colon if you like; repeat it for each interviewer of the loop (instead of --lps); default: the config's interviewers:", collectOption)
  .addOption(numberOption('--max-reuse <n>', 'how many principles one story may cover: 1 or more', 1))
  .addOption(textOrJson())
  .option('-c, --config <file>', 'use this config instead of the nearest .tpm-prep.yaml (for which lint errors make a story not ready)')
  .option('--loop-date <date>', `the day of your loop, to say how many days are left: ${LOOP_DATE}`)
  .addHelpText(
    'after',
    after({
      examples: [
        ['tpm-prep plan', "your loop (the config's interviewers:), else all 16 principles"],
        ['tpm-prep plan --lps all', 'all 16, whatever the config says'],
        ['tpm-prep plan --lps ownership,dive-deep,backbone', "one interviewer's three"],
        ['tpm-prep plan --interviewer ownership,dive-deep --interviewer backbone,earn-trust', 'a loop, by interviewer'],
        ['tpm-prep plan --interviewer "Bar raiser"', "one interviewer of your loop (the config's interviewers:), by name"],
        ['tpm-prep plan --interviewer "Peer: dive-deep"', 'an interviewer not in it, named, and their principles'],
        ['tpm-prep plan --loop-date +10d', 'the same plan, headed by the days left to your loop'],
        ['tpm-prep plan --lps all --max-reuse 2 --format json'],
      ],
    }),
  )
  .addOption(hiddenTwin('lp'))
  .addOption(ignoredNoColor())
  .action(async (paths: string[], options) => {
    const { planCommand } = await import('./commands/plan.js');
    process.exitCode = planCommand(paths, joinTwin(options, 'lps', 'lp'), processIo());
  });

program
  .command('report')
  .description('Write one self-contained HTML page: the bank against the principles, readiness, findings, the loop plan and your practice.')
  .argument('[paths...]', 'story files, folders or globs; default: stories/, here or beside the nearest .tpm-prep.yaml')
  .option('-o, --output <file>', 'where to write the page; - for standard output', 'report.html')
  .option('--redact', 'replace partner names and numbers with placeholders, to share the page (company and place names stay, but for the words you list with --hide or redact: in .tpm-prep.yaml)')
  .option('--hide <words>', 'hide these words too (an employer, a customer, a site), and redact the page as --redact does: a comma list, repeatable', collectOption)
  .option('--history <file>', 'the practice history to chart (default: .tpm-prep/history.jsonl beside the stories folder)')
  .option('--interviewer <list>', "an interviewer of the config's interviewers: by name, in any case, or one interviewer's principles: ids, names or aliases, a comma list, after a name and a colon if you like; repeat it for each interviewer of the loop, and the plan is the loop's, interviewer by interviewer; default: the config's interviewers:", collectOption)
  .option('-c, --config <file>', 'use this config instead of the nearest .tpm-prep.yaml')
  .option('--loop-date <date>', `the day of your loop, to count down to at the top of the page: ${LOOP_DATE}`)
  .addHelpText(
    'after',
    after(
      {
        examples: [
          ['tpm-prep report', 'report.html for stories/ and its practice history'],
          ['tpm-prep report --loop-date +10d', 'the same, counting down to your loop'],
          ['tpm-prep report stories/ -o prep.html', 'another file name'],
          ['tpm-prep report --redact -o share.html', 'to send to a mentor: partner names and numbers replaced'],
          ['tpm-prep report --hide "Hallam Payments,Slough" -o share.html', 'the same, and these words hidden too'],
          ['tpm-prep report -o - > report.html', 'to standard output'],
          ['tpm-prep report --interviewer ownership,dive-deep --interviewer bias-for-action,deliver-results', 'the plan for a loop, interviewer by interviewer'],
          ['tpm-prep report --interviewer "Bar raiser"', "the plan for one interviewer of your loop (the config's interviewers:), by name"],
        ],
      },
      {
        notes: [
          'The page makes no network request and needs nothing installed: open it in any browser, or print it to PDF.',
          'Exit codes: 0 written (even when stories have lint errors), 2 usage, config or IO problems.',
        ],
      },
    ),
  )
  .addOption(ignoredNoColor())
  .action(async (paths: string[], options) => {
    const { reportCommand } = await import('./commands/report.js');
    process.exitCode = reportCommand(paths, options, processIo());
  });


program
  .command('questions')
  .description('List the practice questions, by Leadership Principle and category.')
  .option('--lp <lp>', 'only questions for this principle: id, name or alias; repeat it or use a comma list; `all` for every question, as without --lp; --lps works too', collectOption)
  .option('--category <name>', 'behavioral, system-design, technical or program-management; repeat it or use a comma list', collectOption)
  .option('--questions <dir>', 'add your own question files from this folder (or `questions:` in .tpm-prep.yaml)')
  .option('-c, --config <file>', 'use this config instead of the nearest .tpm-prep.yaml')
  .addOption(textOrJson())
  .addHelpText(
    'after',
    after({
      examples: [
        ['tpm-prep questions --lp dive-deep', 'Dive Deep questions'],
        ['tpm-prep questions --lp backbone,ownership', 'two principles, by alias and id'],
        ['tpm-prep questions --category system-design', 'one category'],
        ['tpm-prep questions --questions my-questions/', 'the built-in bank plus your own'],
        ['tpm-prep questions --format json', '[{id, text, lps, category, followups}]'],
      ],
    }),
  )
  .addOption(hiddenTwin('lps'))
  .addOption(ignoredNoColor())
  .action(async (options) => {
    const { questionsCommand } = await import('./commands/questions.js');
    process.exitCode = await questionsCommand(joinTwin(options, 'lp', 'lps'), processIo());
  });

program
  .command('drill')
  .description('Timed out-loud practice: questions drawn for what you need most, with your stories that fit.')
  .argument('[stories-folder]', `${STORIES_FOLDER}; history goes in .tpm-prep/ beside it`)
  .option('--lp <lp>', "only questions for this principle: id, name or alias; repeat it or use a comma list; `all` for every principle (default: the config's loop first, if it has `interviewers:`, else every principle); --lps works too", collectOption)
  .option('--interviewer <name>', "only the principles of this interviewer of the config's `interviewers:`, by name, in any case; repeat it for more than one (not with --lp)", collectOption)
  .option('--category <name>', 'behavioral, system-design, technical or program-management; repeat it or use a comma list', collectOption)
  .addOption(numberOption('-n, --count <n>', `how many questions, ${rangeText(COUNT)}`, COUNT.fallback))
  .addOption(numberOption('-t, --time <time>', `${SECONDS.takes}, ${rangeText(SECONDS)}`, SECONDS.fallback))
  .option('--minutes <time>', `${MINUTES.takes}, ${rangeText(MINUTES)}: no question starts with less of it left than one answer's --time (the one under way is finished); without -n, as many questions as answers of --time fit (not with --print)`)
  .option('--seed <seed>', 'any text or number: the same seed, history and stories draw the same questions (see below)')
  .option('--stories <dir>', 'your story bank (default: stories/, here or beside the nearest .tpm-prep.yaml); history goes in .tpm-prep/ beside it')
  .option('--questions <dir>', 'add your own question files from this folder (or `questions:` in .tpm-prep.yaml)')
  .option('-c, --config <file>', 'use this config instead of the nearest .tpm-prep.yaml')
  .option('--loop-date <date>', `the day of your loop: principles never practised first, and a review due after it asked the day before it; ${LOOP_DATE}`)
  .option('--blind', "don't show the stories that fit, or what to prepare instead, before you answer")
  .option('--quiet-clock', 'say the clock on its own line at the start, with a quarter of the time left and at time up, instead of redrawing it (for screen readers); the default with TERM=dumb, or with `drill: { quietClock: true }` in .tpm-prep.yaml')
  .option('--no-followups', 'skip the follow-up probes')
  .option('--no-history', "don't record the answers")
  .option('--no-cache', "read every story file afresh; don't read or write drill's cache of them")
  .option('--print', 'print the drawn questions and exit, without the clock (the default without a terminal)')
  .addOption(anyCase(new Option('-f, --format <name>', 'format for --print; json (the questions) or json-with-metadata (with the seed and the due principles asked first or left for the next drill) implies --print').choices(['text', 'json', 'json-with-metadata'])))
  .option('--no-color', 'no colour in the session (also NO_COLOR=1)')
  .addHelpText(
    'after',
    after(
      {
        examples: [
          ['tpm-prep drill', 'three questions, two minutes each'],
          ['tpm-prep drill --lp dive-deep,ownership -n 5', 'five on two principles'],
          ['tpm-prep drill --lp all', 'from every principle, not your loop first'],
          ['tpm-prep drill --interviewer "Bar raiser"', 'one interviewer of your loop, by name'],
          ['tpm-prep drill --category system-design -t 300', 'five minutes for a design prompt'],
          ['tpm-prep drill --minutes 15', 'a 15-minute slot: questions until it is spent'],
          ['tpm-prep drill --minutes 1h -t 5m', 'an hour, five minutes an answer'],
          ['tpm-prep drill --loop-date +10d --lp ownership', 'for your loop: unpractised first'],
          ['tpm-prep drill --seed monday', 'the same draw again, until you practise more'],
          ['tpm-prep drill --quiet-clock', 'the clock said three times, not redrawn (screen readers)'],
          ['tpm-prep drill --print --format json', 'the draw as JSON, no clock'],
          ['tpm-prep drill -f json-with-metadata', 'the same, with what is due in {questions, metadata}'],
          ['tpm-prep drill ~/prep/stories/', 'another bank, and its history beside it'],
        ],
      },
      {
        notes: [
          'Enter starts and stops the clock; Ctrl-C ends the drill and keeps what is recorded.',
          'Answers go to .tpm-prep/history.jsonl beside your stories folder; tpm-prep stats reads them.',
          "The draw weighs that history and your stories as well as the seed (what is due comes first), so a seed repeats your own draw, not a friend's, and it changes as questions fall due.",
        ],
      },
    ),
  )
  .addOption(hiddenTwin('lps'))
  .action(async (folder: string | undefined, options, command: Command) => {
    const { drillCommand } = await import('./commands/drill.js');
    // -n's default is shown in --help, but a time box without -n draws as many as fit in it: only a typed -n counts.
    const typed = command.getOptionValueSource('count') === 'default' ? { ...options, count: undefined } : options;
    process.exitCode = await drillCommand(withStoriesFolder('drill', folder, joinTwin(typed, 'lp', 'lps')), processIo());
  });

program
  .command('stats')
  .description('Your practice per principle: answers, answer time, ratings, a trend, and what is due.')
  .argument('[stories-folder]', `${STORIES_FOLDER}; history is read from .tpm-prep/ beside it`)
  .option('--stories <dir>', 'your story bank; history is read from .tpm-prep/ beside it')
  .addOption(textOrJson())
  .option('-c, --config <file>', "use this config's interviewers: instead of the nearest .tpm-prep.yaml's")
  .option('--loop-date <date>', `the day of your loop: the days left, and the principles to practise before it; ${LOOP_DATE}`)
  .option('--color', 'colour even when not writing to a terminal')
  .option('--no-color', 'plain output, no colour')
  .addHelpText(
    'after',
    after({
      examples: [
        ['tpm-prep stats', 'the history beside stories/'],
        ['tpm-prep stats ~/prep/stories/', 'the history beside another bank'],
        ['tpm-prep stats --loop-date +10d', 'ten days to your loop: what to practise before it'],
        ['tpm-prep stats --format json'],
      ],
    }),
  )
  .action(async (folder: string | undefined, options) => {
    const { statsCommand } = await import('./commands/stats.js');
    process.exitCode = await statsCommand(withStoriesFolder('stats', folder, options), processIo());
  });

program
  .command('init')
  .description('Start a personal prep repo: a template story, the editor schema, a config listing every rule, a .gitignore and a .gitattributes.')
  .argument('[dir]', 'the folder to set up (created if needed); default: the current folder')
  .option('--hook', 'also write a git pre-commit hook that lints the staged stories (needs a git repository; in a folder below its top, the hook goes at the top and lints the stories of that folder, but not for a new folder of a repository at your home folder or one that ignores it, without --force), or update the one an earlier tpm-prep wrote')
  .option('--pre-commit', 'also write a .pre-commit-config.yaml for the pre-commit tool')
  .option('--force', 'replace files that already exist, keeping a copy of each one that differs as <file>.bak')
  .addHelpText(
    'after',
    after(
      {
        examples: [
          ['tpm-prep init my-prep', 'set up my-prep/'],
          ['git init && tpm-prep init --hook', 'here, with a git hook that lints staged stories'],
          ['tpm-prep init --pre-commit', 'here, with a config for pre-commit (pre-commit.com)'],
        ],
      },
      {
        notes: [
          'Existing files are left alone ("skipped (exists)") unless you pass --force. --force first copies a file whose content differs to <file>.bak (or .bak.1, .bak.2, … if that is taken), so nothing of yours is lost.',
          'After upgrading tpm-prep, `init --hook` updates the hook an earlier one wrote (keeping a copy), with no --force and no change to your other files; a pre-commit hook another tool (or you) wrote is left alone: init writes the rest and prints the line to add to that hook (exit 2 until it runs tpm-prep lint).',
        ],
      },
    ),
  )
  .addOption(ignoredNoColor())
  .action(async (dir: string | undefined, options) => {
    const { initCommand } = await import('./commands/init.js');
    process.exitCode = initCommand(dir, options, processIo());
  });

program
  .command('new')
  .description('Capture a story, step by step through STAR with a coaching hint at each step; then lint it.')
  .argument('[title]', 'what the story is about, in one line')
  .option('--situation <text>', 'the situation: what was going on, and what was at stake')
  .option('--task <text>', 'the task: what you owned')
  .option('--action <text>', 'the action: what you did, in the first person')
  .option('--result <text>', 'the result: what number changed, from what to what')
  .option('--partner <name>', '"Name, role" (or "Name - role") of someone you worked with; repeat it for more', collectOption)
  .option('--tradeoff <text>', 'what you gave up, deferred or chose over what')
  .option('--learned <text>', 'the lesson, or what you changed afterwards')
  .option('--lps <list>', 'the principles it shows: ids, names or aliases, comma-separated')
  .option('--tag <tag>', 'a label for the story, such as failure; repeat it or use a comma list; --tags works too', collectOption)
  .addOption(hiddenTwin('tags'))
  .option('--id <id>', 'the story id and file name; default: from the title')
  .option('--dir <dir>', 'the stories folder (default: stories/, here or beside the nearest .tpm-prep.yaml)')
  .option('--to <file>', 'add the story to this file of stories, as the last of its `stories:` list, instead of a file of its own')
  .option('--draft', 'write draft: true, so lint reports its errors as warnings and a commit hook lets it through')
  .option('-y, --yes', "don't ask; use the flags only (the default without a terminal, which writes a story given no section as a draft)")
  .option('-c, --config <file>', 'use this config for the lint, instead of the nearest .tpm-prep.yaml')
  .option('--color', 'colour even when not writing to a terminal (also FORCE_COLOR=1)')
  .option('--no-color', 'plain output, no colour (also NO_COLOR=1)')
  .addHelpText(
    'after',
    after(
      {
        examples: [
          ['tpm-prep new', 'asks for each part'],
          ['tpm-prep new "Cut checkout latency before peak"', 'asks for the rest'],
          [
            'tpm-prep new "Cut checkout latency" --yes --situation "p99 latency hit 2.4 s before the peak." --task "I owned the fix, six weeks to freeze." --action "I made the fraud check asynchronous." --result "p99 fell from 2.4 s to 900 ms." --partner "Priya Nair, Payments EM" --tradeoff "I deferred the new-customer flow." --lps customer-obsession,dive-deep',
          ],
          ['tpm-prep new "Mentored two juniors" --yes --draft', 'a draft to fill in later: its errors are warnings'],
          ['tpm-prep new "Shipped payouts too early" --yes --tag failure --tag payments', 'with tags; --tag failure,payments is the same'],
          ['tpm-prep new "Owned the release pipeline" --to stories/ownership.yaml', 'one more in a file of stories'],
        ],
      },
      { notes: ['It writes stories/<id>.yaml (never over an existing file, nor with a title a story of the bank has), or with --to adds the story at the end of that file\'s `stories:` list, and shows what tpm-prep lint finds in it.'] },
    ),
  )
  .action(async (title: string | undefined, options) => {
    const { newCommand } = await import('./commands/new.js');
    process.exitCode = await newCommand(title, joinTwin(options, 'tag', 'tags'), processIo());
  });

program
  .command('completion')
  .description('Print a shell completion script for bash, zsh, fish or PowerShell.')
  .addArgument(anyCase(new Argument('<shell>', 'bash, zsh, fish or powershell').choices(['bash', 'zsh', 'fish', 'powershell'])))
  .addHelpText(
    'after',
    after({
      examples: [
        ['source <(tpm-prep completion bash)', 'in this bash session'],
        ['tpm-prep completion bash > ~/.local/share/bash-completion/completions/tpm-prep'],
        ['tpm-prep completion zsh > "${fpath[1]}/_tpm-prep"', 'then start a new zsh (needs compinit in ~/.zshrc)'],
        ['source <(tpm-prep completion zsh)', 'in this zsh session, or in ~/.zshrc: any zsh'],
        ['tpm-prep completion fish > ~/.config/fish/completions/tpm-prep.fish', 'every fish session'],
        ['tpm-prep completion fish | source', 'in this fish session'],
        ['tpm-prep completion powershell | Out-String | Invoke-Expression', 'in this PowerShell session, or in $PROFILE: every one'],
      ],
    }),
  )
  .addOption(ignoredNoColor())
  .action(async (shell: string) => {
    const { completionCommand } = await import('./commands/completion.js');
    process.exitCode = completionCommand(shell, program, processIo());
  });

// What the completion scripts ask for at Tab: the loop's interviewers' names (hidden: no one types it), of the config
// the line being completed names with --config, if it does.
program
  .command('__complete', { hidden: true })
  .argument('<what>', 'interviewers')
  .argument('[words...]', 'the words typed before the cursor, after the program name, as the shell split them')
  .option('-c, --config <file>', 'the config the line being completed names (as an older script passes it)')
  .option('--shell <shell>', 'how the words quote: bash, zsh, fish or powershell')
  .action(async (_what: string, words: string[], options: { config?: string; shell?: string }) => {
    const { completeValuesCommand } = await import('./commands/completion.js');
    process.exitCode = await completeValuesCommand(options, words, program, processIo());
  });

program.addHelpText(
  'after',
  after({
    examples: [
      ['tpm-prep init my-prep', 'start a prep repo with a template story'],
      ['tpm-prep new', 'capture a story, step by step'],
      ['tpm-prep lint stories/', 'find the gaps in your story bank'],
      ['tpm-prep rules', 'what each rule checks'],
      ['tpm-prep report', 'one HTML page: coverage, findings, plan, practice'],
      ['tpm-prep help lint', 'options for one command'],
    ],
  }),
);

try {
  const commands = new Set(program.commands.flatMap((c) => [c.name(), ...c.aliases()]));
  await program.parseAsync(helpArgs(noColorAfterCommand(process.argv, commands), commands));
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

/**
 * A bare `tpm-prep` asks what the tool does: the same help as --help, on stdout, exit 0 (commander's own
 * answer prints it on stderr, as an error). `help NAME` for a command that doesn't exist is `NAME` alone: the
 * unknown-command message and its did-you-mean, exit 2, where commander would print the general help; and
 * `help -x`, an unknown option.
 */
function helpArgs(argv: readonly string[], commands: ReadonlySet<string>): string[] {
  const [node = 'node', script = 'tpm-prep', ...args] = argv;
  if (args.length === 0) return [node, script, '--help'];
  const [first, name] = args;
  if (first !== 'help' || name === undefined) return [...argv];
  if (name === '-h' || name === '--help') return [node, script, '--help'];
  // `help -x`: an unknown option, said as such. `help nosuch …`: an unknown command, whatever follows.
  if (name.startsWith('-') || !commands.has(name)) return [node, script, name];
  return [...argv];
}

/**
 * `tpm-prep --no-color lint …`, as an alias (\`alias tpm-prep='tpm-prep --no-color'\`) puts it, is
 * `tpm-prep lint --no-color …`: every command takes it. Before anything else (--help, --version, help), where
 * no colour is printed, it is dropped.
 */
function noColorAfterCommand(argv: readonly string[], commands: ReadonlySet<string>): string[] {
  const [node = 'node', script = 'tpm-prep', ...args] = argv;
  let n = 0;
  while (args[n] === '--no-color') n++;
  if (n === 0) return [...argv];
  const [first, ...rest] = args.slice(n);
  if (first === undefined) return [node, script];
  return first !== 'help' && commands.has(first) ? [node, script, first, '--no-color', ...rest] : [node, script, first, ...rest];
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  // A message of several lines (every mistake in a config) is several problems, each on its own line.
  if (error instanceof UsageError) process.stderr.write(message.split('\n').map((line) => `tpm-prep: ${line}\n`).join(''));
  else process.stderr.write(`tpm-prep: internal error: ${message}. Please report this.\n`);
  return 2;
}
