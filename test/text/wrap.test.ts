import { describe, expect, it } from 'vitest';
import { PROSE_WIDTH, besideLead, listed, promptWidth, proseWidth, words, wrapPhrases, wrapText } from '../../src/text/wrap.js';

describe('wrapText: prose at its words, a number never parted from the word after it', () => {
  it.each([
    // 28 columns: "(14" would fit on the first line, "stories)." not.
    ['Coverage: 3 more only claimed (14 stories).', 28, 'Coverage: 3 more only\n    claimed (14 stories).'],
    ['Answer in about 2.4 s or 15% faster', 28, 'Answer in about 2.4 s or\n    15% faster'],
    ['They had $40 budgets', 14, 'They had\n    $40 budgets'],
    // Not a number of its own: p99, 94/100.
    ['the p99 latency at 94/100 on average', 24, 'the p99 latency at\n    94/100 on average'],
    ['  indented text keeps its indent when short', 80, '  indented text keeps its indent when short'],
  ])('%j at %i columns', (line, width, expected) => {
    expect(wrapText(line, width)).toBe(expected);
  });
});

describe('wrapPhrases: breaks between the parts given', () => {
  it('keeps each list item on one line when it fits', () => {
    const items = listed(['Learn and Be Curious (ml-serving)', 'Think Big (platform)', 'Earn Trust (clickstream)']);
    expect(wrapPhrases(['  Only one:', ...items], 52)).toBe('  Only one: Learn and Be Curious (ml-serving),\n    Think Big (platform), Earn Trust (clickstream).');
  });

  it('breaks a part wider than a line first between its phrases, then its words', () => {
    expect(wrapPhrases(['One:', 'Success and Scale Bring Broad Responsibility (checkout-screen-reader-blocker).'], 50)).toBe(
      'One: Success and Scale Bring Broad Responsibility\n    (checkout-screen-reader-blocker).',
    );
    expect(wrapPhrases(['a', 'one two three four five six seven'], 16)).toBe('a one two three\n    four five\n    six seven');
  });

  it('never starts a line with the "·" between items, even after a word longer than the line', () => {
    expect(wrapPhrases(['Due:', 'Deliver Results (19 days overdue) ·', 'Earn Trust (17 days overdue).'], 40, 2)).toBe('Due: Deliver Results (19 days overdue) ·\n  Earn Trust (17 days overdue).');
    expect(wrapPhrases(['   success-and-scale-bring-broad-responsibility-08 ·', 'Customer Obsession ·', 'behavioral'], 40, 5)).toBe(
      '   success-and-scale-bring-broad-responsibility-08 ·\n     Customer Obsession · behavioral',
    );
  });

  // A review of drill's notes: "partial (some evidence," on one line and "not shown yet)" on the next, at 40 columns.
  it('breaks a part given in pieces first between them, keeping each whole where it fits a line', () => {
    const note = ['audited-runbooks', '(claimed, no evidence yet),'];
    expect(wrapPhrases(['   Fit: deep,', note, 'partial'], 40, 5)).toBe('   Fit: deep, audited-runbooks\n     (claimed, no evidence yet), partial');
    // As one string, it breaks at the comma inside the note.
    expect(wrapPhrases(['   Fit: deep,', note.join(' '), 'partial'], 40, 5)).toBe('   Fit: deep, audited-runbooks (claimed,\n     no evidence yet), partial');
    // Pieces that fit a line together stay together, as a part does.
    expect(wrapPhrases(['   Fit: deep,', ['claims', '(claimed, no evidence yet),'], 'partial'], 40, 5)).toBe('   Fit: deep,\n     claims (claimed, no evidence yet),\n     partial');
    // A piece wider than a line breaks as a part does.
    expect(wrapPhrases(['a', ['b', 'one two three four five six seven']], 16)).toBe('a b one two\n    three four\n    five six\n    seven');
  });

  it('gives a line\'s words with its indent on the first, and a list its commas', () => {
    expect(words('  two  words')).toEqual(['  two', 'words']);
    expect(listed(['a', 'b', 'c'])).toEqual(['a,', 'b,', 'c.']);
    expect(listed(['a'], '')).toEqual(['a']);
  });
});

describe('proseWidth: the line drill and stats fit', () => {
  it.each([
    [undefined, PROSE_WIDTH],
    [60, 60],
    [40, 40],
    [30, 40],
    [200, PROSE_WIDTH],
  ])('a terminal of %s columns: %i', (columns, width) => {
    expect(proseWidth(columns)).toBe(width);
  });
});

// new-prompt.ts and new.ts each worked it out (Math.max(20, columns - 1)); a question and its answer must agree.
describe("promptWidth: the line new's questions and their answers wrap to", () => {
  it.each([
    [100, 99],
    [40, 39],
    [21, 20],
    [20, 20],
    [5, 20],
  ])('a terminal of %i columns: %i', (columns, width) => {
    expect(promptWidth(columns)).toBe(width);
  });
});

describe('besideLead: a text after its lead, as lint lays out a finding and rules a description', () => {
  const lead = 'id  error  ';
  it('keeps it on the line, with its tail, where both fit', () => {
    expect(besideLead(lead, lead.length, 'short text', 40, ['rule-x', 'rule-x'])).toBe('id  error  short text  rule-x');
  });
  it('wraps it in its column where 30 or more columns are left, the tail after its last line or under it', () => {
    const text = 'a message long enough that it has to wrap onto a second line here';
    expect(besideLead(lead, lead.length, text, 50, ['r', 'r'])).toBe('id  error  a message long enough that it has to\n           wrap onto a second line here  r');
    expect(besideLead(lead, lead.length, text, 50, ['a-rule-name-far-too-long', 'R'])).toBe('id  error  a message long enough that it has to\n           wrap onto a second line here\n           R');
  });
  it('keeps a part given whole where it fits its column, and wraps the others at their words', () => {
    const parts = [...words('Fixed a flaky config'), '(evidence too weak yet)'];
    expect(besideLead('  partial', 9, parts, 36)).toBe('  partial\n    Fixed a flaky config\n    (evidence too weak yet)');
    expect(besideLead('  partial', 9, parts.join(' '), 36)).toBe('  partial\n    Fixed a flaky config (evidence\n    too weak yet)');
    expect(besideLead('  partial  ', 11, parts, 60)).toBe('  partial  Fixed a flaky config (evidence too weak yet)');
  });
  it('puts it under the lead, four columns in, where fewer than 30 columns are left beside it', () => {
    expect(besideLead(lead, lead.length, 'words that do not fit beside it', 36)).toBe('id  error\n    words that do not fit beside it');
  });
});
