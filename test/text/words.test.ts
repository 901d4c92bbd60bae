import { describe, expect, it } from 'vitest';
import { atClauseStart, countWords, escapeRegExp, inWordList, wordAfter, wordBefore } from '../../src/text/words.js';

describe('words', () => {
  it('counts words with apostrophes and hyphens as one', () => {
    expect(countWords("I'd cut the follow-up work twice.")).toBe(6);
  });

  // The count any word counter gives (`wc -w`): what the candidate checks their story with.
  it.each([
    ['$1.2M saved, A/B tested, p99 2.4 s.', 7],
    ['- Drove the review.\n- Cut 14 rules.', 8],
    ['I cut it — twice.', 5],
    ['  \n\t ', 0],
  ])('counts %j as %i words, as a word counter does', (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it('reads the word before and after an index', () => {
    const text = 'Then the team shipped it.';
    expect(wordBefore(text, 5)).toBe('then');
    expect(wordAfter(text, 13)).toBe('shipped');
    expect(wordBefore(text, 0)).toBe('');
  });

  it.each([
    ['The team', 0, true],
    ['Done. The team', 6, true],
    ['Done; the team', 6, true],
    ['- The team', 2, true],
    ['a\n- the team', 4, true],
    ['I gave the team', 7, false],
  ])('knows whether %j opens a clause at %i', (text, index, expected) => {
    expect(atClauseStart(text, index)).toBe(expected);
  });
});

describe('escapeRegExp', () => {
  it.each(['Q3 (FY24)', 'a.b*c+d?', '$2^3', '[x]{y}|z\\w'])('makes %j match itself, and only itself', (text) => {
    const re = new RegExp(`^${escapeRegExp(text)}$`);
    expect(re.test(text)).toBe(true);
    expect(re.test(`${text}!`)).toBe(false);
  });
});

describe('inWordList', () => {
  const LIST = 'ant bee cat dog eel';

  it('finds each word of a sorted list: the first, the last and those between', () => {
    for (const word of LIST.split(' ')) expect(inWordList(LIST, word), word).toBe(true);
    expect(inWordList('solo', 'solo')).toBe(true);
  });

  it('finds no word that is only part of one, or runs across a space, or falls between two', () => {
    for (const word of ['', 'a', 'an', 'ants', 'at', 'bee cat', 'e cat', 'cow', 'aaa', 'zebra', 'Ant', ' ']) expect(inWordList(LIST, word), word).toBe(false);
    expect(inWordList('', 'ant')).toBe(false);
  });
});
