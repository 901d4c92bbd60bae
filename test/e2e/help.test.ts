/**
 * Every command's --help, as the built CLI prints it: piped (80 columns, wherever it runs) and in a real
 * terminal (util-linux `script`) of a given width.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { BIN } from '../helpers.js';
import { ROOT, run } from './support.js';

/** The commands `tpm-prep --help` lists, and the program itself (''). */
async function commands(): Promise<string[]> {
  const help = (await run(['--help'])).stdout;
  const section = help.slice(help.indexOf('Commands:'), help.indexOf('\n\n', help.indexOf('Commands:')));
  return ['', ...[...section.matchAll(/^ {2}([a-z]+)/gm)].map((m) => m[1]!).filter((c) => c !== 'help')];
}

const helpOf = async (command: string) => (await run(command ? [command, '--help'] : ['--help'])).stdout;

/** Every command's --help piped, run once for the tests here: [command, help]. */
let piped: Promise<[string, string][]> | undefined;
const pipedHelps = () => (piped ??= commands().then((all) => Promise.all(all.map(async (c): Promise<[string, string]> => [c, await helpOf(c)]))));

describe.concurrent('--help', () => {
  it('shows a number default as a number, unquoted', async ({ expect }) => {
    const [drill, plan] = await Promise.all([helpOf('drill'), helpOf('plan')]);
    expect(drill.replace(/\s+/g, ' ')).toContain('how many questions, 1 to 100 (default: 3)');
    expect(drill.replace(/\s+/g, ' ')).toContain('seconds (90, 90s or 90sec), minutes (2m, 2min or 1.5m), hours (1h), minutes and seconds (1m30s or 1m30) or m:ss (1:30), 10 to 3600 seconds (default: 120)');
    expect(plan.replace(/\s+/g, ' ')).toContain('1 or more (default: 1)');
    for (const [command, help] of await pipedHelps()) expect(help, command).not.toMatch(/\(default: "\d+"\)/);
  });

  it('names only shipped stories in its examples, so each one runs as typed in a fresh clone', async ({ expect }) => {
    const named: string[] = [];
    for (const [command, help] of await pipedHelps()) {
      const examples = words(help.slice(help.indexOf('Examples:')));
      // Not a file an example writes (`new --to stories/ownership.yaml`).
      for (const [path] of examples.matchAll(/(?<![\w~./-]|(?:--to|-o|--output) )stories\/[^\s'"<>]+/g)) {
        named.push(path);
        if (path.includes('*')) {
          // A glob: the shipped bank has a file of its extension ('stories/**/*.yaml').
          const ext = path.slice(path.lastIndexOf('.'));
          expect(readdirSync(join(ROOT, 'stories')).some((file) => file.endsWith(ext)), `${command}: ${path}`).toBe(true);
        } else if (!path.endsWith('/')) {
          expect(existsSync(join(ROOT, path)), `${command}: ${path}`).toBe(true);
        }
      }
    }
    expect(named).toContain('stories/curbside-pickup-launch.yaml');
  });
});

/** `tpm-prep <command> --help` in a real terminal (util-linux `script`) `cols` columns wide, as it shows there. */
function inTerminal(command: string, cols: number): Promise<string> {
  const child = spawn('script', ['-qfec', `stty cols ${cols}; ${process.execPath} ${BIN} ${command} --help`, '/dev/null'], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => resolve(out.replace(/\r\n/g, '\n')));
  });
}

