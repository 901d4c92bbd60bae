import { describe, expect, it } from 'vitest';
import { counted, oneLine, quoteAround, quoteExcerpt } from '../../src/text/show.js';

describe('oneLine: a phrase quoted from a story, on one line', () => {
  it.each([
    ['pushed for the capacity fix\n- He decided to ship\n- I committed', 'pushed for the capacity fix; He decided to ship; I committed'],
    ['fix\n  * He decided\n  • I committed', 'fix; He decided; I committed'],
    ['fix\n1. He decided\n2) I committed', 'fix; He decided; I committed'],
    // After a stop or a comma, a space is enough.
    ['I pushed back.\n- He decided,\n- I committed', 'I pushed back. He decided, I committed'],
    // A line break inside a sentence (a `|` block) is a space; so is any run of white space.
    ['I pulled the logs\nmyself  and\tfound it', 'I pulled the logs myself and found it'],
    ['- I pulled the logs', 'I pulled the logs'],
    // Not a bullet: a hyphen inside a line, a decimal, a minus.
    ['a well-known fix', 'a well-known fix'],
    ['from 2.4 s\nto 0.8 s', 'from 2.4 s to 0.8 s'],
    ['went to\n-3% margin', 'went to -3% margin'],
  ])('%j → %j', (phrase, expected) => {
    expect(oneLine(phrase)).toBe(expected);
  });
});

describe('counted', () => {
  it.each([
    [0, 'warning', undefined, '0 warnings'],
    [1, 'warning', undefined, '1 warning'],
    [2, 'warning', undefined, '2 warnings'],
    [1, 'story', 'stories', '1 story'],
    [3, 'story', 'stories', '3 stories'],
  ])('%i %s', (n, one, many, expected) => {
    expect(counted(n, one, many)).toBe(expected);
  });
});

describe('quoteAround: a quote that shows the words at a place in a long sentence', () => {
  const long = 'I ran three game days and made every team lead sign a go or no-go checklist, and then I missed the launch date by two weeks.';
  it.each<[string, string, number | undefined, string]>([
    ['no place: as quoteExcerpt', long, undefined, quoteExcerpt(long)],
    ['a place the excerpt shows', long, long.indexOf('game'), quoteExcerpt(long)],
    ['a place past the excerpt: from a word before it, after "…"', long, long.indexOf('I missed'), '"…checklist, and then I missed the launch date by two weeks."'],
    ['a short sentence whole', 'I missed the date.', 2, '"I missed the date."'],
  ])('%s', (_label, text, at, quoted) => {
    expect(quoteAround(text, at)).toBe(quoted);
  });
});
