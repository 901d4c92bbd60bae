// `tpm-prep completion bash|zsh|fish` in temporary folders: the scripts really complete, in real shells, and
// offer every command and option the CLI's own --help lists; and the CLI-wide polish: --help with examples
// for every command, --version, no banner on success.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/drill/questions.js';
import { FORMATS } from '../../src/lint/formatters/index.js';
import { LP_IDS } from '../../src/principles/catalog.js';
import { ROOT, cli } from '../helpers.js';
import { binDir, childEnv, cleanUp, onPath, recipe, run, sh, tempDir } from './recipes.js';

afterAll(cleanUp);

const bin = binDir();
const env = childEnv({}, bin);

/** Commands and their options, as `tpm-prep --help` and `tpm-prep <command> --help` list them. */
function helpCommands(): string[] {
  const help = cli(['--help']).stdout;
  const section = help.slice(help.indexOf('Commands:'), help.indexOf('\n\n', help.indexOf('Commands:')));
  return [...section.matchAll(/^ {2}([a-z]+)/gm)].map((m) => m[1]!);
}

function helpOptions(command: string): string[] {
  const help = cli([command, '--help']).stdout;
  const section = help.slice(help.indexOf('Options:'), help.indexOf('\n\n', help.indexOf('Options:')));
  return [...section.matchAll(/^ {2}(?:(-\w), )?(--[\w-]+)/gm)].flatMap((m) => [m[1], m[2]].filter((f): f is string => Boolean(f)));
}

/** [command, option] for each option whose --help entry matches `word`. */
function helpOptionsAbout(word: RegExp): [string, string][] {
  return helpCommands()
    .filter((c) => c !== 'help')
    .flatMap((command) => {
      const help = cli([command, '--help']).stdout;
      const section = help.slice(help.indexOf('Options:'), help.indexOf('\n\n', help.indexOf('Options:')));
      // One entry per option, its wrapped description lines included.
      const entries = section.split(/\n(?= {2}-)/).slice(1);
      return entries.filter((e) => word.test(e)).map((e): [string, string] => [command, /--[\w-]+/.exec(e)![0]]);
    });
}

/** A folder with YAML files, other files, and folders (one with a YAML file and a folder in it). */
function yamlFolder(): string {
  const cwd = tempDir();
  mkdirSync(join(cwd, 'stories', 'old'), { recursive: true });
  mkdirSync(join(cwd, 'stash'));
  for (const file of ['story.yaml', 'b.YML', 'report.html', 'notes.md', 'stories/a.yml', 'stories/report.html']) writeFileSync(join(cwd, file), '');
  return cwd;
}

