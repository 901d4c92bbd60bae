// A terminal that reports no width (0 columns: `script -qc "tpm-prep lint …" /dev/null`, where `tput cols` says
// 80), or one too narrow to be any (a handful of columns), is a terminal whose width is unknown: every command
// lays its text out as it does piped, where a new user's trial got lint, rules and plan a word to a line and map
// and drill fitted to 40 columns.
import { describe, expect, it } from 'vitest';
import { ROOT, cli } from '../helpers.js';
import { FIXTURES, hasScript, inTerminal, scratch } from './support.js';

const tmp = scratch('width');

/** A prep folder with a practice history, for stats. */
function withHistory(): string {
  const at = new Date(Date.now() - 3 * 86_400_000).toISOString();
  const rec = (lps: string[], seconds: number) =>
    JSON.stringify({ version: 1, at, question: 'q', lps, story: null, seconds, limit: 120, check: { metric: true, saidI: true, partner: false, tradeoff: false }, rating: 3 });
  return tmp.write({ '.tpm-prep/history.jsonl': [rec(['ownership'], 170), rec(['dive-deep', 'customer-obsession'], 80)].join('\n') + '\n' });
}

describe.runIf(hasScript)('a terminal that reports 0 columns, or a handful', () => {
  const runs: [string, string[], string][] = [
    ['lint', ['lint', 'bank'], FIXTURES],
    ['rules', ['rules'], ROOT],
    ['map', ['map'], ROOT],
    ['plan', ['plan'], ROOT],
    ['lps', ['lps'], ROOT],
    ['questions', ['questions'], ROOT],
    ['drill --print', ['drill', '--print', '--seed', '7', '-n', '2'], ROOT],
    ['stats', ['stats'], withHistory()],
  ];

  it.each(runs)('%s is laid out as piped', (_, args, cwd) => {
    const piped = cli(args, { cwd }).stdout;
    expect(piped.split('\n').length).toBeGreaterThan(3);
    for (const cols of [0, 5]) expect(inTerminal(args, cols, { cwd })).toBe(piped);
  });

  it('help, as piped: 80 columns', () => {
    expect(inTerminal(['lint', '--help'], 5)).toBe(cli(['lint', '--help']).stdout);
  });
});

// A new user's trial: `COLUMNS=60 tpm-prep map | cat` fitted 60 columns, but plan's and stats' tables kept to the
// width they have piped. Piped, COLUMNS set to a width is taken by all three, as a terminal of that width would be.
describe('piped with COLUMNS set, plan and stats fit it as map does', () => {
  const longest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));
  it.each([
    ['plan', ['plan'], ROOT],
    ['stats', ['stats'], withHistory()],
  ])('%s', (_, args, cwd) => {
    const piped = cli(args, { cwd }).stdout;
    const narrow = cli(args, { cwd, env: { COLUMNS: '60' } });
    expect(narrow.status).toBe(0);
    expect(longest(piped)).toBeGreaterThan(60);
    expect(longest(narrow.stdout)).toBeLessThanOrEqual(60);
    // A COLUMNS that is no width changes nothing.
    expect(cli(args, { cwd, env: { COLUMNS: 'wide' } }).stdout).toBe(piped);
    // As in a terminal of that width.
    if (hasScript) expect(narrow.stdout).toBe(inTerminal(args, 60, { cwd }));
    // (Four runs of plan over the example bank: more than the default time on a loaded machine.)
  }, 60_000);
});
