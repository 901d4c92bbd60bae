import { describe, expect, it } from 'vitest';
import { counted, oneLine, quote, quoteAround, quoteExcerpt, showValue } from '../../src/text/show.js';

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

describe('quote: a phrase of the story in a rule\'s message', () => {
  it.each([
    ['The 45 tickets were\nclosed', '"The 45 tickets were closed"'],
    ['We\n  kind of migrated', '"We kind of migrated"'],
    ['from 300\r\nto 80', '"from 300 to 80"'],
    ['fix\n- He decided', '"fix; He decided"'],
    ['on one line', '"on one line"'],
  ])('%j → %s', (phrase, quoted) => {
    expect(quote(phrase)).toBe(quoted);
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

describe('quoteExcerpt: prose quoted on one line, cut at a word', () => {
  it.each([
    ['short, whole', 'I missed the date.', 80, '"I missed the date."'],
    ['a bullet break, as quote puts it', 'fix\n- He decided\n  to ship', 80, '"fix; He decided to ship"'],
    ['cut at a word', 'I ran three game days and made every team lead sign a go or no-go checklist', 40, '"I ran three game days and made every…"'],
  ])('%s', (_label, text, max, quoted) => {
    expect(quoteExcerpt(text, max)).toBe(quoted);
  });
});

describe('quoteAround: a quote that shows the words at a place in a long sentence', () => {
  const long = 'I ran three game days and made every team lead sign a go or no-go checklist, and then I missed the launch date by two weeks.';
  it.each<[string, string, number | undefined, string]>([
    ['no place: as quoteExcerpt', long, undefined, quoteExcerpt(long)],
    ['a place the excerpt shows', long, long.indexOf('game'), quoteExcerpt(long)],
    ['a place past the excerpt: from a word before it, after "…"', long, long.indexOf('I missed'), '"…checklist, and then I missed the launch date by two weeks."'],
    ['a short sentence whole', 'I missed the date.', 2, '"I missed the date."'],
    // On one line as `quote` puts it: a break into a bullet is "; ", any other run of white space one space.
    ['a bullet break before the place', 'I ran three game days and made every team lead sign a checklist\n- then I missed the\n  launch date by two weeks.', 71, '"…sign a checklist; then I missed the launch date by two weeks."'],
  ])('%s', (_label, text, at, quoted) => {
    expect(quoteAround(text, at)).toBe(quoted);
  });
});

describe('showValue: a value in a one-line message', () => {
  it.each<[string, unknown, number | undefined, string]>([
    ['short text whole', 'maybe', undefined, '"maybe"'],
    ['text of just the length whole', 'a'.repeat(38), undefined, `"${'a'.repeat(38)}"`],
    // A new user's trial: the quote was never closed ("Deepa Menon (LabelKart account manager…).
    ['long text cut, with its quote closed', 'Deepa Menon (LabelKart account manager), Rohit Sharma (Procurement)', undefined, '"Deepa Menon (LabelKart account manage…"'],
    ['cut text without the space before the "…"', 'Deepa Menon and a long tail of words here', 20, '"Deepa Menon and a…"'],
    ['a line break kept escaped, never cut in two', `${'a'.repeat(36)}\nmore text`, undefined, `"${'a'.repeat(36)}…"`],
    ['an emoji never cut in two', `${'a'.repeat(36)}😀😀 more`, undefined, `"${'a'.repeat(36)}…"`],
    ['a number', 2021, undefined, '2021'],
    ['an infinity', Infinity, undefined, 'Infinity'],
    ['a long list as before', ['a'.repeat(30), 'b'.repeat(30)], undefined, `["${'a'.repeat(30)}","${'b'.repeat(4)}…`],
  ])('%s', (_label, value, max, shown) => {
    const said = showValue(value, max);
    expect(said).toBe(shown);
    expect(said.length).toBeLessThanOrEqual(max ?? 40);
  });
});