/** What bash completion offers for `words`, the last being the word under the cursor. */
function bashComplete(words: string[], cwd = tempDir(), extra: Record<string, string> = {}): string[] {
  const array = words.map((w) => `'${w}'`).join(' ');
  const script = `${recipe('completion').split('\n')[0]!.replace(/#.*$/, '')}
COMP_WORDS=(tpm-prep ${array}); COMP_CWORD=${words.length}; _tpm_prep; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = sh(script, cwd, { ...env, ...extra });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean);
}

/** A prep folder whose config has a loop of two interviewers, one name with a space in it, and a stories/ folder. */
function loopFolder(): string {
  const cwd = tempDir();
  mkdirSync(join(cwd, 'stories'));
  writeFileSync(join(cwd, '.tpm-prep.yaml'), 'interviewers:\n  Bar raiser: [ownership, dive-deep]\n  Hiring manager: [deliver-results]\n');
  return cwd;
}

/** loopFolder, with another config beside the nearest one, a space in its name, whose loop is others. */
function twoLoopsFolder(): string {
  const cwd = loopFolder();
  writeFileSync(join(cwd, 'panel two.yaml'), 'interviewers:\n  Peer one: [ownership]\n  Skip level: [think-big]\n');
  return cwd;
}

// The tests below run a bash or a zsh, and the CLI in it, once for each completion asked for: the ones that ask for
// every option of every command run thirty or so, some 15 s on two cores at rest and twice that under a full
// suite's load (a fresh-clone CI timed one out at 20 s). They get three times the rest.
const SHELLS = 60_000;

describe('tpm-prep completion bash', { timeout: SHELLS }, () => {
  it('completes every command the CLI lists, and the top-level options', () => {
    const commands = helpCommands();
    expect(commands).toEqual(expect.arrayContaining(['lint', 'init', 'new', 'completion', 'help']));
    expect(bashComplete([''])).toEqual(expect.arrayContaining([...commands, '--help', '--version']));
    expect(bashComplete(['l'])).toEqual(['lint', 'lps']);
  });

  it("offers each command's options, exactly as its --help lists them", () => {
    for (const command of helpCommands().filter((c) => c !== 'help')) {
      expect(bashComplete([command, '-']).sort()).toEqual(helpOptions(command).sort());
    }
  });

  it('completes option values: choices, files and folders', () => {
    expect(bashComplete(['lint', '--format', ''])).toEqual([...FORMATS]);
    expect(bashComplete(['lint', '-f', 's'])).toEqual(['stylish', 'sarif']);
    expect(bashComplete(['completion', ''])).toEqual(['bash', 'zsh', 'fish', 'powershell']);
    expect(bashComplete(['help', 'ru'])).toEqual(['rules']);
    const cwd = tempDir();
    mkdirSync(join(cwd, 'stories'));
    mkdirSync(join(cwd, 'stash'));
    writeFileSync(join(cwd, 'story.yaml'), '');
    expect(bashComplete(['lint', 'st'], cwd).sort()).toEqual(['stash', 'stories', 'story.yaml']);
    expect(bashComplete(['lint', '--config', 'story'], cwd)).toEqual(['story.yaml']);
    expect(bashComplete(['init', 'st'], cwd).sort()).toEqual(['stash', 'stories']);
    expect(bashComplete(['new', '--dir', 'sto'], cwd)).toEqual(['stories']);
    // drill and stats take the stories folder as a path, as --stories: folders only.
    for (const command of ['drill', 'stats']) {
      expect(bashComplete([command, 'st'], cwd).sort(), command).toEqual(['stash', 'stories']);
      expect(bashComplete([command, '--stories', 'st'], cwd).sort(), command).toEqual(['stash', 'stories']);
    }
  });

  // A twentieth user's trial: `new --to <TAB>` offered report.html.
  it('completes a YAML file, and the folders to go down into, where a story file or a config goes', () => {
    const cwd = yamlFolder();
    for (const words of [['new', '--to', ''], ['lint', ''], ['map', 'stories/', ''], ['plan', '--config', ''], ['report', '-c', '']]) {
      expect(bashComplete(words, cwd).sort(), words.join(' ')).toEqual(['b.YML', 'stash', 'stories', 'story.yaml']);
    }
    expect(bashComplete(['new', '--to', 'stories/'], cwd).sort()).toEqual(['stories/a.yml', 'stories/old']);
    // Where any file goes, any file.
    expect(bashComplete(['report', '-o', ''], cwd).sort()).toEqual(['b.YML', 'notes.md', 'report.html', 'stash', 'stories', 'story.yaml']);
  });

  // plan's and report's --interviewer ask the CLI for the loop's names at each Tab: a process more for those.
  it('completes principle ids and question categories, from the catalogs, for every option that takes them', { timeout: 2 * SHELLS }, () => {
    // The options that take principles say "id, name or alias" (or "ids, names or aliases").
    const principles = helpOptionsAbout(/\bids?, names? or alias/);
    expect(principles).toEqual(expect.arrayContaining([['plan', '--lps'], ['new', '--lps'], ['questions', '--lp'], ['drill', '--lp']]));
    for (const [command, option] of principles) expect(bashComplete([command, option, '']), `${command} ${option}`).toEqual([...LP_IDS]);
    const categories = helpOptionsAbout(/--category/);
    expect(categories).toEqual([['questions', '--category'], ['drill', '--category']]);
    for (const [command, option] of categories) expect(bashComplete([command, option, '']), `${command} ${option}`).toEqual([...CATEGORY_IDS]);
    expect(bashComplete(['drill', '--lp', 'dive'])).toEqual(['dive-deep']);
    expect(bashComplete(['questions', '--category', 's'])).toEqual(['system-design']);
    // drill's --interviewer takes a name from the user's config (none here): no principle ids. plan's takes principles too.
    expect(bashComplete(['plan', '--interviewer', 'dive'])).toEqual(['dive-deep']);
    expect(bashComplete(['drill', '--interviewer', ''])).toEqual([]);
    expect(bashComplete(['drill', '--interviewer', 'dive'])).toEqual([]);
  });

  it('completes the item after the last comma of a list, keeping the ones before it', () => {
    expect(bashComplete(['plan', '--lps', 'ownership,d'])).toEqual(['ownership,dive-deep', 'ownership,deliver-results']);
    expect(bashComplete(['drill', '--lp', 'backbone,earn-trust,cu'])).toEqual(['backbone,earn-trust,customer-obsession']);
    expect(bashComplete(['questions', '--category', 'behavioral,'])).toEqual(CATEGORY_IDS.map((c) => `behavioral,${c}`));
    expect(bashComplete(['plan', '--lps', 'ownership,zz'])).toEqual([]);
  });

  it('completes an alias when what is typed starts no id, and only then (ids first)', () => {
    expect(bashComplete(['drill', '--lp', 'backb'])).toEqual(['backbone']);
    expect(bashComplete(['plan', '--lps', 'ownership,backb'])).toEqual(['ownership,backbone']);
    expect(bashComplete(['questions', '--lp', 'disagree'])).toEqual(['disagree', 'disagree-and-commit']);
    expect(bashComplete(['drill', '--category', 'desi'])).toEqual(['design']);
    expect(bashComplete(['plan', '--lps', '=', 'frug'])).toEqual(['frugality']);
    // An id that starts so is offered alone, not the aliases beside it ("own", "owner", …).
    expect(bashComplete(['new', '--lps', 'own'])).toEqual(['ownership']);
    expect(bashComplete(['drill', '--lp', 'zz'])).toEqual([]);
  });

  it('completes a value written after "=" (bash splits "--lps=own" into three words)', () => {
    // "--lps=<TAB>": the word under the cursor is the "=" itself.
    expect(bashComplete(['plan', '--lps', '='])).toEqual([...LP_IDS]);
    expect(bashComplete(['plan', '--lps', '=', 'own'])).toEqual(['ownership']);
    expect(bashComplete(['drill', '--lp', '=', 'ownership,d'])).toEqual(['ownership,dive-deep', 'ownership,deliver-results']);
    expect(bashComplete(['lint', '--format', '=', 's'])).toEqual(['stylish', 'sarif']);
    // The "=" is no command: options of the command before it are still offered.
    expect(bashComplete(['plan', '--lps', '=', 'ownership', '--f'])).toEqual(['--format']);
  });

  // Two new users' trials: `drill --interviewer <TAB>` offered nothing, and `plan --interviewer <TAB>` principle ids.
  it("completes --interviewer with the names of the config's interviewers, quoted; plan's and report's with principles where none starts so", () => {
    const cwd = loopFolder();
    for (const command of ['drill', 'plan', 'report']) {
      expect(bashComplete([command, '--interviewer', ''], cwd), command).toEqual(['Bar\\ raiser', 'Hiring\\ manager']);
      expect(bashComplete([command, '--interviewer', 'Hi'], cwd), command).toEqual(['Hiring\\ manager']);
    }
    // From a folder below the config's, as the commands find it.
    expect(bashComplete(['drill', '--interviewer', 'B'], join(cwd, 'stories'))).toEqual(['Bar\\ raiser']);
    expect(bashComplete(['plan', '--interviewer', 'dive'], cwd)).toEqual(['dive-deep']);
    expect(bashComplete(['report', '--interviewer', 'ownership,d'], cwd)).toEqual(['ownership,dive-deep', 'ownership,deliver-results']);
    expect(bashComplete(['drill', '--interviewer', 'dive'], cwd)).toEqual([]);
  });

  it('completes --interviewer from the config the line names with --config, not the nearest one', () => {
    const cwd = twoLoopsFolder();
    const other = ['Peer\\ one', 'Skip\\ level'];
    expect(bashComplete(['drill', '--config', 'panel\\ two.yaml', '--interviewer', ''], cwd)).toEqual(other);
    expect(bashComplete(['plan', '-c', '"panel two.yaml"', '--interviewer', 'S'], cwd)).toEqual(['Skip\\ level']);
    // "--config=FILE" is three words to bash; the last --config is the one the command takes.
    expect(bashComplete(['report', '--config', '=', 'nosuch.yaml', '--config', '=', 'panel\\ two.yaml', '--interviewer', ''], cwd)).toEqual(other);
    // A leading ~/ is the home folder, as the shell would have made it.
    expect(bashComplete(['drill', '--config', '~/panel\\ two.yaml', '--interviewer', ''], join(cwd, 'stories'), { HOME: cwd })).toEqual(other);
    // -cFILE in one word; --config=FILE as one word, where COMP_WORDBREAKS has no "="; $HOME in the path.
    expect(bashComplete(['drill', '-cpanel\\ two.yaml', '--interviewer', ''], cwd)).toEqual(other);
    expect(bashComplete(['drill', '--config="panel two.yaml"', '--interviewer', ''], cwd)).toEqual(other);
    expect(bashComplete(['drill', '--config', '"$HOME/panel two.yaml"', '--interviewer', ''], join(cwd, 'stories'), { HOME: cwd })).toEqual(other);
    // A config that isn't there offers no names (and plan's principles where the word starts one).
    expect(bashComplete(['drill', '--config', 'nosuch.yaml', '--interviewer', ''], cwd)).toEqual([]);
    expect(bashComplete(['plan', '--config', 'nosuch.yaml', '--interviewer', 'dive'], cwd)).toEqual(['dive-deep']);
  });

  it('installs as the README says, to a file bash-completion loads', () => {
    const home = tempDir();
    mkdirSync(join(home, '.local/share/bash-completion/completions'), { recursive: true });
    const install = recipe('completion').split('\n')[1]!.replace(/#.*$/, '');
    expect(sh(install, home, childEnv({ HOME: home }, bin)).status).toBe(0);
    expect(readFileSync(join(home, '.local/share/bash-completion/completions/tpm-prep'), 'utf8')).toBe(cli(['completion', 'bash']).stdout);
  });
});

// A tiny zpty harness: type the line and Tab into an interactive zsh, and print what compadd was given (and
// add it, as compadd would: a completer that finds no match added may be tried again).
// With a third argument, "plain", the shell is left as zsh -f leaves it, without compinit: the script starts it.
const CAPTURE = `zmodload zsh/zpty || exit 3
zpty z zsh -f -i
if [[ $3 == plain ]]; then
  zpty -w z "PROMPT='<PS1>'; RPROMPT=; source \${(q)1}"
else
  zpty -w z "PROMPT='<PS1>'; RPROMPT=; autoload -U compinit; compinit -u -D; source \${(q)1}"
fi
zpty -w z 'compadd () { if (( $@[(I)-O] + $@[(I)-A] + $@[(I)-D] )); then builtin compadd "$@"; return; fi; local -a __hits; builtin compadd -A __hits "$@"; local w; for w in $__hits; do print -r -- "<HI""T>$w"; done; builtin compadd "$@"; }'
zpty -w z "print -r -- '<REA''DY>'"
local line
zpty -r z line '*<READY>*'
zpty -r z line '*<PS1>*'   # the prompt after it: the line editor is reading keys now
zpty -n -w z "$2"$'\\t'
zpty -n -w z $'\\C-u'"print -r -- '<DO''NE>'"$'\\n'
while zpty -r z line; do
  [[ $line == *'<HIT>'* ]] && print -r -- \${\${line##*<HIT>}%%[$'\\r\\n']*}
  [[ $line == *'<DONE>'* ]] && break
done
zpty -d z
`;

describe.skipIf(!onPath('zsh'))('tpm-prep completion zsh', { timeout: SHELLS }, () => {
  const dir = tempDir();
  const file = join(dir, '_tpm-prep');
  writeFileSync(file, cli(['completion', 'zsh']).stdout);
  writeFileSync(join(dir, 'capture.zsh'), CAPTURE);
  const zshComplete = (line: string, plain?: 'plain', withEnv = env): string[] =>
    run('zsh', ['-f', join(dir, 'capture.zsh'), file, line, ...(plain ? [plain] : [])], dir, withEnv, 20_000).stdout.split('\n').filter(Boolean);
  // A home of its own, for the .zcompdump that compinit writes there.
  const home = tempDir();
  const plainEnv = childEnv({ HOME: home, ZDOTDIR: home }, bin);

  it('is valid zsh that registers itself for tpm-prep', () => {
    expect(run('zsh', ['-n', file], dir).status).toBe(0);
    const registered = run('zsh', ['-f', '-c', `autoload -U compinit; compinit -u -D; source ${file}; print -r -- $_comps[tpm-prep]`], dir, env);
    expect(registered.stdout.trim()).toBe('_tpm_prep');
  });

  it('loads in a plain zsh whose ~/.zshrc never ran compinit (a new macOS account), starting it itself', () => {
    // zsh -f reads no startup file: no compinit, so no compdef, which the script used to call (exit 127).
    // The README's line for it, as written there.
    const line = recipe('completion').split('\n')[3]!.replace(/#.*$/, '').trim();
    expect(line).toBe('source <(tpm-prep completion zsh)');
    // --help gives it too, beside the $fpath way, which needs compinit.
    expect(cli(['completion', '--help']).stdout).toMatch(/\$ source <\(tpm-prep completion zsh\) +in this zsh session/);
    const plain = run('zsh', ['-f', '-c', `${line} && print -r -- $_comps[tpm-prep]`], dir, plainEnv);
    expect(plain.stderr).toBe('');
    expect(plain.stdout.trim()).toBe('_tpm_prep');
    expect(plain.status).toBe(0);
    expect(zshComplete('tpm-prep lint --format ', 'plain', plainEnv)).toEqual([...FORMATS]);
    // Where compinit has run, the script leaves it be: compdef is used as it is.
    const loaded = run('zsh', ['-f', '-c', 'autoload -U compinit; compinit -u -D; functions[compinit]=\'print -r -- twice\'; source <(tpm-prep completion zsh); print -r -- $_comps[tpm-prep]'], dir, plainEnv);
    expect(loaded.stdout.trim()).toBe('_tpm_prep');
  });

  it('completes commands, options and option values in a real zsh', () => {
    expect(zshComplete('tpm-prep ')).toEqual(expect.arrayContaining(helpCommands()));
    expect(zshComplete('tpm-prep lint --format ')).toEqual([...FORMATS]);
    expect(zshComplete('tpm-prep completion ')).toEqual(['bash', 'zsh', 'fish', 'powershell']);
    expect(zshComplete('tpm-prep new --pa')).toEqual(['--partner']);
  });

  it('completes a YAML file, and the folders to go down into, where a story file or a config goes', () => {
    const cwd = yamlFolder();
    const inFolder = (line: string) =>
      run('zsh', ['-f', join(dir, 'capture.zsh'), file, line], cwd, env, 20_000).stdout.split('\n').filter(Boolean).sort();
    for (const line of ['tpm-prep new --to ', 'tpm-prep lint ', 'tpm-prep plan --config ', 'tpm-prep report -c ']) {
      expect(inFolder(line), line).toEqual(['b.YML', 'stash', 'stories', 'story.yaml']);
    }
    expect(inFolder('tpm-prep new --to stories/')).toEqual(['a.yml', 'old']);
    expect(inFolder('tpm-prep report -o ')).toEqual(['b.YML', 'notes.md', 'report.html', 'stash', 'stories', 'story.yaml']);
  });

  it('completes principle ids and question categories, the item after the last comma of a list', () => {
    expect(zshComplete('tpm-prep plan --lps ').sort()).toEqual([...LP_IDS].sort());
    expect(zshComplete('tpm-prep drill --lp ownership,d').sort()).toEqual(['deliver-results', 'dive-deep']);
    expect(zshComplete('tpm-prep questions --category ').sort()).toEqual([...CATEGORY_IDS].sort());
    expect(zshComplete('tpm-prep plan --lps=own')).toEqual(['ownership']);
    // zsh leaves out the items the list already has.
    expect(zshComplete('tpm-prep drill --category behavioral,').sort()).toEqual(CATEGORY_IDS.filter((c) => c !== 'behavioral').sort());
  });

  it("completes --interviewer with the names of the config's interviewers; plan's with principles where none starts so", () => {
    const cwd = loopFolder();
    const inLoop = (line: string) => run('zsh', ['-f', join(dir, 'capture.zsh'), file, line], cwd, env, 20_000).stdout.split('\n').filter(Boolean).sort();
    // As compadd takes them, quoted for the line.
    expect(inLoop('tpm-prep drill --interviewer ')).toEqual(['Bar\\ raiser', 'Hiring\\ manager']);
    expect(inLoop('tpm-prep plan --interviewer Hi')).toEqual(['Hiring\\ manager']);
    expect(inLoop('tpm-prep report --interviewer ')).toEqual(['Bar\\ raiser', 'Hiring\\ manager']);
    expect(inLoop('tpm-prep plan --interviewer dive')).toEqual(['dive-deep']);
  });

  it('completes --interviewer from the config the line names with --config, not the nearest one', () => {
    const cwd = twoLoopsFolder();
    const inLoop = (line: string, extra: Record<string, string> = {}) =>
      run('zsh', ['-f', join(dir, 'capture.zsh'), file, line], cwd, { ...env, ...extra }, 20_000).stdout.split('\n').filter(Boolean).sort();
    const other = ['Peer\\ one', 'Skip\\ level'];
    expect(inLoop('tpm-prep drill --config panel\\ two.yaml --interviewer ')).toEqual(other);
    expect(inLoop("tpm-prep plan -c 'panel two.yaml' --interviewer S")).toEqual(['Skip\\ level']);
    expect(inLoop('tpm-prep report --config=nosuch.yaml --config="panel two.yaml" --interviewer ')).toEqual(other);
    expect(inLoop('tpm-prep drill --config ~/panel\\ two.yaml --interviewer ', { HOME: cwd })).toEqual(other);
    expect(inLoop("tpm-prep drill -c'panel two.yaml' --interviewer ")).toEqual(other);
    expect(inLoop('tpm-prep plan --config nosuch.yaml --interviewer dive')).toEqual(['dive-deep']);
  });

  it('completes an alias when what is typed starts no id, and only then (ids first)', () => {
    expect(zshComplete('tpm-prep drill --lp backb')).toEqual(['backbone']);
    expect(zshComplete('tpm-prep plan --lps ownership,backb')).toEqual(['backbone']);
    expect(zshComplete('tpm-prep questions --lp disagree').sort()).toEqual(['disagree', 'disagree-and-commit']);
    expect(zshComplete('tpm-prep plan --lps=backb')).toEqual(['backbone']);
    expect(zshComplete('tpm-prep drill --category desi')).toEqual(['design']);
    expect(zshComplete('tpm-prep new --lps own')).toEqual(['ownership']);
    // An alias earlier in the list is no obstacle to the next item.
    expect(zshComplete('tpm-prep plan --lps backbone,own')).toEqual(['ownership']);
  });
});

if (!onPath('zsh')) it.skip('tpm-prep completion zsh: skipped, `zsh` is not on PATH', () => {});

// fish: the script's lines, read back (fish isn't always there to run them), and, where fish is, what it completes.
// A new user's trial: `tpm-prep completion fish` was "no completion for fish" (exit 2).
const FISH = cli(['completion', 'fish']);

/** The script's `complete` lines for the command (`undefined`: those before one), each with its flags and values. */
function fishLines(command?: string): string[] {
  const condition = command === undefined ? "'__tpm_prep_using'" : `'__tpm_prep_using ${command}'`;
  return FISH.stdout.split('\n').filter((line) => line.startsWith(`complete -c tpm-prep -n ${condition} `));
}

/** The options those lines offer, as --help spells them. */
const fishOptions = (command?: string): string[] => [
  ...new Set(fishLines(command).flatMap((line) => [/ -s (\w) /.exec(line)?.[1], /-l ([\w-]+)/.exec(line)?.[1]].filter(Boolean).map((f) => (f!.length === 1 ? `-${f}` : `--${f}`)))),
];

/**
 * The lines of `option` of `command`, one below the other: for one whose values come from a list or a function, its
 * values on a line of their own (no description beside each value), then the option with its description.
 */
const fishOption = (command: string, option: string): string => {
  const flag = option.startsWith('--') ? `-l ${option.slice(2)} ` : `-s ${option.slice(1)} `;
  const found = fishLines(command).filter((line) => line.includes(flag));
  expect(found.length, `${command} ${option}`).toBeGreaterThanOrEqual(1);
  expect(found.length, `${command} ${option}`).toBeLessThanOrEqual(2);
  if (found.length === 2) expect(found[0], `${command} ${option}`).not.toContain(' -d ');
  return found.join('\n');
};

describe('tpm-prep completion fish', () => {
  it('prints a script with a line for every command the CLI lists, and the top-level options', () => {
    expect(FISH).toMatchObject({ status: 0, stderr: '' });
    const commands = helpCommands();
    expect(fishLines().flatMap((line) => /-a '([\w-]+)'/.exec(line)?.[1] ?? [])).toEqual(commands);
    expect(fishOptions().sort()).toEqual(['--help', '--version', '-h', '-v']);
    // No file where none goes, unless a line says one does.
    expect(FISH.stdout).toContain('\ncomplete -c tpm-prep -f\n');
  });

  it("offers each command's options, exactly as its --help lists them", () => {
    for (const command of helpCommands().filter((c) => c !== 'help')) expect(fishOptions(command).sort(), command).toEqual(helpOptions(command).sort());
  });

  it('completes option values: choices, files and folders', () => {
    expect(fishOption('lint', '--format')).toContain(` -x -a '${FORMATS.join(' ')}'`);
    expect(fishOption('drill', '-f')).toContain(" -x -a 'text json json-with-metadata'");
    expect(fishLines('completion')).toContain("complete -c tpm-prep -n '__tpm_prep_using completion' -a 'bash zsh fish powershell'");
    expect(fishLines('help').at(-1)).toBe(`complete -c tpm-prep -n '__tpm_prep_using help' -a '${helpCommands().join(' ')}'`);
    // Any file where any goes; YAML files and folders where a story file or a config goes; folders where a folder goes.
    expect(fishOption('report', '-o')).toContain(' -r -F ');
    for (const [command, option] of [['new', '--to'], ['plan', '--config'], ['lint', '-c']]) expect(fishOption(command!, option!)).toContain(" -x -a '(__tpm_prep_paths yaml)'");
    for (const [command, option] of [['new', '--dir'], ['drill', '--stories'], ['stats', '--stories'], ['questions', '--questions']]) {
      expect(fishOption(command!, option!)).toContain(" -x -a '(__tpm_prep_paths dirs)'");
    }
    for (const command of ['lint', 'map', 'plan', 'report']) expect(fishLines(command).at(-1), command).toBe(`complete -c tpm-prep -n '__tpm_prep_using ${command}' -a '(__tpm_prep_paths yaml)'`);
    for (const command of ['drill', 'stats', 'init']) expect(fishLines(command).at(-1), command).toBe(`complete -c tpm-prep -n '__tpm_prep_using ${command}' -a '(__tpm_prep_paths dirs)'`);
    // A value of no list (a number, a name from the config): the option takes one, and nothing is offered.
    expect(fishOption('drill', '--interviewer')).toMatch(/ -x -d '/);
    expect(fishOption('lint', '--max-warnings')).toMatch(/ -x -d '/);
    // An option of no value takes none.
    expect(fishOption('lint', '--staged')).not.toMatch(/ -[xr] /);
  });

  it('completes principle ids and question categories, from the catalogs, for every option that takes them', () => {
    const principles = helpOptionsAbout(/\bids?, names? or alias/);
    expect(principles).toEqual(expect.arrayContaining([['plan', '--lps'], ['new', '--lps'], ['questions', '--lp'], ['drill', '--lp']]));
    for (const [command, option] of principles) expect(fishOption(command, option)).toContain(" -x -a '(__tpm_prep_principle)'");
    for (const [command, option] of helpOptionsAbout(/--category/)) expect(fishOption(command, option)).toContain(" -x -a '(__tpm_prep_category)'");
    // The ids first, and the aliases where the item starts none of them, as the bash and zsh scripts offer them.
    const fn = (name: string) => FISH.stdout.slice(FISH.stdout.indexOf(`\nfunction __tpm_prep_${name}\n`), FISH.stdout.indexOf('\nend\n', FISH.stdout.indexOf(`\nfunction __tpm_prep_${name}\n`)));
    expect(fn('principle')).toContain(`set -l found (string match -- "$item*" ${LP_IDS.join(' ')})\n`);
    expect(fn('principle')).toMatch(/set -q found\[1\]; or set found \(string match -- "\$item\*" [^)]* backbone [^)]*\)\n/);
    expect(fn('category')).toContain(`set -l found (string match -- "$item*" ${CATEGORY_IDS.join(' ')})\n`);
  });

  it('installs as the README says, to the file fish loads', () => {
    const home = tempDir();
    mkdirSync(join(home, '.config/fish/completions'), { recursive: true });
    const install = recipe('completion').split('\n')[4]!.replace(/#.*$/, '');
    expect(install.trim()).toBe('tpm-prep completion fish > ~/.config/fish/completions/tpm-prep.fish');
    expect(sh(install, home, childEnv({ HOME: home }, bin)).status).toBe(0);
    expect(readFileSync(join(home, '.config/fish/completions/tpm-prep.fish'), 'utf8')).toBe(FISH.stdout);
    // --help gives both ways.
    const help = cli(['completion', '--help']).stdout;
    expect(help).toContain('$ tpm-prep completion fish > ~/.config/fish/completions/tpm-prep.fish');
    expect(help).toMatch(/\$ tpm-prep completion fish \| source +in this fish session/);
  });
});

describe.skipIf(!onPath('fish'))('tpm-prep completion fish, in a real fish', { timeout: SHELLS }, () => {
  const dir = tempDir();
  const file = join(dir, 'tpm-prep.fish');
  writeFileSync(file, FISH.stdout);
  // A home of its own: no config or completions of the user's are read.
  const home = tempDir();
  const fishEnv = childEnv({ HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share') }, bin);
  const fishQuote = (text: string) => `'${text.replace(/[\\']/g, '\\$&')}'`;
  /** What fish completes for `line`, without the descriptions, sorted. */
  const fishComplete = (line: string, cwd = dir): string[] => {
    const done = run('fish', ['-c', `source ${fishQuote(file)}; complete -C ${fishQuote(line)}`], cwd, fishEnv, 20_000);
    expect(done.stderr).toBe('');
    return done.stdout.split('\n').filter(Boolean).map((l) => l.replace(/\t.*$/, '')).sort();
  };

  it('is valid fish', () => {
    expect(run('fish', ['-n', file], dir, fishEnv)).toMatchObject({ status: 0, stderr: '' });
  });

  // A review: `--config ` offered each file with the option's description beside it ("b1.yaml  use this config
  // instead of…"), as fish shows a line's description beside every value that line offers.
  it("offers an option's values bare, its description beside the option alone", () => {
    const cwd = yamlFolder();
    const raw = (line: string) => run('fish', ['-c', `source ${fishQuote(file)}; complete -C ${fishQuote(line)}`], cwd, fishEnv, 20_000).stdout.split('\n').filter(Boolean);
    for (const line of ['tpm-prep lint --config ', 'tpm-prep lint --format ']) {
      const offered = raw(line);
      expect(offered.length, line).toBeGreaterThan(0);
      expect(offered.filter((l) => l.includes('\t')), line).toEqual([]);
    }
    expect(raw('tpm-prep lint --conf')).toEqual([expect.stringMatching(/^--config\t\S/)]);
  });

  it('completes commands, options and option values', () => {
    expect(fishComplete('tpm-prep ')).toEqual([...helpCommands()].sort());
    expect(fishComplete('tpm-prep l')).toEqual(['lint', 'lps']);
    expect(fishComplete('tpm-prep lint --format ')).toEqual([...FORMATS].sort());
    expect(fishComplete('tpm-prep completion ')).toEqual(['bash', 'fish', 'powershell', 'zsh']);
    expect(fishComplete('tpm-prep new --pa')).toEqual(['--partner']);
    // Only the command's own options: lint's after lint, plan's after plan.
    const longs = (command: string) => helpOptions(command).filter((f) => f.startsWith('--')).sort();
    expect(fishComplete('tpm-prep lint --')).toEqual(longs('lint'));
    expect(fishComplete('tpm-prep plan --')).toEqual(longs('plan'));
    expect(fishComplete('tpm-prep help ru')).toEqual(['rules']);
  });

  it('completes a YAML file, and the folders to go down into, where a story file or a config goes', () => {
    const cwd = yamlFolder();
    for (const line of ['tpm-prep new --to ', 'tpm-prep lint ', 'tpm-prep plan --config ', 'tpm-prep report -c ']) {
      expect(fishComplete(line, cwd), line).toEqual(['b.YML', 'stash/', 'stories/', 'story.yaml']);
    }
    expect(fishComplete('tpm-prep new --to stories/', cwd)).toEqual(['stories/a.yml', 'stories/old/']);
    expect(fishComplete('tpm-prep drill ', cwd)).toEqual(['stash/', 'stories/']);
    expect(fishComplete('tpm-prep report -o ', cwd)).toEqual(['b.YML', 'notes.md', 'report.html', 'stash/', 'stories/', 'story.yaml']);
  });

  it('completes principle ids and question categories, the item after the last comma of a list, and aliases only where no id starts so', () => {
    expect(fishComplete('tpm-prep plan --lps ')).toEqual([...LP_IDS].sort());
    expect(fishComplete('tpm-prep drill --lp ownership,d')).toEqual(['ownership,deliver-results', 'ownership,dive-deep']);
    expect(fishComplete('tpm-prep questions --category ')).toEqual([...CATEGORY_IDS].sort());
    expect(fishComplete('tpm-prep drill --lp backb')).toEqual(['backbone']);
    expect(fishComplete('tpm-prep new --lps own')).toEqual(['ownership']);
    // After "=" (fish shows the option before the value, or not, as its version does).
    expect(fishComplete('tpm-prep plan --lps=own').map((c) => c.replace(/^--lps=/, ''))).toEqual(['ownership']);
    expect(fishComplete('tpm-prep drill --interviewer ')).toEqual([]);
  });

  it("completes --interviewer with the names of the config's interviewers; plan's with principles where none starts so", () => {
    const cwd = loopFolder();
    expect(fishComplete('tpm-prep drill --interviewer ', cwd)).toEqual(['Bar raiser', 'Hiring manager']);
    expect(fishComplete('tpm-prep plan --interviewer Hi', cwd)).toEqual(['Hiring manager']);
    expect(fishComplete('tpm-prep report --interviewer ', cwd)).toEqual(['Bar raiser', 'Hiring manager']);
    expect(fishComplete('tpm-prep plan --interviewer dive', cwd)).toEqual(['dive-deep']);
    expect(fishComplete('tpm-prep drill --interviewer dive', cwd)).toEqual([]);
  });

  it('completes --interviewer from the config the line names with --config, not the nearest one', () => {
    const cwd = twoLoopsFolder();
    const other = ['Peer one', 'Skip level'];
    expect(fishComplete('tpm-prep drill --config panel\\ two.yaml --interviewer ', cwd)).toEqual(other);
    expect(fishComplete("tpm-prep plan -c 'panel two.yaml' --interviewer S", cwd)).toEqual(['Skip level']);
    expect(fishComplete('tpm-prep report --config=nosuch.yaml --config="panel two.yaml" --interviewer ', cwd)).toEqual(other);
    expect(fishComplete('tpm-prep plan --config nosuch.yaml --interviewer dive', cwd)).toEqual(['dive-deep']);
    expect(fishComplete("tpm-prep drill -c'panel two.yaml' --interviewer ", cwd)).toEqual(other);
  });

  it('loads as the README says, piped to source', () => {
    const line = recipe('completion').split('\n')[5]!.replace(/#.*$/, '').trim();
    expect(line).toBe('tpm-prep completion fish | source');
    const done = run('fish', ['-c', `${line}; complete -C 'tpm-prep completion '`], dir, fishEnv, 20_000);
    expect(done.stderr).toBe('');
    expect(done.stdout.split('\n').filter(Boolean).sort()).toEqual(['bash', 'fish', 'powershell', 'zsh']);
  });
});

