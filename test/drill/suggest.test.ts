import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/bank/schema.js';
import { CLAIM_BONUS, storyFit, storySuggester } from '../../src/drill/suggest.js';
import { inferPrinciples } from '../../src/principles/infer.js';

const story = (id: string, fields: Partial<Story> = {}): Story => ({ id, title: `Story ${id}`, ...fields });

const DEEP = story('deep', {
  action: 'I pulled the traces myself and queried the raw logs to find the root cause, then I dug into the data by hand.',
});

describe('storyFit', () => {
  it('counts a claimed principle', () => {
    expect(storyFit(story('a', { lps: ['ownership'] }), ['ownership'])).toBe(CLAIM_BONUS);
    expect(storyFit(story('a', { lps: ['ownership'] }), ['ownership', 'dive-deep'])).toBe(CLAIM_BONUS);
    expect(storyFit(story('a', { lps: ['ownership'] }), ['frugality'])).toBe(0);
    expect(storyFit(story('a'), [])).toBe(0);
  });

  it('adds the score that inference gives from the story words, so claimed and shown beats either alone', () => {
    const shown = inferPrinciples(DEEP).find((i) => i.id === 'dive-deep');
    expect(shown).toBeDefined();
    expect(storyFit(DEEP, ['dive-deep'])).toBe(shown!.score);
    expect(storyFit({ ...DEEP, lps: ['dive-deep'] }, ['dive-deep'])).toBe(shown!.score + CLAIM_BONUS);
  });
});

describe('storySuggester', () => {
  const stories = [
    story('b-claims', { lps: ['ownership'] }),
    story('a-claims', { lps: ['ownership'] }),
    story('both', { lps: ['ownership', 'deliver-results'] }),
    story('other', { lps: ['frugality'] }),
    story('fourth', { lps: ['deliver-results'] }),
  ];
  const suggest = storySuggester(stories);

  it('ranks the stories that fit best first, ties by id, at most three, none that do not fit', () => {
    expect(suggest(['ownership', 'deliver-results']).map((s) => s.story.id)).toEqual(['both', 'a-claims', 'b-claims']);
    expect(suggest(['frugality']).map((s) => s.story.id)).toEqual(['other']);
    expect(suggest(['think-big'])).toEqual([]);
    expect(suggest(['ownership'], 1).map((s) => s.story.id)).toEqual(['a-claims']);
  });

  it('suggests nothing for a question with no principle', () => {
    expect(suggest([])).toEqual([]);
  });
});
