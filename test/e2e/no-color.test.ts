// --no-color on every command, after the command or before it (as `alias tpm-prep='tpm-prep --no-color'`
// puts it), so a shell alias or function can add it to each: the commands that print colour print none, and
// those that print none take it and ignore it. It stays out of the --help of those, and so of completion.
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';
import { cleanUp, tempDir } from './recipes.js';

afterAll(cleanUp);

const ANSI = /\x1b\[[0-9;]*m/;

/** A run of each command that succeeds in a repo `init` set up; `n` keeps `new`'s titles apart. */
const RUNS: Record<string, (n: number) => string[]> = {
  init: () => ['init'],
  lint: () => ['lint', '--no-cache'],
  rules: () => ['rules'],
  schema: () => ['schema'],
  lps: () => ['lps'],
  map: () => ['map'],
  plan: () => ['plan'],
  report: () => ['report', '-o', '-'],
  questions: () => ['questions'],
  drill: () => ['drill', '--print', '--no-history'],
  stats: () => ['stats'],
  new: (n) => ['new', `Plain story ${n}`, '--yes'],
  completion: () => ['completion', 'bash'],
};

function helpCommands(): string[] {
  const help = cli(['--help']).stdout;
  const section = help.slice(help.indexOf('Commands:'), help.indexOf('\n\n', help.indexOf('Commands:')));
  return [...section.matchAll(/^ {2}([a-z]+)/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
}

describe('--no-color', () => {
  it('is taken by every command, after it or before it, and nothing is coloured even with FORCE_COLOR=1', () => {
    expect(Object.keys(RUNS).sort()).toEqual(helpCommands().sort());
    const cwd = tempDir();
    let n = 0;
    for (const [command, args] of Object.entries(RUNS)) {
      const [name, ...rest] = args(n++);
      for (const argv of [[name!, '--no-color', ...rest], ['--no-color', name!, ...args(n++).slice(1)]]) {
        const result = cli(argv, { cwd, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
        expect(result.stderr, `${argv.join(' ')}`).not.toMatch(/unknown option/);
        expect([command, argv.join(' '), result.status]).toEqual([command, argv.join(' '), 0]);
        expect(result.stdout, argv.join(' ')).not.toMatch(ANSI);
      }
    }
    // Every command twice, one after another (about 30 CLI runs, lint without its cache among them): sized as
    // vitest.config.ts says, at about three times what it takes at a load of 4.6.
  }, 90_000);

  it('before --version or help, where nothing is coloured, is let be', () => {
    expect(cli(['--no-color', '--version'])).toMatchObject({ status: 0, stderr: '' });
    expect(cli(['--no-color', 'help', 'rules'])).toMatchObject({ status: 0, stderr: '' });
    expect(cli(['--no-color', 'help', 'rules']).stdout).toContain('Usage: tpm-prep rules');
  });

  it('is left out of the --help of commands that print no colour (and so out of their completion)', () => {
    for (const command of ['rules', 'schema', 'lps', 'plan', 'report', 'questions', 'init', 'completion']) {
      expect(cli([command, '--help']).stdout, command).not.toContain('--no-color');
    }
    expect(cli(['completion', 'bash']).stdout).toContain('--no-color');
  });
});
