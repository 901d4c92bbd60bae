import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COMMON_S_WORDS } from '../../src/text/common-s-words.js';
import { COMMON_WORDS, NAME_WORDS } from '../../src/text/common-words.js';
import { GIVEN_NAMES } from '../../src/text/given-names.js';
import { inWordList } from '../../src/text/words.js';

describe('the word lists', () => {
  it('is what scripts/make-wordlist.mjs makes from the installed word lists', () => {
    const result = spawnSync(process.execPath, ['scripts/make-wordlist.mjs', '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('holds plurals people start sentences with, and no given name or common surname', () => {
    const words = new Set(COMMON_S_WORDS.split(' '));
    for (const word of ['operators', 'plans', 'contracts', 'drivers', 'dispatchers', 'clinicians']) expect(words.has(word)).toBe(true);
    for (const word of ['carlos', 'james', 'thomas', 'miles', 'iris', 'nicholas', 'wells', 'banks', 'brooks']) expect(words.has(word)).toBe(false);
  });
});

describe('the common word list', () => {
  it('holds the words of product and scheme names, and no given name that is not also a word', () => {
    const words = new Set(COMMON_WORDS.split(' '));
    for (const word of ['cost', 'explorer', 'gift', 'aid', 'seller', 'central', 'mark', 'grace']) expect(words.has(word)).toBe(true);
    for (const word of ['priya', 'nair', 'tomasz', 'kwame', 'asante', 'chen']) expect(words.has(word)).toBe(false);
  });

  it("marks the common words that are people's names, and only those", () => {
    const given = new Set(NAME_WORDS.split(' '));
    for (const word of ['mark', 'grace', 'will', 'rose', 'frank', 'banks']) expect(given.has(word)).toBe(true);
    for (const word of ['cost', 'gift', 'seller', 'smart', 'priya']) expect(given.has(word)).toBe(false);
  });
});

describe('the given-name list', () => {
  it('holds given names of many places, and no common word', () => {
    const names = new Set(GIVEN_NAMES.split(' '));
    for (const name of ['priya', 'fatima', 'venkat', 'tomasz', 'ngozi', 'emre', 'tuấn', 'tuan', 'hye-jin', 'john', 'sarah']) expect(names.has(name), name).toBe(true);
    for (const word of ['grant', 'will', 'mark', 'grace', 'atlas', 'hung', 'the', 'legal']) expect(names.has(word), word).toBe(false);
  });
});

describe('inWordList over the generated lists', () => {
  it.each([
    ['COMMON_WORDS', COMMON_WORDS],
    ['COMMON_S_WORDS', COMMON_S_WORDS],
    ['NAME_WORDS', NAME_WORDS],
    ['GIVEN_NAMES', GIVEN_NAMES],
  ])('finds every word of %s, and nothing between them (the list is sorted, as the search needs)', (_name, list) => {
    const words = list.split(' ');
    expect(words).toEqual([...words].sort());
    for (const word of words) expect(inWordList(list, word), word).toBe(true);
    // Each word with a letter more, or its last letter taken off (where that is not a word too), is not listed.
    const listed = new Set(words);
    for (const word of words.filter((_, i) => i % 7 === 0)) {
      for (const other of [`${word}q`, word.slice(0, -1), word.toUpperCase()]) expect(inWordList(list, other), other).toBe(listed.has(other));
    }
  });
});
