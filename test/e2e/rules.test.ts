/** `tpm-prep rules` as the built CLI prints it: piped (80 columns, as map and plan) and in a real terminal. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/rules/index.js';
import { cli } from '../helpers.js';
import { hasScript, inTerminal, overflowing, scratch } from './support.js';

const tmp = scratch('rules');

/** The text's words, whatever its lines: wrapping and padding undone. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What `rules` says last, after the table: the ids lint reports that are no rules (a trial looked for `duplicate-id` in
 * the table and set it off in the config).
 */
const CHECKS =
  "Lint also reports, under ids that are no rules and can't be set or turned off: `parse`, `schema`, `duplicate-id`, `directive` (unreadable YAML, a story that doesn't fit the format, an id used twice, a suppression comment that names no rule).";

/** Every rule with its severity and its whole description, as one line would say it, then CHECKS. */
const everyRule = `${RULES.map(({ meta }) => `${meta.id} ${meta.defaultSeverity} ${meta.description}`).join(' ')} ${CHECKS}`;

describe('tpm-prep rules', () => {
  const piped = cli(['rules']);

  it('piped, fits 80 columns: each description in its column beside its rule and severity, wrapped there', () => {
    expect(piped.status).toBe(0);
    expect(overflowing(piped.stdout, 80)).toEqual([]);
    expect(piped.stdout).toMatch(
      /^missing-metric {10}error {2}The result states no quantified outcome \(a %,\n {31}money, a duration, a count, "from X to Y", "2x"\)\.\n/,
    );
    expect(flat(piped.stdout)).toBe(flat(everyRule));
  });

  it('as JSON, the same in a terminal as piped: no wrapping', () => {
    const json = cli(['rules', '--format', 'json']).stdout;
    expect(JSON.parse(json).map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    if (hasScript) expect(inTerminal(['rules', '--format', 'json'], 40)).toBe(json);
  });

  it.runIf(hasScript).each([40, 60])('in a terminal %i columns wide, each description under its rule and severity, and no line over', (cols) => {
    const shown = inTerminal(['rules'], cols);
    expect(overflowing(shown, cols)).toEqual([]);
    expect(shown).toMatch(/^missing-metric {10}error\n {4}The result states no quantified/);
    expect(flat(shown)).toBe(flat(everyRule));
  });

  it.runIf(hasScript)('in a terminal 80 columns wide, as piped; on a wide one, a rule to a line', () => {
    expect(inTerminal(['rules'], 80)).toBe(piped.stdout);
    const [table = '', checks] = inTerminal(['rules'], 200).trimEnd().split('\n\n');
    expect(table.split('\n').map((line) => line.split(' ')[0])).toEqual(RULES.map((r) => r.meta.id));
    expect(flat(checks ?? '')).toBe(CHECKS);
  });
});

// A user's trial: `rules` (and `rules -f json`) showed the default severities only, where a script wants the ones
// lint applies under the config.
describe('tpm-prep rules under a config', () => {
  const CONFIG = 'rules:\n  hedging: off\n  no-scope: error\n  too-long: {severity: warn, wordsPerMinute: 120}\n  unsourced-metric: [warn, {sources: [Looker]}]\n';
  const dir = tmp.write({ '.tpm-prep.yaml': CONFIG, 'stories/.keep': '', 'other.yaml': 'rules:\n  missing-metric: off\n' });
  type Row = { id: string; severity: string; default: string; description: string; options?: unknown };
  const json = (args: string[], cwd: string): Row[] => {
    const done = cli(['rules', '--format', 'json', ...args], { cwd });
    expect(done).toMatchObject({ status: 0, stderr: '' });
    return JSON.parse(done.stdout) as Row[];
  };
  const changed = { hedging: 'off', 'no-scope': 'error', 'too-long': 'warn', 'unsourced-metric': 'warn' } as Record<string, string>;

  it('with no config, severity is the default and default is beside it, each rule in order, options at their defaults', () => {
    const rows = json([], tmp.write({}));
    expect(rows.map((r) => [r.id, r.severity, r.default, r.description])).toEqual(RULES.map(({ meta }) => [meta.id, meta.defaultSeverity, meta.defaultSeverity, meta.description]));
    expect(rows.find((r) => r.id === 'too-long')!.options).toEqual({ wordsPerMinute: 150, warnSeconds: 90, errorSeconds: 150 });
    expect(rows.find((r) => r.id === 'hedging')).not.toHaveProperty('options');
  });

  it('as JSON, the severity the nearest .tpm-prep.yaml sets, from its folder or one below it, the default beside it, and the options in force', () => {
    for (const cwd of [dir, join(dir, 'stories')]) {
      const rows = json([], cwd);
      expect(rows.map((r) => [r.id, r.severity, r.default])).toEqual(RULES.map(({ meta }) => [meta.id, changed[meta.id] ?? meta.defaultSeverity, meta.defaultSeverity]));
      expect(rows.find((r) => r.id === 'too-long')!.options).toEqual({ wordsPerMinute: 120, warnSeconds: 90, errorSeconds: 150 });
      expect(rows.find((r) => r.id === 'unsourced-metric')!.options).toEqual({ sources: ['Looker'] });
    }
  });

  it('with --config FILE, that config instead', () => {
    const rows = json(['--config', 'other.yaml'], dir);
    expect(rows.filter((r) => r.severity !== r.default).map((r) => [r.id, r.severity, r.default])).toEqual([['missing-metric', 'off', 'error']]);
    expect(json(['-c', '../other.yaml'], join(dir, 'stories')).filter((r) => r.severity !== r.default).map((r) => r.id)).toEqual(['missing-metric']);
  });

  it('as text, the severity in force, and "(default …)" before the description of a rule set off its default', () => {
    const done = cli(['rules'], { cwd: dir });
    expect(done.status).toBe(0);
    expect(overflowing(done.stdout, 80)).toEqual([]);
    expect(done.stdout).toMatch(/^hedging {17}off {4}\(default warn\) Hedges and deferrals in the action\n {31}or result:/m);
    expect(done.stdout).toMatch(/^no-scope {16}error {2}\(default warn\) No sign of scope/m);
    expect(done.stdout).toMatch(/^missing-metric {10}error {2}The result states/m);
    // too-long's description says the speaking rate this config sets (120), not the default's.
    const described: Record<string, string> = {
      'too-long': 'Telling the story takes over 90 s at 120 (default 150) words a minute (a warning), or over 150 s (an error).',
    };
    const everyRuleHere = RULES.map(
      ({ meta }) => `${meta.id} ${changed[meta.id] ?? meta.defaultSeverity} ${changed[meta.id] ? `(default ${meta.defaultSeverity}) ` : ''}${described[meta.id] ?? meta.description}`,
    ).join(' ');
    expect(flat(done.stdout)).toBe(flat(`${everyRuleHere} ${CHECKS}`));
  });

  // A trial: `rules -c` said "at 150 words a minute" under a config that set 170, as if the option did nothing.
  it('describes a rule by the options in force, as text and as JSON, with each default beside the value set', () => {
    const cwd = tmp.write({ 'fast.yaml': 'rules:\n  too-long: [warn, { wordsPerMinute: 170, errorSeconds: 120 }]\n  lp-coverage: { severity: warn, min: 2 }\n' });
    const text = flat(cli(['rules', '-c', 'fast.yaml'], { cwd }).stdout);
    const tooLong = 'Telling the story takes over 90 s at 170 (default 150) words a minute (a warning), or over 120 (default 150) s (an error).';
    expect(text).toContain(`too-long warn (default error) ${tooLong}`);
    expect(text).not.toContain('150 words a minute');
    expect(text).toContain('lp-coverage warn A Leadership Principle has fewer than 2 stories (`min`; default 1) that claim or show it');
    const rows = json(['-c', 'fast.yaml'], cwd);
    expect(rows.find((r) => r.id === 'too-long')).toMatchObject({ description: tooLong, options: { wordsPerMinute: 170, warnSeconds: 90, errorSeconds: 120 } });
    // At the defaults, written out or not, the description is the rule's own.
    const same = tmp.write({ '.tpm-prep.yaml': 'rules:\n  too-long: [error, { wordsPerMinute: 150 }]\n  lp-coverage: { severity: warn, min: 1 }\n' });
    for (const id of ['too-long', 'lp-coverage']) expect(json([], same).find((r) => r.id === id)!.description).toBe(RULES.find((r) => r.meta.id === id)!.meta.description);
  });

  it('a broken config, found or named, exits 2 with its file:line:col, as lint does', () => {
    const broken = tmp.write({ '.tpm-prep.yaml': 'rules:\n  # hedges\n   hedging: off\n  no-scope: warn\n  no-tradeoff: off\n', 'stories/.keep': '' });
    const line = '.tpm-prep.yaml:3:4: `hedging` starts at column 4, but the keys around it start at column 3: line it up with them.';
    expect(cli(['rules'], { cwd: broken })).toMatchObject({ status: 2, stdout: '', stderr: `tpm-prep: ${line}\n` });
    expect(cli(['rules', '-f', 'json'], { cwd: broken })).toMatchObject({ status: 2, stdout: '', stderr: `tpm-prep: ${line}\n` });
    expect(cli(['lint'], { cwd: broken }).stderr).toBe(`tpm-prep: ${line}\n`);
    expect(cli(['rules', '--config', 'nope.yaml'], { cwd: dir })).toMatchObject({ status: 2, stdout: '' });
  });

  it('--help names --config, with an example, and what severity and default are', () => {
    const help = cli(['rules', '--help']).stdout;
    expect(help).toMatch(/-c, --config <file>/);
    expect(help).toContain('$ tpm-prep rules --config ci.yaml');
    expect(help).toMatch(/`severity` is that one and `default` the default/);
  });
});
