import { describe, expect, it } from 'vitest';
import { closest, holdingWords, nearest } from '../../src/text/suggest.js';

const CATEGORY_IDS = ['behavioral', 'system-design', 'technical', 'program-management'];
const SPELLINGS = [...CATEGORY_IDS, 'behavioural', 'behavior', 'behaviour', 'lp', 'leadership', 'sd', 'design', 'system', 'tech', 'pm', 'program'];
const RULES = ['missing-metric', 'we-instead-of-i', 'no-named-partner', 'no-tradeoff', 'no-scope', 'passive-voice', 'too-many-principles', 'no-failure-story'];

describe('closest: the one candidate the input starts, else a typo of one', () => {
  it.each([
    // The start of one, however many edits from another ("beh" is two from "tech").
    ['beh', CATEGORY_IDS, 'behavioral'],
    ['BEH', CATEGORY_IDS, 'behavioral'],
    ['tec', CATEGORY_IDS, 'technical'],
    ['too-many', RULES, 'too-many-principles'],
    ['no-t', RULES, 'no-tradeoff'],
    // The start of several tells none of them: then only a typo counts (so categories are asked by their ids first).
    ['beh', SPELLINGS, 'tech'],
    ['no-', RULES, undefined],
    ['no-s', RULES, 'no-scope'],
    // Under 3 letters is too little to be a start.
    ['be', CATEGORY_IDS, undefined],
    // A typo, within a few edits.
    ['no-tradof', RULES, 'no-tradeoff'],
    ['technicl', CATEGORY_IDS, 'technical'],
    ['jsno', ['stylish', 'json', 'compact'], 'json'],
    ['nowhere', CATEGORY_IDS, undefined],
  ])('%s of %j → %s', (input, candidates, expected) => {
    expect(closest(input, candidates)).toBe(expected);
  });
});

describe('holdingWords: the one candidate whose words hold all of the input\'s', () => {
  it.each([
    ['no-partner', 'no-named-partner'],
    ['partner', 'no-named-partner'],
    ['passive', 'passive-voice'],
    ['Story failure', 'no-failure-story'],
    // Held by two: neither.
    ['no', undefined],
    ['no-story', 'no-failure-story'],
    ['metric-missing-now', undefined],
    ['ab', undefined],
  ])('%s → %s', (input, expected) => {
    expect(holdingWords(input, RULES)).toBe(expected);
  });
});

describe('nearest: closest, else holdingWords', () => {
  it.each([
    ['passive', 'passive-voice'],
    ['no-partner', 'no-named-partner'],
    ['no-tradof', 'no-tradeoff'],
    ['principles', 'too-many-principles'],
    ['nothing-like-it', undefined],
  ])('%s → %s', (input, expected) => {
    expect(nearest(input, RULES)).toBe(expected);
  });
});
