/** `tpm-prep rules` as the built CLI prints it: piped (80 columns, as map and plan) and in a real terminal. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/rules/index.js';
import { cli } from '../helpers.js';
import { hasScript, inTerminal, overflowing } from './support.js';

/** The text's words, whatever its lines: wrapping and padding undone. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every rule with its severity and its whole description, as one line would say it. */
const everyRule = RULES.map(({ meta }) => `${meta.id} ${meta.defaultSeverity} ${meta.description}`).join(' ');

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
    const wide = inTerminal(['rules'], 200).trimEnd().split('\n');
    expect(wide.map((line) => line.split(' ')[0])).toEqual(RULES.map((r) => r.meta.id));
  });
});
