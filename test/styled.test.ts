import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeChalk } from '../src/color.js';
import { restyle, wrapStyledPhrases } from '../src/styled.js';
import { wrapPhrases } from '../src/text/wrap.js';

const c = makeChalk(1);

describe('wrapStyledPhrases', () => {
  // The drill's heading: 88 columns shown, 132 with its codes.
  const parts = [`${c.bold('Question 1 of 1')} ${c.dim('·')}`, c.dim('Deliver Results + Customer Obsession ·'), c.dim('behavioral ·'), c.dim('deliver-results-06')];
  const plain = parts.map(stripVTControlCharacters);

  it('fits on a line what fits without colour', () => {
    const wrapped = wrapStyledPhrases(parts, 100, 2);
    expect(wrapped).not.toContain('\n');
    expect(wrapped).toBe(parts.join(' '));
    expect(wrapPhrases(parts, 100, 2)).toContain('\n'); // what the codes, counted, did
  });

  it('breaks where the plain text breaks, each code where it was', () => {
    for (const width of [30, 40, 60, 80]) {
      const wrapped = wrapStyledPhrases(parts, width, 2);
      expect(stripVTControlCharacters(wrapped)).toBe(wrapPhrases(plain, width, 2));
      expect(wrapped.replace(/\n */g, ' ')).toBe(parts.join(' '));
    }
  });

  it('closes a colour before the line break it ends at, and opens the next after the indent', () => {
    expect(wrapStyledPhrases([c.red('aaa bbb'), c.dim('ccc')], 8, 2)).toBe(`${c.red('aaa bbb')}\n  ${c.dim('ccc')}`);
  });
});

describe('restyle', () => {
  it('returns the layout as it is when the text has no codes', () => {
    expect(restyle('a b c', 'a b\n    c')).toBe('a b\n    c');
  });

  it('keeps a code at the end of the text', () => {
    expect(restyle(`ab${'\u001b[0m'}`, 'ab')).toBe(`ab${'\u001b[0m'}`);
  });

  it('follows a layout that drops spaces (several made one)', () => {
    expect(restyle(`a  ${c.red('b')}`, 'a\n  b')).toBe(`a\n  ${c.red('b')}`);
  });
});