if (!onPath('fish')) it.skip('tpm-prep completion fish, in a real fish: skipped, `fish` is not on PATH', () => {});

// PowerShell: the script's table read back (pwsh isn't on most machines, nor needed here). A new user's trial:
// `tpm-prep completion powershell` was "no completion for powershell" (exit 2).
describe('tpm-prep completion powershell', () => {
  const PWSH = cli(['completion', 'powershell']);
  /** The lines of the table entry of `command`, from its `'name' = @{` to its closing `}`. */
  const entry = (command: string): string => {
    const start = PWSH.stdout.indexOf(`\n  '${command}' = @{\n`);
    expect(start, command).toBeGreaterThan(0);
    return PWSH.stdout.slice(start, PWSH.stdout.indexOf('\n  }\n', start));
  };
  const options = (command: string): string[] => [...(/\n {4}options = @\(([^)]*)\)/.exec(entry(command))?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]!);

  it('prints a native completer with an entry for every command the CLI lists, and each its options, as --help lists them', () => {
    expect(PWSH).toMatchObject({ status: 0, stderr: '' });
    expect(PWSH.stdout).toContain("\nRegister-ArgumentCompleter -Native -CommandName 'tpm-prep' -ScriptBlock {\n");
    const commands = helpCommands().filter((c) => c !== 'help');
    expect([...PWSH.stdout.matchAll(/^ {2}'([\w-]+)' = @\{$/gm)].map((m) => m[1])).toEqual([...commands, 'help']);
    for (const command of commands) expect(options(command).sort(), command).toEqual(helpOptions(command).sort());
    // The hidden command the scripts ask is no command offered.
    expect(PWSH.stdout).not.toContain("'__complete' = @{");
  });

  it("gives each option's values: choices, principle ids with their aliases, categories, the interviewers' names, paths", () => {
    expect(entry('lint')).toContain(`'--format' = @{ words = @(${FORMATS.map((f) => `'${f}'`).join(', ')}); list = $false; aliases = @() }`);
    expect(entry('completion')).toContain("positional = @{ words = @('bash', 'zsh', 'fish', 'powershell'); list = $false; aliases = @() }");
    expect(entry('plan')).toMatch(new RegExp(`'--lps' = @\\{ words = @\\(${LP_IDS.map((id) => `'${id}'`).join(', ')}\\); list = \\$true; aliases = @\\([^)]*'backbone'`));
    expect(entry('drill')).toContain(`'--category' = @{ words = @(${CATEGORY_IDS.map((c) => `'${c}'`).join(', ')}); list = $true;`);
    expect(entry('drill')).toContain("'--interviewer' = @{ interviewers = $true; orElse = $null }");
    expect(entry('plan')).toMatch(/'--interviewer' = @\{ interviewers = \$true; orElse = @\{ words = @\('customer-obsession'/);
    expect(entry('report')).toContain("'-o' = @{ paths = $true }");
    // With the config the line names, as the other shells' scripts pass it: -c, --config or --config=, the last one.
    // The words typed, for __complete to read as PowerShell does: as JSON in a variable, its command line fixed words
    // alone, which neither Windows PowerShell nor cmd.exe (npm's .cmd shim) can read as anything but themselves.
    expect(PWSH.stdout).toContain("$typedWords = ConvertTo-Json -Compress -InputObject @($words | Select-Object -Skip 1 | ForEach-Object { [string] $_ })");
    expect(PWSH.stdout).toContain("$env:TPM_PREP_COMPLETE_WORDS = $typedWords\n      try { $names = @(& 'tpm-prep' __complete interviewers --shell powershell 2>$null |");
    expect(PWSH.stdout).toContain('finally { Remove-Item Env:TPM_PREP_COMPLETE_WORDS -ErrorAction SilentlyContinue }');
    expect(PWSH.stdout).not.toMatch(/__complete interviewers[^\n]*@/);
  });

  it('says how to load it, and to add the line to $PROFILE, as the README and --help do', () => {
    const line = recipe('completion').split('\n')[6]!.replace(/#.*$/, '').trim();
    expect(line).toBe('tpm-prep completion powershell | Out-String | Invoke-Expression');
    expect(PWSH.stdout).toContain(`# Load it in this session:  ${line}\n`);
    expect(cli(['completion', '--help']).stdout).toContain(`$ ${line}`);
    expect(cli(['completion', 'PowerShell']).stdout).toBe(PWSH.stdout);
  });
});

// The names the scripts offer after --interviewer, asked of the CLI at Tab: the config's loop, a line each; nothing
// (exit 0) without one, or where it can't be read.
describe('tpm-prep __complete interviewers', () => {
  it('prints the names of the nearest config, from any folder below it', () => {
    const cwd = loopFolder();
    expect(cli(['__complete', 'interviewers'], { cwd: join(cwd, 'stories') })).toEqual({ status: 0, stdout: 'Bar raiser\nHiring manager\n', stderr: '' });
    expect(cli(['__complete', 'interviewers'], { cwd: tempDir() })).toEqual({ status: 0, stdout: '', stderr: '' });
    const broken = tempDir();
    writeFileSync(join(broken, '.tpm-prep.yaml'), 'interviewers: [\n');
    expect(cli(['__complete', 'interviewers'], { cwd: broken })).toEqual({ status: 0, stdout: '', stderr: '' });
    // The config named with --config, where the line being completed names one, instead of the nearest.
    const two = twoLoopsFolder();
    expect(cli(['__complete', 'interviewers', '--config', 'panel two.yaml'], { cwd: two })).toEqual({ status: 0, stdout: 'Peer one\nSkip level\n', stderr: '' });
    expect(cli(['__complete', 'interviewers', '-c', '../panel two.yaml'], { cwd: join(two, 'stories') }).stdout).toBe('Peer one\nSkip level\n');
    expect(cli(['__complete', 'interviewers', '--config', 'nosuch.yaml'], { cwd: two })).toEqual({ status: 0, stdout: '', stderr: '' });
    // Not a command --help lists.
    expect(cli(['--help']).stdout).not.toContain('__complete');
  });
});

// A review: -cFILE, bash's --config=FILE as one word (COMP_WORDBREAKS without "="), PowerShell's 'it''s.yaml', ~ and
// $HOME in the path typed, and the stories folder typed were not followed: Tab offered the nearest config's names.
describe('tpm-prep __complete interviewers, from the words typed', { timeout: SHELLS }, () => {
  const PEERS = 'Peer one\nSkip level\n';
  /** twoLoopsFolder, with a config whose name has a quote, in a home folder, and a second bank with a loop of its own. */
  const folders = () => {
    const cwd = twoLoopsFolder();
    mkdirSync(join(cwd, 'home/prep'), { recursive: true });
    writeFileSync(join(cwd, "home/prep/it's.yaml"), 'interviewers:\n  Peer one: [ownership]\n  Skip level: [think-big]\n');
    mkdirSync(join(cwd, 'other/stories/cliente'), { recursive: true });
    writeFileSync(join(cwd, 'other/.tpm-prep.yaml'), 'interviewers:\n  Founder: [think-big]\n');
    return cwd;
  };
  const complete = (cwd: string, shell: string, ...words: string[]) => cli(['__complete', 'interviewers', '--shell', shell, '--', ...words], { cwd, env: { HOME: join(cwd, 'home') } });

  it.each([
    ['bash', ['drill', '-cpanel\\ two.yaml']],
    ['bash', ['drill', '--config=panel\\ two.yaml']],
    ['bash', ['drill', '--config', '=', "'panel two.yaml'"]],
    ['bash', ['drill', '--config', "~/prep/it\\'s.yaml"]],
    ['bash', ['drill', '--config', '"$HOME/prep/it\'s.yaml"']],
    ['bash', ['drill', '-c', "${HOME}/prep/it\\'s.yaml"]],
    ['zsh', ['plan', "-c'panel two.yaml'"]],
    ['fish', ['drill', '--config', "~/prep/it's.yaml"]],
    ['powershell', ['drill', '--config', "'panel two.yaml'"]],
    ['powershell', ['drill', '--config', "~/prep/'it''s.yaml'"]],
    ['powershell', ['drill', '-c', '"$HOME/prep/it\'s.yaml"']],
    ['powershell', ['drill', '-c', "$env:HOME/prep/'it''s.yaml'"]],
    ['powershell', ['drill', '-c', "\"$Home/prep/it's.yaml\""]],
  ])('%s: %j names the config with the loop', (shell, words) => {
    expect(complete(folders(), shell, ...words)).toEqual({ status: 0, stdout: PEERS, stderr: '' });
  });

  it('powershell: reads the words typed from TPM_PREP_COMPLETE_WORDS, a word with &, " and \' in it as one word', () => {
    const cwd = folders();
    writeFileSync(join(cwd, 'a&calc "x" \'y\'.yaml'), 'interviewers:\n  Founder: [think-big]\n');
    const fromEnv = (words: unknown) =>
      cli(['__complete', 'interviewers', '--shell', 'powershell'], { cwd, env: { HOME: join(cwd, 'home'), TPM_PREP_COMPLETE_WORDS: JSON.stringify(words) } });
    // As typed in PowerShell: 'a&calc "x" ''y''.yaml', its single quotes undone.
    expect(fromEnv(['drill', '--config', "'a&calc \"x\" ''y''.yaml'"])).toEqual({ status: 0, stdout: 'Founder\n', stderr: '' });
    expect(fromEnv(['drill', '-c', "~/prep/'it''s.yaml'"])).toEqual({ status: 0, stdout: PEERS, stderr: '' });
    // ConvertTo-Json makes one word a string, not an array of one; none, or a variable that is no list, is no words.
    expect(fromEnv('stats').stdout).toBe('Bar raiser\nHiring manager\n');
    expect(fromEnv([]).stdout).toBe('Bar raiser\nHiring manager\n');
    expect(cli(['__complete', 'interviewers', '--shell', 'powershell'], { cwd, env: { TPM_PREP_COMPLETE_WORDS: '{"not": "a list"' } })).toEqual({ status: 0, stdout: 'Bar raiser\nHiring manager\n', stderr: '' });
    // An older script's words, on the command line, are read as ever.
    expect(complete(cwd, 'powershell', 'drill', '--config', "'a&calc \"x\" ''y''.yaml'")).toEqual({ status: 0, stdout: 'Founder\n', stderr: '' });
  });

  it('follows the stories folder typed, as an argument or with --stories, where no config is named', () => {
    const cwd = folders();
    expect(complete(cwd, 'bash', 'drill', 'other/stories/cliente').stdout).toBe('Founder\n');
    expect(complete(cwd, 'bash', 'drill', '-n', '3', '--stories', 'other/stories').stdout).toBe('Founder\n');
    expect(complete(cwd, 'powershell', 'stats', "'other/stories'").stdout).toBe('Founder\n');
    expect(complete(cwd, 'fish', 'plan', 'other/stories/cliente').stdout).toBe('Founder\n');
    // With the program's name first, as zsh's words may have it: no argument of the command.
    expect(complete(cwd, 'zsh', 'tpm-prep', 'drill', 'other/stories/cliente').stdout).toBe('Founder\n');
    expect(complete(cwd, 'zsh', 'tpm-prep', 'drill', '--interviewer', 'x').stdout).toBe('Bar raiser\nHiring manager\n');
    // A value of an option is no stories folder; --config wins.
    expect(complete(cwd, 'bash', 'drill', '-n', 'other').stdout).toBe('Bar raiser\nHiring manager\n');
    expect(complete(cwd, 'bash', 'drill', 'other/stories', '-c', 'panel two.yaml').stdout).toBe(PEERS);
  });

  it('runs nothing typed: a command substitution is a file name, and a quote left open ends the word', () => {
    const cwd = folders();
    const marker = join(cwd, 'ran');
    for (const shell of ['bash', 'zsh', 'powershell']) {
      expect(complete(cwd, shell, 'drill', '-c', `$(touch ${marker})`)).toEqual({ status: 0, stdout: '', stderr: '' });
      expect(complete(cwd, shell, 'drill', '-c', `\`touch ${marker}\``)).toEqual({ status: 0, stdout: '', stderr: '' });
    }
    expect(existsSync(marker)).toBe(false);
    expect(complete(cwd, 'bash', 'drill', '-c', "'panel two.yaml").stdout).toBe(PEERS);
  });
});

describe('the CLI around the commands', () => {
  it('gives every command --help with examples', () => {
    for (const command of helpCommands().filter((c) => c !== 'help')) {
      const help = cli([command, '--help']);
      expect(help.status).toBe(0);
      expect(help.stdout, command).toMatch(/\nExamples:\n {2}\$ .*tpm-prep /);
    }
  });

  it('prints the version with --version and -v', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(cli(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect(cli(['-v']).stdout).toBe(`${version}\n`);
  });

  it('prints nothing at all on a clean lint: no banner', () => {
    expect(cli(['lint', 'stories/curbside-pickup-launch.yaml'])).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  // A new user's trial: commander's own words ("command-argument value 'fish' is invalid for argument 'shell'").
  it('refuses an unknown shell with one line of its own and exit 2', () => {
    const result = cli(['completion', 'tcsh']);
    expect(result).toMatchObject({ status: 2, stdout: '', stderr: 'tpm-prep: completion: no completion for tcsh; the shells are bash, zsh, fish and powershell.\n' });
    // A near miss gets the nearest choice, as a misspelt option value does.
    expect(cli(['completion', 'bsh']).stderr).toBe('tpm-prep: completion: no completion for bsh; the shells are bash, zsh, fish and powershell. Did you mean `bash`?\n');
  });

  // A user's trial: `completion pwsh`, PowerShell's own name, was told the shells but no did-you-mean.
  it.each([
    // Another name for a shell, or a spelling near one.
    ['pwsh', 'powershell'],
    ['PWSH', 'powershell'],
    ['pws', 'powershell'],
    ['power-shell', 'powershell'],
    ['gitbash', 'bash'],
    // A shell's name with more after it.
    ['zshell', 'zsh'],
    ['fishshell', 'fish'],
    // Other shells, near one by their letters, are none of these.
    ['ksh', undefined],
    ['sh', undefined],
    ['tcsh', undefined],
    ['dash', undefined],
    ['cmd', undefined],
  ])('completion %s: a did-you-mean for a near miss, none for another shell', (typed, meant) => {
    const hint = meant === undefined ? '' : ` Did you mean \`${meant}\`?`;
    expect(cli(['completion', typed])).toMatchObject({ status: 2, stdout: '', stderr: `tpm-prep: completion: no completion for ${typed}; the shells are bash, zsh, fish and powershell.${hint}\n` });
  });

  it.each([
    ['lint', 'text', 'stylish'],
    ['lint', 'gh', 'github'],
    ['lint', 'github-actions', 'github'],
    ['lint', 'yaml', undefined],
    ['drill', 'metadata', 'json-with-metadata'],
    ['drill', 'txt', 'text'],
  ])('%s -f %s: the format meant, where one is near', (command, typed, meant) => {
    const formats = command === 'lint' ? 'stylish, json, compact, github and sarif' : 'text, json and json-with-metadata';
    const hint = meant === undefined ? '' : ` Did you mean \`${meant}\`?`;
    expect(cli([command, '-f', typed]).stderr).toBe(`tpm-prep: ${command}: no format ${typed}; the formats are ${formats}.${hint}\n`);
  });

  // A screen-reader user's trial: `tpm-prep completion` alone said "missing required argument 'shell'", naming none.
  it('names the shells it takes when none is given, and exits 2', () => {
    const expected = 'tpm-prep: completion: name a shell; the shells are bash, zsh, fish and powershell: `tpm-prep completion bash`.\n';
    expect(cli(['completion'])).toMatchObject({ status: 2, stdout: '', stderr: expected });
    expect(cli(['--no-color', 'completion'])).toMatchObject({ status: 2, stderr: expected });
    // An argument with no choices to name keeps commander's words.
    expect(cli(['init', 'a', 'b']).stderr).toMatch(/^tpm-prep: too many arguments/);
  });
});