/** The help's words, whatever its line: wrapped lines, padding and a command's " \" continuations undone. */
const words = (help: string) => help.replace(/ \\\n/g, ' ').replace(/\s+/g, ' ').trim();

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe.runIf(hasScript)('--help in a terminal', () => {
  it.for([60, 80, 120])('wraps every command\'s help to a terminal %i columns wide, and says all it says piped', async (cols, { expect }) => {
    const helps = await pipedHelps();
    const shown = await Promise.all(helps.map(([command]) => inTerminal(command, cols)));
    helps.forEach(([command, help], i) => {
      const lines = shown[i]!.split('\n');
      expect(lines.filter((line) => line.length > cols), `${command} --help at ${cols}`).toEqual([]);
      expect(words(shown[i]!), command).toBe(words(help));
      // Piped, it is laid out as on an 80-column terminal, wherever it runs.
      if (cols === 80) expect(help, command).toBe(shown[i]);
    });
    // As wide as the terminal allows: on 120 columns, lines that 80 would wrap stay whole.
    if (cols === 120) expect(shown.some((help) => help.split('\n').some((line) => line.length > 80))).toBe(true);
  });

  it('wraps every command\'s usage line to a terminal 40 columns wide, and fits plan\'s help in it whole', async ({ expect }) => {
    const all = await commands();
    const shown = await Promise.all(all.map((command) => inTerminal(command, 40)));
    all.forEach((command, i) => {
      const usage = shown[i]!.slice(0, shown[i]!.indexOf('\n\n'));
      expect(usage, command).toMatch(/^Usage: tpm-prep/);
      expect(usage.split('\n').filter((line) => line.length > 40), command).toEqual([]);
    });
    const plan = shown[all.indexOf('plan')]!;
    expect(plan.split('\n').filter((line) => line.length > 40)).toEqual([]);
    expect(plan).toMatch(/^Usage: tpm-prep plan \[options\]\n {7}\[paths\.\.\.\]\n/);
    expect(plan).toContain('  $ tpm-prep plan \\\n      --interviewer \\\n        ownership,dive-deep \\\n      --interviewer backbone,earn-trust\n');
    // A command whose title runs past the line: the title under the command, where it fits.
    const created = shown[all.indexOf('new')]!;
    expect(created).toContain('  $ tpm-prep new \\\n      "Cut checkout latency before peak"\n');
    expect(created).toContain('  $ tpm-prep new \\\n      "Cut checkout latency" --yes \\\n');
    // Only a quoted value longer than the line left for it runs over.
    expect(created.split('\n').filter((line) => line.length > 40).every((line) => /^ {6}--[a-z]+ "[^"]+"( \\)?$/.test(line))).toBe(true);
  });

  it('puts an option\'s description under it when the line leaves too little room beside it', async ({ expect }) => {
    const help = await inTerminal('lint', 36);
    expect(help).toMatch(/^ {2}--stdin-filename <path>\n {6}the path to show for --stdin,\n/m);
    const options = help.slice(help.indexOf('Options:'), help.indexOf('\n\n', help.indexOf('Options:')));
    expect(options.split('\n').filter((line) => line.length > 36)).toEqual([]);
  });

  it('puts it under its option too when a word of it is wider than the room beside it', async ({ expect }) => {
    // At 40 columns drill's --category has 16 beside it, and "program-management;" needs 19.
    const help = await inTerminal('drill', 40);
    expect(help).toMatch(/^ {2}--category <name>\n {6}behavioral, system-design,\n {6}technical or program-management;\n/m);
    const options = help.slice(help.indexOf('Options:'), help.indexOf('\n\n', help.indexOf('Options:')));
    expect(options.split('\n').filter((line) => line.length > 40)).toEqual([]);
    // Where every word fits, beside it as before (however wide the widest option makes the column).
    expect(help).toMatch(/^ {2}-n, --count <n> +how many\n/m);
  });
});

describe.concurrent('--help piped', () => {
  it('fits 80 columns for every command, the examples and notes after the options too', async ({ expect }) => {
    for (const [command, help] of await pipedHelps()) expect(help.split('\n').filter((line) => line.length > 80), command).toEqual([]);
  });

  it('breaks an example too long for the line before its options, as a shell continues a command', async ({ expect }) => {
    const help = await helpOf('new');
    expect(help).toContain('  $ tpm-prep new "Cut checkout latency" --yes \\\n      --situation "p99 latency hit 2.4 s before the peak." \\\n');
    expect(help).toMatch(/ {6}--lps customer-obsession,dive-deep\n {2}\$ tpm-prep new "Mentored two juniors"/);
  });
});
