/**
 * What `tpm-prep lint` prints, byte for byte, in each format (Vale's habit: golden files of exactly what
 * the user sees). The goldens are the output for test/fixtures/e2e/bank, linted from test/fixtures/e2e
 * (whose .tpm-prep.yaml turns lp-coverage off). When the output changes on purpose, rewrite them with
 * `UPDATE_GOLDEN=1 npx vitest run test/e2e/formats`, and read the diff before committing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, it, type ExpectStatic } from 'vitest';
import { ANSI, FIXTURES, STRONG, fileResult, hasScript, inTerminal, lintJson, overflowing, parseResults, run, scratch, type FileResult } from './support.js';

const GOLDEN = join(FIXTURES, 'golden');
const tmp = scratch('formats');
const BANK_FILES = ['bank/broken.yaml', 'bank/checkout-latency.yaml', 'bank/drafts/vendor-cutover.yml', 'bank/onboarding.yaml', 'bank/several.yaml'];

const read = (name: string) => readFileSync(join(GOLDEN, name), 'utf8');

function golden(expect: ExpectStatic, name: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN) writeFileSync(join(GOLDEN, name), actual);
  expect(actual).toBe(read(name));
}

const lint = (args: string[], env?: NodeJS.ProcessEnv) => run(['lint', ...args], { cwd: FIXTURES, env });

// The bank in each format, run side by side; the tests below read these.
const [stylishRun, quietRun, compactRun, jsonRun] = await Promise.all([
  lint(['bank']),
  lint(['--quiet', 'bank']),
  lint(['--format', 'compact', 'bank']),
  lint(['--format', 'json', 'bank']),
]);

describe('golden output for the fixture bank', () => {
  it('stylish (the default, NO_COLOR): grouped by file, a summary line, exit 1', ({ expect }) => {
    golden(expect, 'stylish.txt', stylishRun.stdout);
    expect(stylishRun.stderr).toBe('');
    expect(stylishRun.status).toBe(1);
  });

  it('stylish with --quiet: errors only, and files with none left out', ({ expect }) => {
    golden(expect, 'stylish-quiet.txt', quietRun.stdout);
    expect(quietRun.stdout).not.toMatch(/^ +\d+:\d+ +warning/m);
    expect(quietRun.stdout).toMatch(/\(8 errors, 0 warnings\)/);
    expect(quietRun.status).toBe(1);
  });

  it('compact: file:line:col: severity message [rule], one a line', ({ expect }) => {
    golden(expect, 'compact.txt', compactRun.stdout);
    for (const line of compactRun.stdout.trimEnd().split('\n')) expect(line).toMatch(/^\S+:\d+:\d+: (error|warning) .+ \[[a-z-]+\]$/);
    expect(compactRun.status).toBe(1);
  });

  it('json: an array in ESLint’s shape', ({ expect }) => {
    golden(expect, 'json.json', jsonRun.stdout);
    expect(jsonRun.stderr).toBe('');
    expect(jsonRun.status).toBe(1);
  });
});

describe('the JSON format', () => {
  const results = parseResults(jsonRun);
  const files = results.filter((r) => !r.filePath.endsWith('/'));

  it('has ESLint’s keys (messages exactly so), severities 1 or 2, and counts that add up', ({ expect }) => {
    for (const r of results) {
      // ESLint itself gives a file more keys, and tools skip the ones they don't know; the golden
      // above pins the exact output.
      expect(Object.keys(r).slice(0, 5)).toEqual(['filePath', 'messages', 'suppressedMessages', 'errorCount', 'warningCount']);
      for (const m of r.messages) {
        expect(Object.keys(m)).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'storyId']);
        expect([1, 2]).toContain(m.severity);
        expect(m.line).toBeGreaterThanOrEqual(1);
        expect(m.column).toBeGreaterThanOrEqual(1);
      }
      expect(r.errorCount).toBe(r.messages.filter((m) => m.severity === 2).length);
      expect(r.warningCount).toBe(r.messages.filter((m) => m.severity === 1).length);
    }
  });

  it('has an entry for every file linted, a clean one included, sorted by path', async ({ expect }) => {
    expect(files.map((r) => r.filePath)).toEqual(BANK_FILES);
    // checkout-latency.yaml's one finding is the id a story of several.yaml shares: without that file, it is clean.
    expect(fileResult(results, 'bank/checkout-latency.yaml').messages.map((m) => m.ruleId)).toEqual(['duplicate-id']);
    const { results: alone } = await lintJson(['bank/onboarding.yaml', 'bank/checkout-latency.yaml'], { cwd: FIXTURES });
    expect(alone.map((r) => r.filePath)).toEqual(['bank/checkout-latency.yaml', 'bank/onboarding.yaml']);
    expect(fileResult(alone, 'bank/checkout-latency.yaml')).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
  });

  it('sorts each file’s messages by line, then column', ({ expect }) => {
    for (const r of results) {
      const keys = r.messages.map((m) => [m.line, m.column]);
      expect(keys).toEqual([...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    }
  });

  it('gives a single story its file name as id, and a story in a list the slug of its title', ({ expect }) => {
    expect(fileResult(results, 'bank/onboarding.yaml').messages.map((m) => m.storyId)).toEqual(['onboarding', 'onboarding', 'onboarding']);
    const draft = fileResult(results, 'bank/drafts/vendor-cutover.yml').messages.filter((m) => m.ruleId !== 'directive');
    expect(draft.map((m) => m.storyId)).toEqual(['vendor-cutover', 'vendor-cutover', 'vendor-cutover']);
    expect(fileResult(results, 'bank/several.yaml').messages[0]!.storyId).toBe('retired-the-nightly-reporting-exports');
  });

  it('uses the rule ids parse, schema and duplicate-id for problems that are not rules', ({ expect }) => {
    expect(fileResult(results, 'bank/broken.yaml').messages.map((m) => m.ruleId)).toEqual(['parse']);
    const several = fileResult(results, 'bank/several.yaml').messages;
    // The story with a misspelt `reslt:` is still read, `reslt:` as its result: the rules lint it (it states no trade-off).
    expect(several.map((m) => m.ruleId)).toEqual(['no-tradeoff', 'schema', 'duplicate-id']);
    expect(several[1]!.message).toContain('Did you mean `result`?');
    expect(several[2]).toMatchObject({ storyId: 'checkout-latency', message: expect.stringContaining('bank/checkout-latency.yaml:2') });
    // And the story it shares the id with, the other way round.
    expect(fileResult(results, 'bank/checkout-latency.yaml').messages).toEqual([
      { ruleId: 'duplicate-id', severity: 2, line: 2, column: 1, storyId: 'checkout-latency', message: 'The id `checkout-latency` is also used by bank/several.yaml:13. Give each story its own `id`.' },
    ]);
  });
});

describe.concurrent('a clean story', () => {
  const dir = tmp.write({ 'clean.yaml': STRONG });

  it('json: an entry with no messages, like any other file', async ({ expect }) => {
    const { run: done, results } = await lintJson(['clean.yaml'], { cwd: dir });
    expect(done.status).toBe(0);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ filePath: 'clean.yaml', messages: [], errorCount: 0, warningCount: 0 });
  });

  for (const format of ['stylish', 'compact']) {
    it(`${format}: nothing at all, exit 0`, async ({ expect }) => {
      expect(await run(['lint', '--format', format, 'clean.yaml'], { cwd: dir })).toEqual({ status: 0, stdout: '', stderr: '' });
    });
  }
});

describe.concurrent('determinism and paths', () => {
  it('gives the same output whatever order the files are named in', async ({ expect }) => {
    const shuffled = ['bank/several.yaml', 'bank/drafts/vendor-cutover.yml', 'bank/broken.yaml', 'bank/onboarding.yaml', 'bank/checkout-latency.yaml'];
    const [a, b] = await Promise.all([lint(['--format', 'compact', ...shuffled]), lint(['--format', 'compact', ...[...shuffled].reverse()])]);
    expect(a.stdout).toBe(b.stdout);
    // Named one by one they are not a folder, so only the bank-level lines differ from the golden.
    expect(a.stdout.split('\n')).toEqual(read('compact.txt').split('\n').filter((l) => !l.startsWith('bank/:')));
  });

  it('shows paths relative to the working folder, with forward slashes, however they were given', async ({ expect }) => {
    const dir = tmp.write({ 'stories/team/one.yaml': 'title: A one-line story\n' });
    const absolute = join(dir, 'stories', 'team', 'one.yaml');
    const below = join(dir, 'stories', 'team');
    const [fromRoot, dotted, fromBelow] = await Promise.all([
      lintJson([absolute], { cwd: dir }),
      lintJson(['./stories//team/../team/one.yaml'], { cwd: dir }),
      lintJson([absolute], { cwd: below }),
    ]);
    expect(fromRoot.results.map((r) => r.filePath)).toEqual(['stories/team/one.yaml']);
    expect(dotted.results.map((r) => r.filePath)).toEqual(['stories/team/one.yaml']);
    expect(fromBelow.results.map((r) => r.filePath)).toEqual(['one.yaml']);
    const beside = await run(['lint', '--format', 'compact', '../team/one.yaml'], { cwd: below });
    expect(beside.stdout).toMatch(/^one\.yaml:1:1: error /);
    for (const line of beside.stdout.trimEnd().split('\n')) expect(line).toMatch(/^one\.yaml:\d+:\d+: /);
  });
});

describe.concurrent('colour', () => {
  const red = '\x1b[31m';
  const yellow = '\x1b[33m';
  const underline = '\x1b[4m';
  const strip = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
  const bank = (args: string[], env: NodeJS.ProcessEnv) => lint([...args, 'bank'], env).then((r) => r.stdout);

  it('is off when stdout is not a terminal, and with NO_COLOR (the golden run)', async ({ expect }) => {
    expect(await bank([], { NO_COLOR: undefined })).toBe(stylishRun.stdout);
    expect(stylishRun.stdout).not.toMatch(ANSI);
  });

  it('is forced on by FORCE_COLOR and by --color: errors red, warnings yellow, file names underlined', async ({ expect }) => {
    const outs = await Promise.all([bank([], { NO_COLOR: undefined, FORCE_COLOR: '1' }), bank(['--color'], { NO_COLOR: undefined })]);
    for (const out of outs) {
      expect(out).toContain(`${red}error`);
      expect(out).toContain(`${yellow}warning`);
      expect(out).toContain(`${underline}bank/onboarding.yaml`);
      expect(strip(out)).toBe(stylishRun.stdout);
    }
  });

  it('is turned off by --no-color even when FORCE_COLOR asks for it', async ({ expect }) => {
    expect(await bank(['--no-color'], { NO_COLOR: undefined, FORCE_COLOR: '1' })).toBe(stylishRun.stdout);
  });

  it('is turned on by --color even when NO_COLOR is set (no-color.org: a command-line flag overrides NO_COLOR)', async ({ expect }) => {
    expect(await bank(['--color'], { NO_COLOR: '1' })).toContain(`${red}error`);
  });

  it('never colours compact (nor json, which is never given a colour setting)', async ({ expect }) => {
    expect(await bank(['--format', 'compact', '--color'], { NO_COLOR: undefined, FORCE_COLOR: '1' })).toBe(compactRun.stdout);
  });
});

describe.concurrent('--quiet', () => {
  it('drops warnings from json too, with warningCount 0, and exits 0 when there were only warnings', async ({ expect }) => {
    const { run: done, results } = await lintJson(['--quiet', 'bank/drafts/vendor-cutover.yml'], { cwd: FIXTURES });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject<Partial<FileResult>>({ filePath: 'bank/drafts/vendor-cutover.yml', messages: [], errorCount: 0, warningCount: 0 });
    expect(done.status).toBe(0);
  });

  it('prints nothing in stylish when there were only warnings, and exits 0', async ({ expect }) => {
    expect(await lint(['--quiet', 'bank/drafts/vendor-cutover.yml'])).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe.runIf(hasScript)('stylish in a terminal: wrapped to its width; every other format, a file or a pipe, a finding a line', () => {
  /** The words of a report, whatever its lines: wrapping moves no word. */
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();

  it.for([40, 60, 80])('fits a terminal %i columns wide, with the same words as piped', (cols, { expect }) => {
    const shown = inTerminal(['lint', 'bank'], cols, { cwd: FIXTURES });
    // Only a word longer than the line (a file's path, a story's id) may be.
    expect(overflowing(shown, cols).filter((line) => !/^\s*\S+$/.test(line))).toEqual([]);
    expect(words(shown)).toBe(words(stylishRun.stdout));
  });

  it('at 60 columns, a message wraps in its column, its rule after it; the readiness and the summary at their words', ({ expect }) => {
    const shown = inTerminal(['lint', 'bank'], 60, { cwd: FIXTURES });
    expect(shown).toContain(
      'bank/broken.yaml\n' +
        '  5:7  error    A colon and a space inside plain text start\n' +
        '                a new key. Put the text in quotes, or write\n' +
        '                it as a `>-` block.  parse\n',
    );
    expect(shown).toContain('\n  readiness 39/100 (impact 8/34, scope 18/33,\n    ownership 13/33): no metric in the result, no customer,\n');
    expect(shown).toMatch(/\n✖ 13 problems \(8 errors, 5 warnings\) ·\n {2}readiness 73\/100 over 5 stories\n$/);
    // A rule with no room after its message's last line goes under it.
    expect(shown).toContain('\n  11:5  error    Unknown key `reslt`. Did you mean `result`?\n                 schema\n');
  });

  // A seventeenth user's trial: COLUMNS=60 in a wider tmux pane was ignored.
  it('takes COLUMNS, where it is set, over the width the terminal reports, for the report and for --help', ({ expect }) => {
    const narrowed = inTerminal(['lint', 'bank'], 120, { cwd: FIXTURES, env: { COLUMNS: '60' } });
    expect(narrowed).toBe(inTerminal(['lint', 'bank'], 60, { cwd: FIXTURES }));
    const help = inTerminal(['lint', '--help'], 120, { env: { COLUMNS: '60' } });
    expect(overflowing(help, 60)).toEqual([]);
    expect(overflowing(inTerminal(['lint', '--help'], 120), 60)).not.toEqual([]);
    // Not a width: the terminal's own.
    expect(inTerminal(['lint', 'bank'], 60, { cwd: FIXTURES, env: { COLUMNS: 'wide' } })).toBe(inTerminal(['lint', 'bank'], 60, { cwd: FIXTURES }));
  });

  it('at 40 columns, a message goes under its line:col and severity', ({ expect }) => {
    const shown = inTerminal(['lint', 'bank'], 40, { cwd: FIXTURES });
    expect(shown).toContain('bank/broken.yaml\n  5:7  error\n    A colon and a space inside plain\n    text start a new key. Put the text\n    in quotes, or write it as a `>-`\n    block.  parse\n');
  });

  // Colour codes take no column, and a severity with its message under it ends the line, with colour on too.
  it.for([40, 60, 100])('in colour, %i columns: the same lines as without colour', (cols, { expect }) => {
    const coloured = inTerminal(['lint', 'bank'], cols, { cwd: FIXTURES, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(stripVTControlCharacters(coloured)).toBe(inTerminal(['lint', 'bank'], cols, { cwd: FIXTURES }));
  });

  it('leaves a report written to a file, and every other format, a finding a line', ({ expect }) => {
    const out = tmp.path('report.txt');
    inTerminal(['lint', 'bank', '-o', out], 40, { cwd: FIXTURES });
    expect(readFileSync(out, 'utf8')).toBe(stylishRun.stdout);
    expect(inTerminal(['lint', '--format', 'compact', 'bank'], 40, { cwd: FIXTURES })).toBe(compactRun.stdout);
  });
});
